// Record fate: every produced record is tracked from send to its end. A record is "open" once it
// was acknowledged to its producer or committed (below a leader's HW); an open record that later
// is not in the log of the partition's leader at its offset has been lost, and that is always an
// event, never silent. Loss is checked where it can happen: when a replica becomes leader with its
// log (an unclean election, a power-failed replica, HW truncation), when a follower truncates
// records its leader does not hold, and when a zombie leader acknowledges a write.

import {
  appendOnly,
  type Chunked,
  chunkOf,
  get,
  push,
  pushNumber,
  set,
  slotOf,
  writableChunkOf,
} from '../chunks'
import { type Ctx, emit, touchPartition } from '../ctx'
import { batchIndexOf, recordIdAt } from '../log/replicaLog'
import type { Batch, RecordData, Replica, SimState } from '../model'
import { FATE } from '../model'

/** Registers a new record; `data.id` is overwritten with the next record id, which is returned. */
export function addRecord(sim: SimState, data: Omit<RecordData, 'id'> & { id?: number }): number {
  const id = sim.counters.recordId++
  ;(data as { id: number }).id = id
  push(sim.records, data as RecordData)
  pushNumber(sim.fate.flags, FATE.SENT)
  pushNumber(sim.fate.offsets, -1)
  pushNumber(sim.fate.appendCount, 0)
  return id
}

export function fateFlags(sim: SimState, id: number): number {
  return get(sim.fate.flags, id) ?? 0
}

export function fateOffset(sim: SimState, id: number): number {
  return get(sim.fate.offsets, id) ?? -1
}

function addFlag(c: Chunked<number>, id: number, flag: number): number {
  const f = get(c, id) ?? 0
  if ((f & flag) !== flag) set(c, id, f | flag)
  return f
}

function openRecords(sim: SimState, partition: string): Chunked<number> {
  let list = sim.openRecords[partition]
  if (list === undefined) {
    list = appendOnly<number>()
    sim.openRecords[partition] = list
  }
  return list
}

function isOpen(f: number): boolean {
  return (f & (FATE.ACKED | FATE.COMMITTED)) !== 0
}

/** A leader appended a batch: count appends, report a record written twice (a retry without idempotence). */
export function markAppended(
  ctx: Ctx,
  partition: string,
  batch: Batch,
  ids: readonly number[],
): void {
  const { sim } = ctx
  const { appendCount, flags, offsets } = sim.fate
  const dupOffsets: number[] = []
  // The three tables chunk by chunk (ids of a batch are mostly consecutive): no lookups per record.
  let chunk = -1
  let counts: number[] = []
  let flagsOf: number[] = []
  let offsetsOf: number[] = []
  for (let i = 0; i < ids.length; i++) {
    const id = ids[i] as number
    if (id >= flags.length) continue
    if (chunkOf(id) !== chunk) {
      chunk = chunkOf(id)
      counts = writableChunkOf(appendCount, id)
      flagsOf = writableChunkOf(flags, id)
      offsetsOf = writableChunkOf(offsets, id)
    }
    const s = slotOf(id)
    const n = (counts[s] ?? 0) + 1
    counts[s] = n
    const f = flagsOf[s] ?? 0
    let g = f | FATE.APPENDED
    if (!isOpen(f)) offsetsOf[s] = batch.baseOffset + i
    if (n > 1) {
      g |= FATE.DUPLICATED
      dupOffsets.push(batch.baseOffset + i)
    }
    if (g !== f) flagsOf[s] = g
  }
  checkOrder(ctx, partition, batch, ids, dupOffsets.length > 0)
  if (dupOffsets.length > 0) {
    sim.metrics.duplicated += dupOffsets.length
    emit(ctx, {
      type: 'recordsDuplicated',
      partition,
      count: dupOffsets.length,
      offsets: dupOffsets.slice(0, 20),
      idempotent: batch.producerId >= 0,
      touches: [touchPartition(partition)],
    })
  }
}

/**
 * Records of one producer reach a partition in the order it sent them, unless a failed batch is
 * retried while later ones were already written (max.in.flight.requests.per.connection > 1
 * without idempotence). Record ids grow in send order, so a batch older than what the partition
 * already has from that producer was reordered.
 */
function checkOrder(
  ctx: Ctx,
  partition: string,
  batch: Batch,
  ids: readonly number[],
  duplicate: boolean,
): void {
  const { sim } = ctx
  const first = ids[0]
  const rec = first === undefined ? undefined : get(sim.records, first)
  if (rec === undefined) return
  const key = `${rec.producer}|${partition}`
  const highest = sim.appendOrder[key] ?? -1
  const last = ids[ids.length - 1] as number
  if (!duplicate && (first as number) < highest) {
    emit(ctx, {
      type: 'recordsReordered',
      producer: rec.producer,
      partition,
      offsets: ids.map((_, i) => batch.baseOffset + i).slice(0, 20),
      touches: [touchPartition(partition)],
    })
  }
  if (last > highest) sim.appendOrder[key] = last
}

export function markAcked(
  sim: SimState,
  partition: string,
  ids: readonly number[],
  baseOffset: number,
): void {
  const list = openRecords(sim, partition)
  const { flags, offsets } = sim.fate
  let chunk = -1
  let flagsOf: number[] = []
  let offsetsOf: number[] = []
  for (let i = 0; i < ids.length; i++) {
    const id = ids[i] as number
    if (id >= flags.length) continue
    if (chunkOf(id) !== chunk) {
      chunk = chunkOf(id)
      flagsOf = writableChunkOf(flags, id)
      offsetsOf = writableChunkOf(offsets, id)
    }
    const s = slotOf(id)
    const f = flagsOf[s] ?? 0
    if ((f & FATE.ACKED) === 0) {
      flagsOf[s] = f | FATE.ACKED
      sim.metrics.acked++
    }
    if (!isOpen(f)) {
      if (baseOffset >= 0) offsetsOf[s] = baseOffset + i
      push(list, id)
    }
  }
}

