// KafkaConsumer.updateFetchPositions: a new partition starts at the committed offset (OffsetFetch);
// without one auto.offset.reset decides: earliest/latest asks the leader (ListOffsets: log start,
// or the HW for read_uncommitted), none fails the consumer (NoOffsetForPartitionException); an
// out-of-range position is reset the same way. Also offsetsForTimes for resetOffsets.
// Simplified: no seek() API for the application.

import { get } from '../chunks'
import { type Ctx, emit } from '../ctx'
import { batchIndexOf, segmentsOf } from '../log/replicaLog'
import type { Batch, BrokerId, Replica, SimState } from '../model'
import { replicaKey } from '../model'
import { send } from '../network'
import { failConsumer, requestPoll, wantMetadata } from './client'
import { markCoordinatorUnknown } from './findCoordinator'
import { syncCoordinator } from './loadGroup'
import { groupEntry, nextSeq, replyTo, touches } from './lookup'
import type { Consumer, GroupEntry } from './model'
import { consumerEndpoint } from './model'
import { noteStartFromCommitted, noteStartFromReset } from './processRecords'
import type {
  GroupRequest,
  GroupResponse,
  ListOffsetsRequest,
  ListOffsetsResponse,
  OffsetSpec,
} from './protocol'

/** Asks the coordinator for the committed offsets of owned partitions without a position. */
export function updateFetchPositions(ctx: Ctx, c: Consumer): void {
  if (c.coordinator === null || c.offsetFetchRequest !== 0) return
  const missing = c.assigned.filter(
    (p) => c.positions[p] === undefined && c.listOffsetsRequests[p] === undefined,
  )
  if (missing.length === 0) return
  const id = nextSeq(ctx.sim)
  const req: GroupRequest = {
    api: 'OffsetFetch',
    id,
    group: c.group,
    clientId: c.clientId,
    inc: c.incarnation,
    partitions: missing,
  }
  const sent = send(ctx.sim, 'group', consumerEndpoint(c.group, c.clientId), c.coordinator, req, {
    partitions: missing,
  })
  if (sent === null) markCoordinatorUnknown(ctx, c, 'connection refused')
  else c.offsetFetchRequest = id
}

export function handleOffsetFetch(
  ctx: Ctx,
  broker: BrokerId,
  req: Extract<GroupRequest, { api: 'OffsetFetch' }>,
): void {
  const g = groupEntry(ctx.sim, req.group)
  if (g !== undefined) syncCoordinator(ctx, g)
  const ok = g !== undefined && g.coord.broker === broker
  const offsets: Record<string, number> = {}
  for (const p of req.partitions) offsets[p] = ok ? (g.coord.offsets[p] ?? -1) : -1
  replyTo(ctx.sim, broker, req.group, req.clientId, {
    api: 'OffsetFetch',
    id: req.id,
    error: ok ? 'NONE' : 'NOT_COORDINATOR',
    offsets,
  })
}

export function handleOffsetFetchResponse(
  ctx: Ctx,
  g: GroupEntry,
  c: Consumer,
  resp: Extract<GroupResponse, { api: 'OffsetFetch' }>,
): void {
  if (resp.id !== c.offsetFetchRequest) return
  c.offsetFetchRequest = 0
  if (resp.error !== 'NONE') {
    markCoordinatorUnknown(ctx, c, resp.error)
    return
  }
  for (const p of Object.keys(resp.offsets)) {
    if (!c.assigned.includes(p) || c.positions[p] !== undefined) continue
    const committed = resp.offsets[p] ?? -1
    if (committed >= 0) {
      noteStartFromCommitted(ctx, g, c.clientId, p, committed)
      c.positions[p] = committed
    } else resetPosition(ctx, g, c, p, null)
  }
  requestPoll(ctx, c)
}

