// Space play/pause, → step, ← back 100 ms, +/− speed, ? shortcut list. Nothing happens while the
// user types in a field, and Space on a focused button keeps its usual meaning (press it).

import { useEffect, useRef } from 'react'
import { useSimApi } from '../store/useSim'
import { nextSpeed } from './speed'

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false
  if (target.isContentEditable) return true
  return target.closest('input, select, textarea, [contenteditable="true"]') !== null
}

export function useKeyboardShortcuts(): void {
  const session = useSimApi()
  // The speed the last +/− asked for: quick presses keep climbing from it instead of starting
  // again from the speed of the last frame, which may not have caught up yet.
  const asked = useRef<{ at: number; to: number } | null>(null)
  useEffect(() => {
    const changeSpeed = (current: number, dir: 1 | -1) => {
      const recent = asked.current !== null && performance.now() - asked.current.at < 1000
      const to = nextSpeed(recent && asked.current !== null ? asked.current.to : current, dir)
      asked.current = { at: performance.now(), to }
      session.send({ type: 'setSpeed', speed: to })
    }
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.ctrlKey || e.metaKey || e.altKey) return
      if (isTyping(e.target)) return
      const s = session.store.getState()
      if (s.confirm !== null || document.querySelector('dialog[open]') !== null) return
      if (e.key === '?') {
        s.setShortcutsOpen(true)
        e.preventDefault()
        return
      }
      if (s.view === null) return
      const onButton = e.target instanceof HTMLElement && e.target.closest('button, a') !== null
      switch (e.key) {
        case ' ':
          if (onButton) return
          session.send({ type: s.playing ? 'pause' : 'play' })
          break
        case 'ArrowRight':
          session.send({ type: 'step' })
          break
        case 'ArrowLeft':
          session.send({ type: 'stepBack', ms: 100 })
          break
        case '+':
        case '=':
          changeSpeed(s.speed, 1)
          break
        case '-':
        case '−':
        case '_':
          changeSpeed(s.speed, -1)
          break
        default:
          return
      }
      e.preventDefault()
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [session])
}
