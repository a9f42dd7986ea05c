// Which events a screen reader hears, and in what order: at most one announcement every
// ANNOUNCE_GAP_MS, the most important pending event first, and a short queue so a burst of
// elections does not keep talking for a minute.

import type { SimEvent } from '../../engine/events'

export const ANNOUNCE_GAP_MS = 2000
const MAX_PENDING = 5

const PRIORITY: Readonly<Record<string, number>> = {
  recordsLost: 3,
  partitionOffline: 2,
  leaderElected: 1,
}

export const isAnnounced = (e: SimEvent): boolean => PRIORITY[e.type] !== undefined

/** Adds events to the pending queue: highest priority first, oldest first within a priority. */
export function enqueue(pending: readonly SimEvent[], events: readonly SimEvent[]): SimEvent[] {
  const all = [...pending, ...events.filter(isAnnounced)]
  // a stable sort keeps arrival order within one priority
  all.sort((a, b) => (PRIORITY[b.type] ?? 0) - (PRIORITY[a.type] ?? 0))
  return all.slice(0, MAX_PENDING)
}
