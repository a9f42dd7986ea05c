// The leader's side of a consumer fetch (ReplicaManager.fetchMessages + DelayedFetch): records below
// the HW, up to max.partition.fetch.bytes per partition, or the fetch parks until fetch.max.wait.ms
// (fetch.min.bytes=1). A parked fetch is completed as Kafka completes it: when the HW of one of
// its partitions moves, when the broker stops leading one of them or dies, when retention moves the
// log start past it, or at its deadline (a timer). Parked fetches are kept per broker, so waking
// them costs what is parked there, not what is parked in the cluster.
// Pure: reads and changes only the state it is given. Imports no rule, so rules may call it.

import { get } from '../chunks'
import type { Ctx } from '../ctx'
import type { Batch, BrokerId } from '../model'
import { replicaKey } from '../model'
import { send } from '../network'
import { schedule } from '../scheduler'
import { brokerUp } from './lookup'
import type { FetchedRecord } from './model'
import { consumerEndpoint } from './model'
import type { ConsumerFetchRequest, ConsumerFetchResponse } from './protocol'

type ResponsePartition = ConsumerFetchResponse['partitions'][number]

function readPartition(
  ctx: Ctx,
  broker: BrokerId,
  maxBytes: number,
  p: ConsumerFetchRequest['partitions'][number],
): ResponsePartition {
  const { sim } = ctx
  const r = sim.replicas[replicaKey(p.partition, broker)]
  if (r === undefined || r.role !== 'leader' || !brokerUp(sim, broker))
    return failed(p, 'NOT_LEADER_OR_FOLLOWER', 0, 0)
  const log = r.log
  const hw = r.highWatermark
  // KIP-320: the consumer's metadata is older (fenced) or newer (unknown) than this leader's.
  if (p.currentLeaderEpoch >= 0 && p.currentLeaderEpoch !== r.leaderEpoch) {
    const error =
      p.currentLeaderEpoch < r.leaderEpoch ? 'FENCED_LEADER_EPOCH' : 'UNKNOWN_LEADER_EPOCH'
    return failed(p, error, hw, log.logStartOffset)
  }
  if (p.offset < log.logStartOffset || p.offset > log.logEndOffset)
    return failed(p, 'OFFSET_OUT_OF_RANGE', hw, log.logStartOffset)
  const records: FetchedRecord[] = []
  const lastEpoch = p.offset < hw ? readCommitted(log.batches, p.offset, hw, maxBytes, records) : -1
  return {
    partition: p.partition,
    offset: p.offset,
    records,
    lastEpoch,
    error: null,
    highWatermark: hw,
    logStartOffset: log.logStartOffset,
  }
}

function failed(
  p: ConsumerFetchRequest['partitions'][number],
  error: NonNullable<ResponsePartition['error']>,
  highWatermark: number,
  logStartOffset: number,
): ResponsePartition {
  return {
    partition: p.partition,
    offset: p.offset,
    records: [],
    lastEpoch: -1,
    error,
    highWatermark,
    logStartOffset,
  }
}

/**
 * Records [from, hw) of whole batches up to about maxBytes (at least one batch), as readFrom.
 * Returns the leader epoch of the batch holding the last record read (-1: none).
 */
function readCommitted(
  batches: import('../chunks').Chunked<Batch>,
  from: number,
  hw: number,
  maxBytes: number,
  out: FetchedRecord[],
): number {
  // Binary search for the batch holding `from`.
  let lo = 0
  let hi = batches.length - 1
  let i = -1
  while (lo <= hi) {
    const mid = (lo + hi) >> 1
    if ((get(batches, mid) as Batch).baseOffset <= from) {
      i = mid
      lo = mid + 1
    } else hi = mid - 1
  }
  let epoch = -1
  if (i < 0) return epoch
  const first = get(batches, i) as Batch
  if (from >= first.baseOffset + first.count) return epoch
  let bytes = 0
  let taken = 0
  for (; i < batches.length; i++) {
    const b = get(batches, i) as Batch
    if (taken > 0 && bytes + b.bytes > maxBytes) break
    taken++
    bytes += b.bytes
    for (let k = 0; k < b.count; k++) {
      const offset = b.baseOffset + k
      if (offset < from) continue
      if (offset >= hw) return epoch
      out.push({
        offset,
        id: b.recordIds === null ? b.firstRecordId + k : (b.recordIds[k] as number),
      })
      epoch = b.epoch
    }
  }
  return epoch
}

