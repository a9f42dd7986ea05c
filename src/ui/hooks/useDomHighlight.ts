// Highlighting by id from outside (window.kafkascope.highlight, a click in the event log): the
// components that know their ids (brokers, replicas, the HW line, consumers, events) react through
// the store; this hook also marks any other element whose data-testid is one of the ids with
// data-highlight="on", including elements that appear while the highlight lasts.

import { useEffect } from 'react'
import { useSimApi } from '../store/useSim'

const ATTR = 'data-highlight'

function mark(ids: readonly string[]): void {
  for (const id of ids) {
    const sel = `[data-testid="${CSS.escape(id)}"]`
    for (const el of document.querySelectorAll(sel)) el.setAttribute(ATTR, 'on')
  }
}

function clear(): void {
  for (const el of document.querySelectorAll(`[${ATTR}]`)) el.removeAttribute(ATTR)
}

export function useDomHighlight(): void {
  const { store } = useSimApi()
  useEffect(() => {
    let observer: MutationObserver | null = null
    let frame = 0
    const apply = (ids: readonly string[] | null) => {
      observer?.disconnect()
      observer = null
      cancelAnimationFrame(frame)
      clear()
      if (ids === null || ids.length === 0) return
      mark(ids)
      observer = new MutationObserver(() => {
        cancelAnimationFrame(frame)
        frame = requestAnimationFrame(() => mark(ids))
      })
      observer.observe(document.body, { childList: true, subtree: true })
    }
    apply(store.getState().highlight?.ids ?? null)
    const unsubscribe = store.subscribe((s, prev) => {
      if (s.highlight !== prev.highlight) apply(s.highlight?.ids ?? null)
    })
    return () => {
      unsubscribe()
      apply(null)
    }
  }, [store])
}
