// Record fate on the consuming side, per group: times each record was processed (Chunked by record
// id, shared by checkpoints), reprocessing reported at once, and skips found where a consumer takes
// a partition up: a record below the committed start offset the group never processed was skipped
// (commit before processing, then a crash). `latest` starts on new partitions, resetOffsets and
// retention are counted apart. And at every fetch: records written below the group's position after
// it passed their offsets (the leader's log lost its tail and the offsets were reused, with no epoch
// change for KIP-320 to catch) will never be read. Simplified: the scans read the current leader.

import { get, push, set } from '../chunks'
import { type Ctx, emit, touchPartition } from '../ctx'
import { batchIndexOf } from '../log/replicaLog'
import { topicOfPartition } from '../lookup'
import type { Batch, Replica } from '../model'
import type { SkipReason } from './events'
import { leaderReplica, touches } from './lookup'
import type { GroupEntry, GroupFate, PolledRecord, ProcessingBatch } from './model'

function bump(g: GroupEntry, id: number): number {
  const c = g.fate.counts
  while (c.length <= id) push(c, 0)
  const n = (get(c, id) ?? 0) + 1
  set(c, id, n)
  return n
}

export function processedTimes(g: GroupEntry, id: number): number {
  return get(g.fate.counts, id) ?? 0
}

/** How many records of the batch are done at `now` (processing time runs only while not stuck). */
export function processedSoFar(b: ProcessingBatch, now: number): number {
  if (b.perRecordMs <= 0) return b.records.length
  const ran = b.elapsed + (b.runStart === null ? 0 : now - b.runStart)
  return Math.min(b.records.length, Math.floor(ran / b.perRecordMs))
}

/** The application finished processing these records. */
export function markProcessed(
  ctx: Ctx,
  g: GroupEntry,
  clientId: string,
  records: readonly PolledRecord[],
): void {
  const again = new Map<string, number[]>()
  for (const r of records) {
    const n = bump(g, r.id)
    g.fate.processed++
    if (n < 2) continue
    if (g.dedupe) g.fate.deduplicated++
    else if (n === 2) g.fate.reprocessed++
    const list = again.get(r.partition) ?? []
    list.push(r.offset)
    again.set(r.partition, list)
  }
  for (const [partition, offsets] of again) {
    emit(ctx, {
      type: g.dedupe ? 'recordsDeduplicated' : 'recordsReprocessed',
      group: g.id,
      clientId,
      partition,
      count: offsets.length,
      offsets: offsets.slice(0, 20),
      touches: [...touches(g.id, clientId), touchPartition(partition)],
    })
  }
}

function reportSkip(
  ctx: Ctx,
  g: GroupEntry,
  partition: string,
  offsets: number[],
  count: number,
  reason: SkipReason,
  detail: string,
): void {
  if (count <= 0) return
  emit(ctx, {
    type: 'recordsSkipped',
    group: g.id,
    partition,
    count,
    offsets: offsets.slice(0, 20),
    reason,
    detail,
    touches: [...touches(g.id), touchPartition(partition)],
  })
}

type Cursor = GroupFate['scanned'][string]

/** Whether batch `b` reached the log after the point `c` the group last looked up to. */
const isAfter = (b: Batch, c: Cursor) =>
  b.appendTick > c.tick || (b.appendTick === c.tick && b.baseOffset >= c.offset)

/**
 * The group's position in `partition` is `position` on replica `r` (its leader): records written
 * below it since the group last looked were written after the group had passed their offsets, so
 * nobody in the group will read them. A log only grows at its end (truncation cuts the end), so
 * the batches appended since the last look are its last ones. Records not committed yet are looked
 * at again next time. Returns the offsets reported.
 */
export function noteWrittenBelow(
  ctx: Ctx,
  g: GroupEntry,
  partition: string,
  r: Replica,
  position: number,
): Set<number> {
  const f = g.fate
  const log = r.log
  const cursor = f.scanned[partition]
  let next: Cursor = { tick: ctx.sim.tick, offset: log.logEndOffset }
  const skipped: number[] = []
  if (cursor !== undefined) {
    let i = log.batches.length
    while (i > 0 && isAfter(get(log.batches, i - 1) as Batch, cursor)) i--
    for (; i < log.batches.length; i++) {
      const b = get(log.batches, i) as Batch
      if (b.baseOffset >= position) break
      if (b.baseOffset + b.count > r.highWatermark) {
        next = { tick: b.appendTick, offset: b.baseOffset }
        break
      }
      for (let k = 0; k < b.count; k++) {
        const off = b.baseOffset + k
        if (off < log.logStartOffset || off >= position) continue
        const id = b.recordIds === null ? b.firstRecordId + k : (b.recordIds[k] as number)
        if (processedTimes(g, id) === 0) skipped.push(off)
      }
    }
  }
  f.scanned[partition] = next
  f.skipped += skipped.length
  reportSkip(
    ctx,
    g,
    partition,
    skipped,
    skipped.length,
    'offsetReused',
    `${skipped.length} records were written to ${partition} below offset ${position}, which ${g.id} had already passed: the log had lost its end and its offsets were used again`,
  )
  return new Set(skipped)
}

