// What checkpoints keep alive that the live state no longer holds. A checkpoint shares the
// append-only chunks (log batches, record data) as they were at its tick (chunks.ts); once
// retention deletes records from the live state, only the checkpoints made while the records lived
// keep them. Counted per partition, in offsets: a checkpoint holds [log start, log end) of its
// tick, the live state from its own log start on, so the records below that are held by
// checkpoints only. Along one branch of a run both ends only grow with the tick (a truncation
// moves the end back a little, which this ignores), so what a checkpoint shares with any other it
// shares with a neighbour.

import type { SimState } from './model'

/**
 * Per partition, the offsets [lowest log start, highest log end) among its replicas: the pair of
 * a partition at 2·i and 2·i+1, i its number in a PartitionIndex; -1 for a partition with no
 * replica then (or numbered later). Flat numbers rather than a map per checkpoint: thinning
 * reads every checkpoint's windows each time one is made.
 */
export type LogWindows = readonly number[]

/** Numbers the partitions of one run in the order they are first seen. */
export class PartitionIndex {
  private readonly ids = new Map<string, number>()

  of(partition: string): number {
    let i = this.ids.get(partition)
    if (i === undefined) {
      i = this.ids.size
      this.ids.set(partition, i)
    }
    return i
  }
}

export function logWindows(sim: SimState, index: PartitionIndex): LogWindows {
  const out: number[] = []
  for (const r of Object.values(sim.replicas)) {
    const j = 2 * index.of(r.partition)
    while (out.length <= j) out.push(-1, -1)
    const lo = r.log.logStartOffset
    const hi = r.log.logEndOffset
    const had = (out[j] as number) >= 0
    out[j] = had ? Math.min(out[j] as number, lo) : lo
    out[j + 1] = had ? Math.max(out[j + 1] as number, hi) : hi
  }
  return out
}

/** The window's start of partition pair j, or -1. */
const startOf = (w: LogWindows | undefined, j: number): number =>
  w === undefined || j >= w.length ? -1 : (w[j] as number)

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
  let pairs = 0
  for (const w of checkpoints) pairs = Math.max(pairs, w.length)
  for (let j = 0; j < pairs; j += 2) {
    // A partition the live state no longer has (none can go today) is wholly held.
    const liveStart = startOf(live, j)
    const start = liveStart < 0 ? Number.POSITIVE_INFINITY : liveStart
    let covered = 0
    for (let i = 0; i < checkpoints.length; i++) {
      const w = checkpoints[i] as LogWindows
      const lo = startOf(w, j)
      if (lo < 0) continue
      const end = w[j + 1] as number
      const hi = Math.max(lo, Math.min(end, start))
      total += Math.max(0, hi - Math.max(lo, covered))
      covered = Math.max(covered, hi)
      const prev = checkpoints[i - 1]
      const next = checkpoints[i + 1]
      const before = startOf(prev, j) < 0 ? lo : ((prev as LogWindows)[j + 1] as number)
      const nextStart = startOf(next, j)
      const after = nextStart < 0 ? hi : nextStart
      only[i] = (only[i] as number) + Math.max(0, Math.min(hi, after) - Math.max(lo, before))
    }
  }
  return { total, only }
}
