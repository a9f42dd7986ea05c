// What checkpoints keep alive that the live state no longer holds. A checkpoint shares the
// append-only chunks (log batches, record data) as they were at its tick (chunks.ts); once
// retention deletes records from the live state, only the checkpoints made while the records lived
// keep them. Counted per partition, in offsets: a checkpoint holds [log start, log end) of its
// tick, the live state from its own log start on, so the records below that are held by
// checkpoints only. Along one branch of a run both ends only grow with the tick (a truncation
// moves the end back a little, which this ignores), so what a checkpoint shares with any other it
// shares with a neighbour.

import type { SimState } from './model'

/** Per partition, the offsets [lowest log start, highest log end) among its replicas. */
export type LogWindows = ReadonlyMap<string, readonly [number, number]>

export function logWindows(sim: SimState): LogWindows {
  const out = new Map<string, readonly [number, number]>()
  for (const r of Object.values(sim.replicas)) {
    const w = out.get(r.partition)
    const lo = r.log.logStartOffset
    const hi = r.log.logEndOffset
    out.set(r.partition, w === undefined ? [lo, hi] : [Math.min(w[0], lo), Math.max(w[1], hi)])
  }
  return out
}

/**
 * Records below the live state's log starts that the checkpoints (their windows in tick order)
 * hold: in all, and those only the checkpoint at each index holds (what dropping it frees).
 */
export function heldRecords(
  checkpoints: readonly LogWindows[],
  live: LogWindows,
): { total: number; only: number[] } {
  const only = checkpoints.map(() => 0)
  let total = 0
  const partitions = new Set<string>()
  for (const w of checkpoints) for (const p of w.keys()) partitions.add(p)
  for (const p of partitions) {
    // A partition the live state no longer has (none can go today) is wholly held.
    const start = live.get(p)?.[0] ?? Number.POSITIVE_INFINITY
    let covered = 0
    for (let i = 0; i < checkpoints.length; i++) {
      const w = checkpoints[i]?.get(p)
      if (w === undefined) continue
      const lo = w[0]
      const hi = Math.max(lo, Math.min(w[1], start))
      total += Math.max(0, hi - Math.max(lo, covered))
      covered = Math.max(covered, hi)
      const before = checkpoints[i - 1]?.get(p)?.[1] ?? lo
      const after = checkpoints[i + 1]?.get(p)?.[0] ?? hi
      only[i] = (only[i] as number) + Math.max(0, Math.min(hi, after) - Math.max(lo, before))
    }
  }
  return { total, only }
}
