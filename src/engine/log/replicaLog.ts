// One replica's log: record batches in offset order, split into segments named by their 20-digit
// base offset (LogSegment / LogFileUtils). Rolling (LogSegment.shouldRoll) by segment.bytes and
// segment.ms; a sparse offset and time index entry every index.interval.bytes; truncation from the
// end (followers reconciling) and deletion of whole segments from the start (retention). Sizes are
// the bytes of the records; batch overhead is ignored (a simplification).

import { type Chunked, chunked, dropFront, findLastLE, get, push, share, truncate } from '../chunks'
import type { Batch, ReplicaLog, Segment, Tick } from '../model'

export function createLog(tick: Tick, startOffset = 0): ReplicaLog {
  return {
    batches: chunked<Batch>(),
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
    seg = newSegment(batch.baseOffset, tick)
    log.segments.push(seg)
    rolled = batch.baseOffset
  }
  if (seg.bytesSinceIndexEntry > opts.indexIntervalBytes) {
    const lastOffset = batch.baseOffset + batch.count - 1
    seg.index.push([lastOffset, seg.bytes])
    seg.timeIndex.push([batch.maxTimestamp, lastOffset])
    seg.bytesSinceIndexEntry = 0
  }
  seg.bytes += batch.bytes
  seg.bytesSinceIndexEntry += batch.bytes
  if (batch.maxTimestamp > seg.largestTimestamp) seg.largestTimestamp = batch.maxTimestamp
  push(log.batches, batch)
  log.logEndOffset = batch.baseOffset + batch.count
  return rolled
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
  if (b === undefined) return undefined
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
  let i = batchIndexOf(log, offset)
  if (i < 0) return out
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
  let i = batchIndexOf(log, target)
  if (i < 0) i = log.batches.length
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
  const seg = log.segments[log.segments.length - 1] as Segment
  let bytes = 0
  const first = findLastLE(log.batches, (x) => x.baseOffset, seg.baseOffset - 1) + 1
  for (let j = first; j < log.batches.length; j++) bytes += (get(log.batches, j) as Batch).bytes
  seg.bytes = bytes
  seg.index = seg.index.filter(([o]) => o < log.logEndOffset)
  seg.timeIndex = seg.timeIndex.filter(([, o]) => o < log.logEndOffset)
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

/** A copy that shares the frozen batch chunks (for checkpoints). */
export function shareLog(log: ReplicaLog): ReplicaLog {
  return {
    batches: share(log.batches) as Chunked<Batch>,
    logStartOffset: log.logStartOffset,
    logEndOffset: log.logEndOffset,
    segments: log.segments.map((s) => ({
      ...s,
      index: s.index.slice(),
      timeIndex: s.timeIndex.slice(),
    })),
    flushedOffset: log.flushedOffset,
  }
}
