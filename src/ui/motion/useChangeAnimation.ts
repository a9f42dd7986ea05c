// Runs a one-off animation on an element when a value changes (never on mount), through motion's
// imperative animate(), from motion's features chunk, fetched by the first animation that needs it
// (features.ts). The end state always comes from CSS classes: when the animation ends (or is cut
// short by the next change) the inline styles it wrote are removed, so nothing lingers.

import type { DOMKeyframesDefinition, Transition } from 'motion/react'
import { type RefObject, useEffect, useRef } from 'react'
import { useMotionOk } from './useMotionOk'

export interface ChangeAnimation {
  readonly keyframes: DOMKeyframesDefinition
  readonly transition: Transition
}

const TRANSFORMS = new Set(['x', 'y', 'scale', 'scaleX', 'scaleY', 'rotate'])

/** The inline style properties motion writes for these keyframes. */
export function styleProps(keyframes: DOMKeyframesDefinition): string[] {
  const out = new Set<string>()
  for (const k of Object.keys(keyframes))
    out.add(TRANSFORMS.has(k) ? 'transform' : k.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`))
  return [...out]
}

export function useChangeAnimation<T>(
  ref: RefObject<HTMLElement | null>,
  value: T,
  pick: (previous: T, next: T) => ChangeAnimation | null,
): void {
  const motionOk = useMotionOk()
  const previous = useRef(value)
  const pickRef = useRef(pick)
  pickRef.current = pick
  useEffect(() => {
    const before = previous.current
    previous.current = value
    const el = ref.current
    if (Object.is(before, value) || el === null || !motionOk) return
    const chosen = pickRef.current(before, value)
    if (chosen === null) return
    const clear = () => {
      for (const p of styleProps(chosen.keyframes)) el.style.removeProperty(p)
    }
    let cancelled = false
    let stop = () => {}
    void import('./features').then(({ animate }) => {
      if (cancelled) return
      const controls = animate(el, chosen.keyframes, chosen.transition)
      stop = () => controls.stop()
      void controls.then(clear)
    })
    return () => {
      cancelled = true
      stop()
      clear()
    }
  }, [ref, value, motionOk])
}
