// One replica's log: record batches in offset order, split into segments named by their 20-digit
// base offset (LogSegment / LogFileUtils). Rolling (LogSegment.shouldRoll) by segment.bytes and
// segment.ms; a sparse offset and time index entry every index.interval.bytes; truncation from the
// end (followers reconciling) and deletion of whole segments from the start (retention). Sizes are
// the bytes of the records; batch overhead is ignored (a simplification).

import { appendOnly, dropFront, findLastLE, get, push, truncate } from '../chunks'
import type { Batch, ReplicaLog, Segment, Tick } from '../model'

export function createLog(tick: Tick, startOffset = 0): ReplicaLog {
  return {
    batches: appendOnly<Batch>(),
    logStartOffset: startOffset,
    logEndOffset: startOffset,
    segments: [newSegment(startOffset, tick)],
    flushedOffset: startOffset,
  }
}

function newSegment(baseOffset: number, tick: Tick): Segment {
  return {
    baseOffset,
    bytes: 0,
    createdTick: tick,
    largestTimestamp: -1,
    index: [],
    timeIndex: [],
    bytesSinceIndexEntry: 0,
  }
}

function freezeSegment(seg: Segment): void {
  Object.freeze(seg.index)
  Object.freeze(seg.timeIndex)
  Object.freeze(seg)
}

/** The index's entries as [offset, position] pairs. */
export function indexEntries(seg: Segment): [number, number][] {
  const out: [number, number][] = []
  for (let i = 0; i + 1 < seg.index.length; i += 2)
    out.push([seg.index[i] as number, seg.index[i + 1] as number])
  return out
}

/** Keeps the entries of a flat [key, offset]-style list whose offset (at `at` in the pair) is below `end`. */
function keepBelow(flat: readonly number[], at: 0 | 1, end: number): number[] {
  const out: number[] = []
  for (let i = 0; i + 1 < flat.length; i += 2)
    if ((flat[i + at] as number) < end) out.push(flat[i] as number, flat[i + 1] as number)
  return out
}

export function segmentFileName(baseOffset: number, ext: '.log' | '.index' | '.timeindex'): string {
  return String(baseOffset).padStart(20, '0') + ext
}

export interface AppendOptions {
  readonly segmentBytes: number
  readonly segmentMs: number
  readonly indexIntervalBytes: number
}

/** Appends a batch at the log end; returns the base offset of a segment it rolled, or null. */
export function appendBatch(
  log: ReplicaLog,
  batch: Batch,
  opts: AppendOptions,
  tick: Tick,
): number | null {
  let rolled: number | null = null
  let seg = log.segments[log.segments.length - 1] as Segment
  if (
    seg.bytes > 0 &&
    (seg.bytes + batch.bytes > opts.segmentBytes || tick - seg.createdTick > opts.segmentMs)
  ) {
    // A rolled segment never changes again: frozen, checkpoints share it as it is.
    freezeSegment(seg)
    seg = newSegment(batch.baseOffset, tick)
    log.segments.push(seg)
    rolled = batch.baseOffset
  }
  if (seg.bytesSinceIndexEntry > opts.indexIntervalBytes) {
    const lastOffset = batch.baseOffset + batch.count - 1
    seg.index.push(lastOffset, seg.bytes)
    seg.timeIndex.push(batch.maxTimestamp, lastOffset)
    seg.bytesSinceIndexEntry = 0
  }
  seg.bytes += batch.bytes
  seg.bytesSinceIndexEntry += batch.bytes
  if (batch.maxTimestamp > seg.largestTimestamp) seg.largestTimestamp = batch.maxTimestamp
  push(log.batches, batch)
  log.logEndOffset = batch.baseOffset + batch.count
  return rolled
}

/**
 * Index of the first batch that ends after `offset` (it holds `offset`, or starts after it when a
 * compacted log has a gap there), or the number of batches when there is none.
 */
export function batchIndexFrom(log: ReplicaLog, offset: number): number {
  const i = findLastLE(log.batches, (b) => b.baseOffset, offset)
  const b = get(log.batches, i)
  return b !== undefined && offset < b.baseOffset + b.count ? i : i + 1
}