function readPartitions(
  ctx: Ctx,
  broker: BrokerId,
  req: ConsumerFetchRequest,
): { resp: ConsumerFetchResponse; ready: boolean } {
  const partitions: ResponsePartition[] = []
  let ready = false
  for (const p of req.partitions) {
    const x = readPartition(ctx, broker, req.maxBytes, p)
    if (x.error !== null || x.records.length > 0) ready = true
    partitions.push(x)
  }
  return { resp: { id: req.id, broker, partitions }, ready }
}

function respond(ctx: Ctx, resp: ConsumerFetchResponse, req: ConsumerFetchRequest): void {
  let records = 0
  const carrying: string[] = []
  for (const p of resp.partitions) {
    if (p.records.length === 0) continue
    records += p.records.length
    carrying.push(p.partition)
  }
  const to = consumerEndpoint(req.group, req.clientId)
  const sent = send(ctx.sim, 'consumerFetchResponse', resp.broker, to, resp, {
    partitions: carrying,
    records,
  })
  if (sent === null) {
    // The leader died with the fetch parked: the client sees the connection drop.
    const dropped: ConsumerFetchResponse = {
      ...resp,
      partitions: resp.partitions.map((p) => ({
        ...p,
        error: 'NOT_LEADER_OR_FOLLOWER',
        records: [],
      })),
    }
    send(ctx.sim, 'consumerFetchResponse', to, to, dropped)
  }
}

/** A consumer fetch reaches the leader: answer it, or park it until data or fetch.max.wait.ms. */
export function handleConsumerFetch(ctx: Ctx, broker: BrokerId, req: ConsumerFetchRequest): void {
  const { sim } = ctx
  const { resp, ready } = readPartitions(ctx, broker, req)
  if (ready || req.maxWaitMs <= 0) {
    respond(ctx, resp, req)
    return
  }
  const atBroker = sim.groups.parked[broker] ?? {}
  sim.groups.parked[broker] = atBroker
  atBroker[req.id] = { broker, deadline: sim.tick + req.maxWaitMs, request: req }
  schedule(sim, req.maxWaitMs, {
    kind: 'group',
    group: req.group,
    action: 'fetchDeadline',
    member: String(broker),
    gen: req.id,
  })
}

/**
 * DelayedFetch.tryComplete for the fetches parked at `broker` that cover `partition` (every one
 * of them when null): answers those that now have data or an error.
 */
export function wakeConsumerFetches(ctx: Ctx, broker: BrokerId, partition: string | null): void {
  const atBroker = ctx.sim.groups.parked[broker]
  if (atBroker === undefined) return
  for (const id in atBroker) {
    const p = atBroker[id]
    if (p === undefined) continue
    if (partition !== null && !p.request.partitions.some((x) => x.partition === partition)) continue
    const { resp, ready } = readPartitions(ctx, broker, p.request)
    if (!ready) continue
    delete atBroker[id]
    respond(ctx, resp, p.request)
  }
}

/** fetch.max.wait.ms has passed for a parked fetch: it is answered with what there is. */
export function expireConsumerFetch(ctx: Ctx, broker: BrokerId, id: number): void {
  const atBroker = ctx.sim.groups.parked[broker]
  const p = atBroker?.[id]
  if (atBroker === undefined || p === undefined) return
  delete atBroker[id]
  respond(ctx, readPartitions(ctx, broker, p.request).resp, p.request)
}
