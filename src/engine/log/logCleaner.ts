// The log cleaner (LogCleaner, cleanup.policy=compact), as Kafka runs it on __consumer_offsets:
// a record is dropped once a later record in the log has the same key, so the log keeps the last
// commit per group and partition and the last group record instead of every commit ever made. It
// cleans only rolled segments below the HW, never the active segment, and keeps offsets (a
// compacted log has gaps). Simplified: a batch goes only when every record in it is superseded
// (Kafka rewrites batches record by record); segments keep their base offsets, an emptied one is
// deleted unless it is the first; a cleaned segment's index is rebuilt. Pure: changes only `log`.

import { appendOnly, get, push } from '../chunks'
import type { Batch, ReplicaLog, Segment } from '../model'

/** Compacts the cleanable part of `log`; returns how many batches it removed. */
export function compactLog(
  log: ReplicaLog,
  highWatermark: number,
  indexIntervalBytes: number,
): number {
  const cleanableEnd = Math.min(log.active.baseOffset, highWatermark)
  // The last offset of every key in the whole log.
  const lastOffset = new Map<string | null, number>()
  for (let i = 0; i < log.batches.length; i++) {
    const b = get(log.batches, i) as Batch
    const recs = b.records
    if (recs === undefined) continue
    for (let k = 0; k < recs.length; k++) lastOffset.set(recs[k]?.key ?? null, b.baseOffset + k)
  }
  const kept: Batch[] = []
  let removed = 0
  for (let i = 0; i < log.batches.length; i++) {
    const b = get(log.batches, i) as Batch
    const cleanable = b.records !== undefined && b.baseOffset + b.count <= cleanableEnd
    if (cleanable && superseded(b, lastOffset)) {
      removed++
      continue
    }
    kept.push(b)
  }
  if (removed === 0) return 0
  const batches = appendOnly<Batch>()
  for (const b of kept) push(batches, b)
  log.batches = batches
  log.rolled = rebuildSegments(log.rolled, log.active, kept, indexIntervalBytes)
  return removed
}

function superseded(b: Batch, lastOffset: ReadonlyMap<string | null, number>): boolean {
  const recs = b.records ?? []
  for (let k = 0; k < recs.length; k++) {
    const last = lastOffset.get(recs[k]?.key ?? null)
    if (last === undefined || last <= b.baseOffset + k) return false
  }
  return true
}

/**
 * The rolled segments with their bytes and sparse indexes recomputed from the batches they keep
 * (the active segment is never cleaned).
 */
function rebuildSegments(
  segments: readonly Segment[],
  active: Segment,
  batches: readonly Batch[],
  indexIntervalBytes: number,
): readonly Segment[] {
  const out: Segment[] = []
  let j = 0
  for (let s = 0; s < segments.length; s++) {
    const seg = segments[s] as Segment
    const next = segments[s + 1] ?? active
    let bytes = 0
    let since = 0
    let largest = -1
    const index: number[] = []
    const timeIndex: number[] = []
    let n = 0
    for (; j < batches.length && (batches[j] as Batch).baseOffset < next.baseOffset; j++) {
      const b = batches[j] as Batch
      if (since > indexIntervalBytes) {
        index.push(b.baseOffset + b.count - 1, bytes)
        timeIndex.push(b.maxTimestamp, b.baseOffset + b.count - 1)
        since = 0
      }
      bytes += b.bytes
      since += b.bytes
      if (b.maxTimestamp > largest) largest = b.maxTimestamp
      n++
    }
    if (n === 0 && s > 0) continue
    if (bytes === seg.bytes) {
      out.push(seg)
      continue
    }
    out.push(
      Object.freeze({
        baseOffset: seg.baseOffset,
        bytes,
        createdTick: seg.createdTick,
        largestTimestamp: largest,
        index: Object.freeze(index) as number[],
        timeIndex: Object.freeze(timeIndex) as number[],
        bytesSinceIndexEntry: since,
      }),
    )
  }
  return Object.freeze(out)
}