/** Index of the batch holding `offset`, or -1. */
export function batchIndexOf(log: ReplicaLog, offset: number): number {
  if (offset < log.logStartOffset || offset >= log.logEndOffset) return -1
  const i = findLastLE(log.batches, (b) => b.baseOffset, offset)
  const b = get(log.batches, i)
  return b !== undefined && offset < b.baseOffset + b.count ? i : -1
}

export function batchAt(log: ReplicaLog, offset: number): Batch | undefined {
  return get(log.batches, batchIndexOf(log, offset))
}

export function recordIdAt(log: ReplicaLog, offset: number): number | undefined {
  const b = batchAt(log, offset)
  if (b === undefined || b.records !== undefined) return undefined
  const rel = offset - b.baseOffset
  return b.recordIds === null ? b.firstRecordId + rel : b.recordIds[rel]
}

export function batchRecordIds(b: Batch): number[] {
  if (b.recordIds !== null) return b.recordIds.slice()
  const out: number[] = []
  for (let i = 0; i < b.count; i++) out.push(b.firstRecordId + i)
  return out
}

/** Batches from `offset` up to about maxBytes (at least one batch), as a fetch returns them. */
export function readFrom(log: ReplicaLog, offset: number, maxBytes: number): Batch[] {
  const out: Batch[] = []
  if (offset < log.logStartOffset || offset >= log.logEndOffset) return out
  let i = batchIndexFrom(log, offset)
  let bytes = 0
  for (; i < log.batches.length; i++) {
    const b = get(log.batches, i) as Batch
    if (out.length > 0 && bytes + b.bytes > maxBytes) break
    out.push(b)
    bytes += b.bytes
  }
  return out
}

/**
 * Removes everything at or above `offset` (Kafka truncates at batch boundaries: a batch that
 * straddles the offset goes too). Returns how many records were removed.
 */
export function truncateTo(log: ReplicaLog, offset: number): number {
  const target = Math.max(offset, log.logStartOffset)
  if (target >= log.logEndOffset) return 0
  const before = log.logEndOffset
  const i = batchIndexFrom(log, target)
  truncate(log.batches, i)
  const lastKept = get(log.batches, i - 1)
  log.logEndOffset =
    lastKept === undefined ? log.logStartOffset : lastKept.baseOffset + lastKept.count
  log.flushedOffset = Math.min(log.flushedOffset, log.logEndOffset)
  while (
    log.segments.length > 1 &&
    (log.segments[log.segments.length - 1] as Segment).baseOffset >= log.logEndOffset
  ) {
    log.segments.pop()
  }
  const last = log.segments.length - 1
  const old = log.segments[last] as Segment
  let bytes = 0
  const first = findLastLE(log.batches, (x) => x.baseOffset, old.baseOffset - 1) + 1
  for (let j = first; j < log.batches.length; j++) bytes += (get(log.batches, j) as Batch).bytes
  // The segment may be a rolled (frozen) one that is active again: replaced, not changed.
  log.segments[last] = {
    ...old,
    bytes,
    index: keepBelow(old.index, 0, log.logEndOffset),
    timeIndex: keepBelow(old.timeIndex, 1, log.logEndOffset),
  }
  return before - log.logEndOffset
}

/** Deletes the oldest segments while `shouldDelete` says so; never the active one nor past the HW. */
export function deleteOldSegments(
  log: ReplicaLog,
  highWatermark: number,
  shouldDelete: (seg: Segment, totalBytes: number) => boolean,
): number {
  let deleted = 0
  let total = log.segments.reduce((s, x) => s + x.bytes, 0)
  while (log.segments.length > 1) {
    const seg = log.segments[0] as Segment
    const next = log.segments[1] as Segment
    if (next.baseOffset > highWatermark || !shouldDelete(seg, total)) break
    log.segments.shift()
    total -= seg.bytes
    deleted++
    log.logStartOffset = next.baseOffset
  }
  if (deleted > 0) {
    const firstKept = findLastLE(log.batches, (b) => b.baseOffset, log.logStartOffset - 1) + 1
    dropFront(log.batches, firstKept)
  }
  return deleted
}