/** A consumer starts `partition` at the committed `offset`: anything below never processed is lost to the group. */
export function noteStartFromCommitted(
  ctx: Ctx,
  g: GroupEntry,
  clientId: string,
  partition: string,
  offset: number,
): void {
  const f = g.fate
  const from = f.checked[partition]
  const leader = leaderReplica(ctx.sim, partition)
  const reused =
    leader === undefined ? new Set<number>() : noteWrittenBelow(ctx, g, partition, leader, offset)
  if (from === undefined) {
    f.checked[partition] = offset
    return
  }
  if (offset <= from || leader === undefined) return
  const log = leader.log
  const skipped: number[] = []
  let i = batchIndexOf(log, Math.max(from, log.logStartOffset))
  for (; i >= 0 && i < log.batches.length; i++) {
    const b = get(log.batches, i) as Batch
    if (b.baseOffset >= offset) break
    for (let k = 0; k < b.count; k++) {
      const off = b.baseOffset + k
      if (off < from || off >= offset) continue
      const id = b.recordIds === null ? b.firstRecordId + k : (b.recordIds[k] as number)
      if (processedTimes(g, id) === 0 && !reused.has(off)) skipped.push(off)
    }
  }
  f.checked[partition] = offset
  f.skipped += skipped.length
  reportSkip(
    ctx,
    g,
    partition,
    skipped,
    skipped.length,
    'committedBeforeProcessing',
    `${clientId} resumed ${partition} at committed offset ${offset}, past ${skipped.length} records nobody in ${g.id} processed: they were committed before being processed`,
  )
}

/** auto.offset.reset placed a consumer at `offset` (no commit, or the position was out of range). */
export function noteStartFromReset(
  ctx: Ctx,
  g: GroupEntry,
  clientId: string,
  partition: string,
  spec: 'earliest' | 'latest',
  offset: number,
  logStart: number,
  outOfRangeAt: number | null,
): void {
  const f = g.fate
  const from = f.checked[partition]
  f.checked[partition] = Math.max(from ?? offset, offset)
  const leader = leaderReplica(ctx.sim, partition)
  if (leader !== undefined)
    noteWrittenBelow(ctx, g, partition, leader, Math.min(outOfRangeAt ?? offset, offset))
  if (outOfRangeAt !== null && outOfRangeAt < logStart) {
    const n = logStart - outOfRangeAt
    f.expiredUnread += n
    reportSkip(
      ctx,
      g,
      partition,
      [],
      n,
      'deletedBeforeRead',
      `retention deleted ${n} records of ${partition} before ${clientId} read them`,
    )
  }
  if (spec !== 'latest') return
  const start = outOfRangeAt === null ? logStart : Math.max(outOfRangeAt, logStart)
  const { topic, partition: index } = topicOfPartition(partition)
  const isNew =
    from === undefined && index >= (f.partitionsAtStart[topic] ?? Number.MAX_SAFE_INTEGER)
  if (offset <= start || (outOfRangeAt === null && !isNew)) return
  const n = offset - start
  f.skippedByLatest += n
  const offsets: number[] = []
  for (let o = start; o < offset && offsets.length < 20; o++) offsets.push(o)
  reportSkip(
    ctx,
    g,
    partition,
    offsets,
    n,
    'autoOffsetResetLatest',
    isNew
      ? `${n} records were written to the new partition ${partition} before ${clientId}'s metadata showed it (metadata.max.age.ms); auto.offset.reset=latest started after them`
      : `${clientId}'s position in ${partition} was out of range; auto.offset.reset=latest jumped over ${n} records`,
  )
}

/** An administrator reset the committed offset: a forward move skips records, a backward one re-reads them. */
export function noteAdminReset(
  ctx: Ctx,
  g: GroupEntry,
  partition: string,
  from: number | undefined,
  to: number,
): void {
  const leader = leaderReplica(ctx.sim, partition)
  if (leader !== undefined) noteWrittenBelow(ctx, g, partition, leader, Math.min(from ?? to, to))
  g.fate.checked[partition] = to
  const n = from === undefined ? 0 : Math.max(0, to - from)
  g.fate.skippedByReset += n
  const offsets: number[] = []
  for (let o = to - n; o < to && offsets.length < 20; o++) offsets.push(o)
  reportSkip(
    ctx,
    g,
    partition,
    offsets,
    n,
    'resetOffsets',
    `resetOffsets moved ${g.id} past ${n} records of ${partition} (offsets ${from} to ${to})`,
  )
}
