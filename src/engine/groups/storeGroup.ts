// GroupMetadataManager.storeOffsets / storeGroup: commits and group metadata are records appended
// to the group's __consumer_offsets partition on the coordinator and replicated like any other. A
// commit waits for the HW (acks=all) before it enters the offsets cache; under min ISR or after
// offsets.commit.timeout.ms it fails (COORDINATOR_NOT_AVAILABLE). The group record of a SyncGroup
// waits the same way (completeSync.ts), and so does a static member's replacement
// (storeStaticMember.ts). A wait ends in the tick the HW covers it (watch.ts). Simplified: a
// deadline is noticed at most GROUP_WATCH_MS late, the record of an emptied group is not waited
// for. The topic is compacted by the log cleaner (log/logCleaner.ts).

import { type Ctx, emit } from '../ctx'
import { appendBatch } from '../log/replicaLog'
import { partitionConfig } from '../lookup'
import type { Batch, Replica } from '../model'
import { replicaKey } from '../model'
import { appendOptions, completeParkedFetches } from '../rules/fetch'
import { isUnderMinIsr } from '../rules/highWatermark'
import { maybeIncrementHighWatermark } from '../rules/highWatermarkUpdate'
import { RECORD_OVERHEAD_BYTES } from '../rules/producer'
import { createTopic, placeableBrokers } from '../rules/topics'
import { OFFSETS_COMMIT_TIMEOUT_MS, OFFSETS_TOPIC, OFFSETS_TOPIC_SEGMENT_BYTES } from './config'
import { nextSeq, offsetsPartitionOf, replyTo, touches } from './lookup'
import type { GroupEntry } from './model'
import { watchGroups } from './watch'

/** Creates __consumer_offsets (internal) when the first group appears. */
export function ensureOffsetsTopic(ctx: Ctx): void {
  const { sim } = ctx
  if (sim.topics[OFFSETS_TOPIC] !== undefined) return
  const cfg = sim.config.broker
  const rf = Math.max(1, Math.min(cfg.offsetsTopicReplicationFactor, placeableBrokers(sim).length))
  createTopic(
    ctx,
    OFFSETS_TOPIC,
    cfg.offsetsTopicNumPartitions,
    rf,
    { retentionMs: -1, segmentBytes: OFFSETS_TOPIC_SEGMENT_BYTES },
    undefined,
    true,
  )
}

export interface StoredRecord {
  readonly key: string
  readonly value: string
}

/** The coordinator's replica of the group's partition, if it still leads it. */
export function coordinatorReplica(ctx: Ctx, g: GroupEntry): Replica | undefined {
  const p = offsetsPartitionOf(ctx.sim, g.id)
  const b = g.coord.broker
  if (p === null || b === null) return undefined
  const r = ctx.sim.replicas[replicaKey(p, b)]
  return r !== undefined && r.role === 'leader' ? r : undefined
}

/** Appends records to the coordinator's log; returns the offset the HW must reach, or an error. */
function append(
  ctx: Ctx,
  g: GroupEntry,
  records: readonly StoredRecord[],
): number | 'NOT_COORDINATOR' | 'COORDINATOR_NOT_AVAILABLE' {
  const { sim } = ctx
  const r = coordinatorReplica(ctx, g)
  if (r === undefined) return 'NOT_COORDINATOR'
  const meta = sim.partitions[r.partition]
  const minIsr = partitionConfig(sim, r.partition).minInsyncReplicas
  if (isUnderMinIsr(r.isr.length, minIsr, meta?.replicas.length ?? 1))
    return 'COORDINATOR_NOT_AVAILABLE'
  if (records.length === 0) return r.log.logEndOffset
  let bytes = 0
  for (const rec of records) bytes += rec.key.length + rec.value.length + RECORD_OVERHEAD_BYTES
  // The records travel in the batch (internal: no record ids, no fate), so compaction frees them.
  const batch: Batch = Object.freeze({
    baseOffset: r.log.logEndOffset,
    count: records.length,
    epoch: r.leaderEpoch,
    producerId: -1,
    producerEpoch: -1,
    baseSequence: -1,
    firstRecordId: -1,
    recordIds: null,
    bytes,
    maxTimestamp: sim.tick,
    appendTick: sim.tick,
    records: Object.freeze(records.map((x) => Object.freeze({ key: x.key, value: x.value }))),
  })
  appendBatch(r.log, batch, appendOptions(ctx, r.partition), sim.tick)
  completeParkedFetches(ctx, r.brokerId, r.partition)
  maybeIncrementHighWatermark(ctx, r)
  return r.log.logEndOffset
}

/** OffsetCommit records: the value carries the group, partition and offset as JSON. */
export function offsetRecords(group: string, offsets: Readonly<Record<string, number>>) {
  return Object.keys(offsets).map((p) => ({
    key: `${group}/${p}`,
    value: JSON.stringify({ group, partition: p, offset: offsets[p] }),
  }))
}

/**
 * Appends a commit and parks it until the HW covers it. `clientId` null is the admin client
 * (resetOffsets); it is not answered. Returns the error if the append could not be made.
 */
