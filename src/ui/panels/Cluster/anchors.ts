// Measures where the broker cards (and the producer anchor) are inside the network stage, for the
// message overlay. One ResizeObserver watches the stage and every registered element; a change
// re-measures all of them once per animation frame. Subscribers (only the overlay) are told when
// a centre actually moved, so cards never re-render because of it.

import { createContext, useContext } from 'react'
import { type Anchors, anchorsFrom, type Box, NO_ANCHORS, sameAnchors } from './layout'

/** Anchors measured as horizontal lanes rather than points. */
const SPANS = ['producer']

export interface AnchorRegistry {
  /** Ref callback for the stage (the element the overlay covers). */
  readonly stageRef: (el: HTMLElement | null) => void
  /** A stable ref callback for the element anchoring `key` ("broker-1", "producer"). */
  ref(key: string): (el: HTMLElement | null) => void
  subscribe(listener: () => void): () => void
  get(): Anchors
}

export function createAnchorRegistry(): AnchorRegistry {
  let stage: HTMLElement | null = null
  const elements = new Map<string, HTMLElement>()
  const refs = new Map<string, (el: HTMLElement | null) => void>()
  const listeners = new Set<() => void>()
  let snapshot: Anchors = NO_ANCHORS
  let frame = 0
  const observer =
    typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(() => schedule())

  const measure = () => {
    frame = 0
    if (stage === null) return
    const boxes: Record<string, Box> = {}
    for (const [key, el] of elements) boxes[key] = el.getBoundingClientRect()
    const next = anchorsFrom(stage.getBoundingClientRect(), boxes, SPANS)
    if (sameAnchors(next, snapshot)) return
    snapshot = next
    for (const l of listeners) l()
  }
  const schedule = () => {
    if (frame === 0) frame = requestAnimationFrame(measure)
  }

  return {
    stageRef(el) {
      if (stage !== null) observer?.unobserve(stage)
      stage = el
      if (el !== null) observer?.observe(el)
      schedule()
    },
    ref(key) {
      let r = refs.get(key)
      if (r === undefined) {
        r = (el) => {
          const old = elements.get(key)
          if (old !== undefined) observer?.unobserve(old)
          if (el === null) elements.delete(key)
          else {
            elements.set(key, el)
            observer?.observe(el)
          }
          schedule()
        }
        refs.set(key, r)
      }
      return r
    },
    subscribe(listener) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    get: () => snapshot,
  }
}

export const AnchorContext = createContext<AnchorRegistry | null>(null)

/** The ref callback that makes an element an anchor of the enclosing network stage. */
export function useAnchorRef(key: string): ((el: HTMLElement | null) => void) | undefined {
  return useContext(AnchorContext)?.ref(key)
}