export function markFailed(sim: SimState, ids: readonly number[]): void {
  for (const id of ids) {
    const f = addFlag(sim.fate.flags, id, FATE.FAILED)
    if ((f & FATE.FAILED) === 0) sim.metrics.failed++
  }
}

/** The leader's HW moved from `from` to `to`: the records in between are committed. */
export function markCommitted(ctx: Ctx, r: Replica, from: number, to: number): void {
  const { sim } = ctx
  const list = openRecords(sim, r.partition)
  // Internal topics (__consumer_offsets) are tracked too, but not counted in the user's metrics.
  const internal = sim.topics[sim.partitions[r.partition]?.topic ?? '']?.internal === true
  const { flags, offsets } = sim.fate
  let chunk = -1
  let flagsOf: number[] = []
  let offsetsOf: number[] = []
  let i = batchIndexOf(r.log, Math.max(from, r.log.logStartOffset))
  if (i < 0) return
  for (; i < r.log.batches.length; i++) {
    const b = get(r.log.batches, i) as Batch
    if (b.baseOffset >= to) break
    if (b.records !== undefined) continue // an internal topic's records have no fate
    for (let k = 0; k < b.count; k++) {
      const off = b.baseOffset + k
      if (off < from || off >= to) continue
      const id = b.recordIds === null ? b.firstRecordId + k : (b.recordIds[k] as number)
      if (id >= flags.length) continue
      if (chunkOf(id) !== chunk) {
        chunk = chunkOf(id)
        flagsOf = writableChunkOf(flags, id)
        offsetsOf = writableChunkOf(offsets, id)
      }
      const s = slotOf(id)
      const f = flagsOf[s] ?? 0
      if ((f & FATE.COMMITTED) === 0) {
        flagsOf[s] = f | FATE.COMMITTED
        if (!internal) sim.metrics.committed++
      }
      if (!isOpen(f)) {
        offsetsOf[s] = off
        push(list, id)
      }
    }
  }
}

function reportLost(ctx: Ctx, partition: string, lost: number[], reason: string): void {
  const { sim } = ctx
  if (lost.length === 0) return
  for (const id of lost) addFlag(sim.fate.flags, id, FATE.LOST)
  sim.metrics.lost += lost.length
  emit(ctx, {
    type: 'recordsLost',
    partition,
    count: lost.length,
    offsets: lost.slice(0, 20).map((id) => fateOffset(sim, id)),
    reason,
    touches: [touchPartition(partition)],
  })
}

function stillHeld(sim: SimState, leader: Replica, id: number): boolean {
  const off = fateOffset(sim, id)
  if (off < leader.log.logStartOffset) return true // deleted by retention, not lost
  return recordIdAt(leader.log, off) === id
}

/** A replica became leader: every open record it does not hold at its offset is lost. */
export function checkLossOnNewLeader(ctx: Ctx, leader: Replica): void {
  const { sim } = ctx
  const list = sim.openRecords[leader.partition]
  if (list === undefined) return
  const lost: number[] = []
  for (let i = 0; i < list.length; i++) {
    const id = get(list, i) as number
    const f = fateFlags(sim, id)
    if ((f & (FATE.LOST | FATE.DELETED)) !== 0) continue
    if (!stillHeld(sim, leader, id)) lost.push(id)
  }
  const kind = sim.partitions[leader.partition]?.lastLeaderChange
  reportLost(
    ctx,
    leader.partition,
    lost,
    kind === 'unclean' ? 'uncleanElection' : 'leaderWithoutRecords',
  )
}

/** A follower is about to truncate from `offset`: open records its leader does not hold are lost. */
export function checkLossOnTruncation(ctx: Ctx, r: Replica, offset: number): void {
  const { sim } = ctx
  if (r.leaderId === null) return
  const leader = sim.replicas[`${r.partition}@${r.leaderId}`]
  if (leader === undefined) return
  const lost: number[] = []
  let i = batchIndexOf(r.log, Math.max(offset, r.log.logStartOffset))
  if (i < 0) return
  for (; i < r.log.batches.length; i++) {
    const b = get(r.log.batches, i) as Batch
    if (b.records !== undefined) continue
    for (let k = 0; k < b.count; k++) {
      const id = b.recordIds === null ? b.firstRecordId + k : (b.recordIds[k] as number)
      const f = fateFlags(sim, id)
      if (!isOpen(f) || (f & (FATE.LOST | FATE.DELETED)) !== 0) continue
      if (fateOffset(sim, id) !== b.baseOffset + k) continue
      if (!stillHeld(sim, leader, id)) lost.push(id)
    }
  }
  reportLost(ctx, r.partition, lost, 'truncated')
}

/** A broker that is no longer the leader acknowledged a write: if the real leader lacks it, it is lost. */
export function checkZombieAck(
  ctx: Ctx,
  partition: string,
  ackedBy: number,
  ids: readonly number[],
): void {
  const { sim } = ctx
  const meta = sim.partitions[partition]
  if (meta === undefined || meta.leader === ackedBy) return
  const leader = meta.leader === null ? undefined : sim.replicas[`${partition}@${meta.leader}`]
  if (leader === undefined || leader.role !== 'leader' || leader.leaderEpoch !== meta.leaderEpoch)
    return
  const lost = ids.filter(
    (id) => (fateFlags(sim, id) & FATE.LOST) === 0 && !stillHeld(sim, leader, id),
  )
  reportLost(ctx, partition, lost, 'zombieLeader')
}

export function recordData(sim: SimState, id: number): RecordData | undefined {
  return get(sim.records, id)
}
