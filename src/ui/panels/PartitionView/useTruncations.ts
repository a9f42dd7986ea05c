// Truncations of the partition in focus, as they happen. The cells a truncation removed are gone
// from the frame that reports it, so they are read from the previous state (the store hands its
// listener both) and kept for GHOST_MS, long enough to see what was cut.

import { useEffect, useState } from 'react'
import type { SimEvent } from '../../../engine/events'
import type { SimStore } from '../../store/types'
import { useSimApi } from '../../store/useSim'
import { MAX_WINDOW } from './layout'
import type { RecentTruncation } from './select'

export const GHOST_MS = 2000
/** Older truncations (a scrub over a long stretch) are not replayed. */
const RECENT_TICKS = 2000

export interface GhostCell {
  readonly offset: number
  readonly key: string | null
  readonly epoch: number | null
}

export interface Ghost extends RecentTruncation {
  readonly id: number
  readonly cells: readonly GhostCell[]
}

export const NO_GHOSTS: readonly Ghost[] = []

type Truncated = Extract<SimEvent, { type: 'logTruncated' }>

let nextId = 1

function ghostOf(e: Truncated, prev: SimStore): Ghost {
  const focus = prev.view?.focus
  const before =
    focus?.partition === e.partition
      ? focus.replicas.find((r) => r.broker === e.broker)?.cells
      : undefined
  const byOffset = new Map((before ?? []).map((c) => [c.offset, c]))
  const cells: GhostCell[] = []
  for (let o = e.to; o < e.from && cells.length < MAX_WINDOW; o++) {
    const c = byOffset.get(o)
    cells.push({ offset: o, key: c?.key ?? null, epoch: c?.epoch ?? null })
  }
  return {
    id: nextId++,
    broker: e.broker,
    from: e.from,
    to: e.to,
    mode: e.mode,
    tick: e.tick,
    cells,
  }
}

/** Ghosts to draw now (each lives GHOST_MS) and the latest truncation (for the caption). */
export function useTruncations(partition: string | null): {
  ghosts: readonly Ghost[]
  last: Ghost | null
} {
  const { store } = useSimApi()
  const [ghosts, setGhosts] = useState<readonly Ghost[]>([])
  const [last, setLast] = useState<Ghost | null>(null)
  useEffect(() => {
    setGhosts([])
    setLast(null)
    if (partition === null) return
    const timers = new Set<ReturnType<typeof setTimeout>>()
    const unsubscribe = store.subscribe((s, prev) => {
      // A seek or resync replaces the whole view: the previous cells say nothing about a cut.
      if (s.events === prev.events || s.lastFrameFull || !prev.events.isPrefixOf(s.events)) return
      for (let i = prev.events.length; i < s.events.length; i++) {
        const e = s.events.at(i)
        if (e?.type !== 'logTruncated' || e.partition !== partition) continue
        if (e.tick < s.tick - RECENT_TICKS) continue
        const ghost = ghostOf(e, prev)
        setGhosts((g) => [...g.filter((x) => x.broker !== ghost.broker), ghost])
        setLast(ghost)
        const timer = setTimeout(() => {
          timers.delete(timer)
          setGhosts((g) => g.filter((x) => x.id !== ghost.id))
        }, GHOST_MS)
        timers.add(timer)
      }
    })
    return () => {
      unsubscribe()
      for (const t of timers) clearTimeout(t)
    }
  }, [store, partition])
  return { ghosts, last }
}
