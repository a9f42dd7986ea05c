// One replica's log: record batches in offset order, split into segments named by their 20-digit
// base offset (LogSegment / LogFileUtils). Rolling (LogSegment.shouldRoll) by segment.bytes and
// segment.ms; a sparse offset and time index entry every index.interval.bytes; truncation from the
// end (followers reconciling) and deletion of whole segments from the start (retention). Sizes are
// the bytes of the records; batch overhead is ignored (a simplification).

import {
  appendOnly,
  type Chunked,
  dropFront,
  findLastLE,
  get,
  push,
  toArray,
  truncate,
} from '../chunks'
import type { Batch, ReplicaLog, Segment, SegmentIndex, Tick } from '../model'

const NO_SEGMENTS: readonly Segment[] = Object.freeze([])

export function createLog(tick: Tick, startOffset = 0): ReplicaLog {
  return {
    batches: appendOnly<Batch>(),
    logStartOffset: startOffset,
    logEndOffset: startOffset,
    rolled: NO_SEGMENTS,
    active: newSegment(startOffset, tick),
    flushedOffset: startOffset,
  }
}

function newSegment(baseOffset: number, tick: Tick): Segment {
  return {
    baseOffset,
    bytes: 0,
    createdTick: tick,
    largestTimestamp: -1,
    index: appendOnly<number>(),
    timeIndex: appendOnly<number>(),
    bytesSinceIndexEntry: 0,
  }
}

/** Every segment, oldest first, the active one last (for views; the engine walks `rolled`). */
export function segmentsOf(log: ReplicaLog): Segment[] {
  return [...log.rolled, log.active]
}

/** The index's entries as [offset, position] pairs. */
export function indexEntries(seg: Segment): [number, number][] {
  const out: [number, number][] = []
  for (let i = 0; i + 1 < seg.index.length; i += 2)
    out.push([entryAt(seg.index, i), entryAt(seg.index, i + 1)])
  return out
}

/** The entries of a flat [key, offset]-style index whose offset (at `at` in the pair) is below `end`. */
function keepBelow(flat: SegmentIndex, at: 0 | 1, end: number): Chunked<number> {
  const out = appendOnly<number>()
  for (let i = 0; i + 1 < flat.length; i += 2) {
    if (entryAt(flat, i + at) >= end) continue
    push(out, entryAt(flat, i))
    push(out, entryAt(flat, i + 1))
  }
  return out
}

const entryAt = (x: SegmentIndex, i: number): number => (isChunked(x) ? get(x, i) : x[i]) as number
const isChunked = (x: SegmentIndex): x is Chunked<number> => !Array.isArray(x)
const frozenArray = (x: SegmentIndex): readonly number[] =>
  Object.freeze(isChunked(x) ? toArray(x) : x.slice())

/** A segment as it rolls: frozen (checkpoints share it), its indexes compacted to plain arrays. */
function rolledSegment(seg: Segment): Segment {
  return Object.freeze({
    ...seg,
    index: frozenArray(seg.index),
    timeIndex: frozenArray(seg.timeIndex),
  })
}

/** The active segment's indexes, append-only (a rolled segment active again gets new ones). */
const activeIndex = (x: SegmentIndex): Chunked<number> => x as Chunked<number>

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
  let seg = log.active
  if (
    seg.bytes > 0 &&
    (seg.bytes + batch.bytes > opts.segmentBytes || tick - seg.createdTick > opts.segmentMs)
  ) {
    // A rolled segment never changes again: frozen, checkpoints share it as it is.
    log.rolled = Object.freeze([...log.rolled, rolledSegment(seg)])
    seg = newSegment(batch.baseOffset, tick)
    log.active = seg
    rolled = batch.baseOffset
  }
  if (seg.bytesSinceIndexEntry > opts.indexIntervalBytes) {
    const lastOffset = batch.baseOffset + batch.count - 1
    push(activeIndex(seg.index), lastOffset)
    push(activeIndex(seg.index), seg.bytes)
    push(activeIndex(seg.timeIndex), batch.maxTimestamp)
    push(activeIndex(seg.timeIndex), lastOffset)
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
  // Segments wholly above the new end go; the last one left is active again.
  let old = log.active
  let n = log.rolled.length
  while (n > 0 && old.baseOffset >= log.logEndOffset) {
    old = log.rolled[n - 1] as Segment
    n--
  }
  if (n < log.rolled.length) log.rolled = Object.freeze(log.rolled.slice(0, n))
  let bytes = 0
  const first = findLastLE(log.batches, (x) => x.baseOffset, old.baseOffset - 1) + 1
  for (let j = first; j < log.batches.length; j++) bytes += (get(log.batches, j) as Batch).bytes
  // The segment may be a rolled (frozen) one that is active again: replaced, not changed.
  log.active = {
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
  let total = log.active.bytes
  for (const seg of log.rolled) total += seg.bytes
  while (deleted < log.rolled.length) {
    const seg = log.rolled[deleted] as Segment
    const next = log.rolled[deleted + 1] ?? log.active
    if (next.baseOffset > highWatermark || !shouldDelete(seg, total)) break
    total -= seg.bytes
    deleted++
    log.logStartOffset = next.baseOffset
  }
  if (deleted > 0) {
    log.rolled = Object.freeze(log.rolled.slice(deleted))
    const firstKept = findLastLE(log.batches, (b) => b.baseOffset, log.logStartOffset - 1) + 1
    dropFront(log.batches, firstKept)
  }
  return deleted
}