/** auto.offset.reset for a partition with no (valid) position. */
export function resetPosition(
  ctx: Ctx,
  g: GroupEntry,
  c: Consumer,
  partition: string,
  outOfRangeAt: number | null,
): void {
  delete c.positions[partition]
  delete c.buffer[partition]
  const policy = g.config.autoOffsetReset
  if (policy === 'none') {
    failConsumer(
      ctx,
      c,
      outOfRangeAt === null ? 'NoOffsetForPartitionException' : 'OffsetOutOfRangeException',
      outOfRangeAt === null
        ? `no committed offset for ${partition} and auto.offset.reset=none`
        : `offset ${outOfRangeAt} is out of range for ${partition} and auto.offset.reset=none`,
    )
    return
  }
  const leader = c.leaders[partition] ?? null
  if (leader === null) {
    wantMetadata(ctx, c)
    return
  }
  const id = nextSeq(ctx.sim)
  const req: ListOffsetsRequest = {
    id,
    group: c.group,
    clientId: c.clientId,
    inc: c.incarnation,
    partitions: [{ partition, spec: policy }],
  }
  c.listOffsetsRequests[partition] = id
  c.outOfRange[partition] = outOfRangeAt ?? -1
  const to = consumerEndpoint(c.group, c.clientId)
  if (send(ctx.sim, 'listOffsets', to, leader, req, { partitions: [partition] }) === null) {
    delete c.listOffsetsRequests[partition]
    wantMetadata(ctx, c)
  }
}

/** The leader's ListOffsets: earliest = log start offset, latest = HW (read_uncommitted). */
export function handleListOffsets(ctx: Ctx, broker: BrokerId, req: ListOffsetsRequest): void {
  const resp: ListOffsetsResponse = {
    id: req.id,
    broker,
    partitions: req.partitions.map((p) => {
      const r = ctx.sim.replicas[replicaKey(p.partition, broker)]
      if (r === undefined || r.role !== 'leader')
        return { ...p, error: 'NOT_LEADER_OR_FOLLOWER' as const, offset: -1, logStart: 0 }
      const offset = p.spec === 'earliest' ? r.log.logStartOffset : r.highWatermark
      return { ...p, error: null, offset, logStart: r.log.logStartOffset }
    }),
  }
  send(ctx.sim, 'listOffsetsResponse', broker, consumerEndpoint(req.group, req.clientId), resp, {
    partitions: req.partitions.map((p) => p.partition),
  })
}

export function handleListOffsetsResponse(
  ctx: Ctx,
  g: GroupEntry,
  c: Consumer,
  resp: ListOffsetsResponse,
): void {
  for (const p of resp.partitions) {
    if (c.listOffsetsRequests[p.partition] !== resp.id) continue
    delete c.listOffsetsRequests[p.partition]
    const oor = c.outOfRange[p.partition] ?? -1
    delete c.outOfRange[p.partition]
    if (!c.assigned.includes(p.partition) || c.positions[p.partition] !== undefined) continue
    if (p.error !== null) {
      wantMetadata(ctx, c)
      continue
    }
    const spec: OffsetSpec = p.spec
    noteStartFromReset(
      ctx,
      g,
      c.clientId,
      p.partition,
      spec,
      p.offset,
      p.logStart,
      oor < 0 ? null : oor,
    )
    c.positions[p.partition] = p.offset
    emit(ctx, {
      type: 'offsetReset',
      group: g.id,
      clientId: c.clientId,
      partition: p.partition,
      strategy: spec,
      offset: p.offset,
      reason: oor < 0 ? 'noCommittedOffset' : 'outOfRange',
      touches: touches(g.id, c.clientId),
    })
  }
  requestPoll(ctx, c)
}

/**
 * ListOffsets by timestamp (offsetsForTimes): the first offset whose record timestamp is at or after
 * `ts`, else the log end. Segments whose largest timestamp is older are skipped, as the time index
 * allows; then the batches and their records' timestamps are read.
 */
export function offsetForTimestamp(sim: SimState, r: Replica, ts: number): number {
  const log = r.log
  const seg = segmentsOf(log).find((s) => s.largestTimestamp >= ts)
  if (seg === undefined) return log.logEndOffset
  const from = Math.max(log.logStartOffset, seg.baseOffset)
  for (let i = Math.max(0, batchIndexOf(log, from)); i < log.batches.length; i++) {
    const b = get(log.batches, i) as Batch
    if (b.maxTimestamp < ts || b.records !== undefined) continue
    for (let k = 0; k < b.count; k++) {
      const id = b.recordIds === null ? b.firstRecordId + k : (b.recordIds[k] as number)
      const t = get(sim.records, id)?.timestamp ?? b.maxTimestamp
      if (t >= ts && b.baseOffset + k >= log.logStartOffset) return b.baseOffset + k
    }
  }
  return log.logEndOffset
}