export function storeOffsets(
  ctx: Ctx,
  g: GroupEntry,
  offsets: Readonly<Record<string, number>>,
  requester: { clientId: string; inc: number; id: number } | null,
): 'NONE' | 'NOT_COORDINATOR' | 'COORDINATOR_NOT_AVAILABLE' {
  const res = append(ctx, g, offsetRecords(g.id, offsets))
  if (typeof res !== 'number') return res
  const id = requester?.id ?? nextSeq(ctx.sim)
  g.coord.appends[id] = {
    id,
    requiredOffset: res,
    deadline: ctx.sim.tick + OFFSETS_COMMIT_TIMEOUT_MS,
    offsets,
    clientId: requester?.clientId ?? null,
    inc: requester?.inc ?? 0,
  }
  watchGroups(ctx.sim)
  return 'NONE'
}

/**
 * Writes the group metadata record (generation, members, assignment; `assignment` overrides the
 * members' by member id). Returns the offset the HW must reach for it to be committed, or the
 * error the append failed with.
 */
export function storeGroup(
  ctx: Ctx,
  g: GroupEntry,
  assignment?: Readonly<Record<string, readonly string[]>>,
): number | 'NOT_COORDINATOR' | 'COORDINATOR_NOT_AVAILABLE' {
  const c = g.coord
  const members = Object.values(c.members).map((m) => ({
    memberId: m.memberId,
    clientId: m.clientId,
    host: m.host,
    groupInstanceId: m.groupInstanceId,
    protocols: m.protocols,
    topics: m.topics,
    sessionTimeoutMs: m.sessionTimeoutMs,
    rebalanceTimeoutMs: m.rebalanceTimeoutMs,
    assignment: assignment?.[m.memberId] ?? m.assignment,
  }))
  const value = JSON.stringify({
    group: g.id,
    generation: c.generation,
    protocol: c.protocol,
    leader: c.leader,
    members,
  })
  return append(ctx, g, [{ key: g.id, value }])
}

/**
 * DelayedProduce.tryComplete for a record appended to the group's offsets partition (acks=all):
 * NONE once the HW covers it with the ISR at min.insync.replicas, NOT_COORDINATOR when this
 * broker no longer leads the partition (in the epoch of the append, if given),
 * COORDINATOR_NOT_AVAILABLE under min ISR, `timeout` past the deadline; null while it waits.
 */
export function appendOutcome<E extends 'COORDINATOR_NOT_AVAILABLE' | 'REBALANCE_IN_PROGRESS'>(
  ctx: Ctx,
  g: GroupEntry,
  a: { readonly requiredOffset: number; readonly deadline: number; readonly leaderEpoch?: number },
  timeout: E,
): 'NONE' | 'NOT_COORDINATOR' | 'COORDINATOR_NOT_AVAILABLE' | E | null {
  const { sim } = ctx
  const r = coordinatorReplica(ctx, g)
  if (r === undefined || (a.leaderEpoch !== undefined && r.leaderEpoch !== a.leaderEpoch))
    return 'NOT_COORDINATOR'
  if (r.highWatermark >= a.requiredOffset) {
    const minIsr = partitionConfig(sim, r.partition).minInsyncReplicas
    const rf = sim.partitions[r.partition]?.replicas.length ?? 1
    return isUnderMinIsr(r.isr.length, minIsr, rf) ? 'COORDINATOR_NOT_AVAILABLE' : 'NONE'
  }
  return sim.tick >= a.deadline ? timeout : null
}

/** DelayedProduce.tryComplete for the group's parked appends. */
export function completeAppends(ctx: Ctx, g: GroupEntry): void {
  const c = g.coord
  for (const id of Object.keys(c.appends)) {
    const a = c.appends[id]
    if (a === undefined || c.broker === null) continue
    const error = appendOutcome(ctx, g, a, 'COORDINATOR_NOT_AVAILABLE')
    if (error === null) continue
    delete c.appends[id]
    if (error === 'NONE') Object.assign(c.offsets, a.offsets)
    respondCommit(ctx, g, c.broker, a, error)
  }
}

/** The coordinator lost the partition: every parked commit fails with NOT_COORDINATOR. */
export function failAllAppends(ctx: Ctx, g: GroupEntry, broker: number): void {
  for (const id of Object.keys(g.coord.appends)) {
    const a = g.coord.appends[id]
    if (a === undefined) continue
    delete g.coord.appends[id]
    respondCommit(ctx, g, broker, a, 'NOT_COORDINATOR')
  }
}

function respondCommit(
  ctx: Ctx,
  g: GroupEntry,
  broker: number,
  a: { id: number; clientId: string | null; offsets: Readonly<Record<string, number>> },
  error: 'NONE' | 'NOT_COORDINATOR' | 'COORDINATOR_NOT_AVAILABLE',
): void {
  if (a.clientId === null) {
    if (error === 'NONE') {
      emit(ctx, {
        type: 'offsetsCommitted',
        group: g.id,
        clientId: null,
        offsets: { ...a.offsets },
        how: 'admin',
        touches: touches(g.id),
      })
    }
    return
  }
  replyTo(
    ctx.sim,
    broker,
    g.id,
    a.clientId,
    { api: 'OffsetCommit', id: a.id, error, offsets: a.offsets },
    Object.keys(a.offsets),
  )
}
