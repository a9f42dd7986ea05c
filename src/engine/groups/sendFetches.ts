// The consumer's Fetcher: one fetch per leader in flight, for owned partitions with a position and
// nothing buffered. The leader returns records below its HW only, up to max.partition.fetch.bytes
// per partition, or parks the fetch up to fetch.max.wait.ms (fetch.min.bytes=1). NOT_LEADER refreshes
// metadata, OFFSET_OUT_OF_RANGE applies auto.offset.reset. Simplified: parked fetches are re-checked
// by the group watch every 10 ms instead of being woken by the HW.

import type { Ctx } from '../ctx'
import { readFrom } from '../log/replicaLog'
import type { BrokerId } from '../model'
import { replicaKey } from '../model'
import { send } from '../network'
import { requestPoll, wantMetadata } from './client'
import { brokerUp, groupEntry, nextSeq } from './lookup'
import type { Consumer, FetchedRecord } from './model'
import { consumerEndpoint } from './model'
import type { ConsumerFetchRequest, ConsumerFetchResponse } from './protocol'
import { resetPosition } from './updateFetchPositions'

/** Fetcher.sendFetches. */
export function sendFetches(ctx: Ctx, c: Consumer): void {
  const { sim } = ctx
  const g = groupEntry(sim, c.group)
  if (g === undefined) return
  const byBroker = new Map<BrokerId, { partition: string; offset: number }[]>()
  for (const p of c.assigned) {
    const pos = c.positions[p]
    if (pos === undefined || (c.buffer[p]?.length ?? 0) > 0) continue
    const leader = c.leaders[p] ?? null
    if (leader === null) {
      wantMetadata(ctx, c)
      continue
    }
    if ((c.fetchRequests[leader] ?? 0) !== 0) continue
    const list = byBroker.get(leader) ?? []
    list.push({ partition: p, offset: pos })
    byBroker.set(leader, list)
  }
  for (const [broker, partitions] of byBroker) {
    const id = nextSeq(sim)
    const req: ConsumerFetchRequest = {
      id,
      group: c.group,
      clientId: c.clientId,
      inc: c.incarnation,
      partitions,
      maxBytes: g.config.maxPartitionFetchBytes,
      maxWaitMs: g.config.fetchMaxWaitMs,
    }
    const from = consumerEndpoint(c.group, c.clientId)
    const sent = send(sim, 'consumerFetch', from, broker, req, {
      partitions: partitions.map((x) => x.partition),
    })
    if (sent === null) wantMetadata(ctx, c)
    else c.fetchRequests[broker] = id
  }
}

function readPartitions(
  ctx: Ctx,
  broker: BrokerId,
  req: ConsumerFetchRequest,
): ConsumerFetchResponse {
  const { sim } = ctx
  return {
    id: req.id,
    broker,
    partitions: req.partitions.map((p) => {
      const r = sim.replicas[replicaKey(p.partition, broker)]
      const base = { partition: p.partition, offset: p.offset, records: [] as FetchedRecord[] }
      if (r === undefined || r.role !== 'leader' || !brokerUp(sim, broker))
        return {
          ...base,
          error: 'NOT_LEADER_OR_FOLLOWER' as const,
          highWatermark: 0,
          logStartOffset: 0,
        }
      const info = { highWatermark: r.highWatermark, logStartOffset: r.log.logStartOffset }
      if (p.offset < r.log.logStartOffset || p.offset > r.log.logEndOffset)
        return { ...base, ...info, error: 'OFFSET_OUT_OF_RANGE' as const }
      const records: FetchedRecord[] = []
      if (p.offset < r.highWatermark) {
        for (const b of readFrom(r.log, p.offset, req.maxBytes)) {
          for (let k = 0; k < b.count; k++) {
            const offset = b.baseOffset + k
            if (offset < p.offset || offset >= r.highWatermark) continue
            const id = b.recordIds === null ? b.firstRecordId + k : (b.recordIds[k] as number)
            records.push({ offset, id })
          }
        }
      }
      return { ...base, ...info, error: null, records }
    }),
  }
}

function respond(ctx: Ctx, resp: ConsumerFetchResponse, req: ConsumerFetchRequest): void {
  const records = resp.partitions.reduce((n, p) => n + p.records.length, 0)
  const to = consumerEndpoint(req.group, req.clientId)
  const sent = send(ctx.sim, 'consumerFetchResponse', resp.broker, to, resp, {
    partitions: resp.partitions.filter((p) => p.records.length > 0).map((p) => p.partition),
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

/** The leader's side of a consumer fetch. */
export function handleConsumerFetch(ctx: Ctx, broker: BrokerId, req: ConsumerFetchRequest): void {
  const resp = readPartitions(ctx, broker, req)
  const ready = resp.partitions.some((p) => p.error !== null || p.records.length > 0)
  if (ready || req.maxWaitMs <= 0) {
    respond(ctx, resp, req)
    return
  }
  ctx.sim.groups.parked[req.id] = { broker, deadline: ctx.sim.tick + req.maxWaitMs, request: req }
}

/** DelayedFetch: answers parked fetches that now have data, lost their leader, or expired. */
export function checkParkedFetches(ctx: Ctx): void {
  const { sim } = ctx
  for (const id of Object.keys(sim.groups.parked)) {
    const p = sim.groups.parked[id]
    if (p === undefined) continue
    const resp = readPartitions(ctx, p.broker, p.request)
    const ready = resp.partitions.some((x) => x.error !== null || x.records.length > 0)
    if (!ready && sim.tick < p.deadline) continue
    delete sim.groups.parked[id]
    respond(ctx, resp, p.request)
  }
}

/** A fetch could not be delivered (the leader is down). */
export function handleFetchUndeliverable(ctx: Ctx, c: Consumer, req: ConsumerFetchRequest): void {
  for (const b of Object.keys(c.fetchRequests))
    if (c.fetchRequests[b] === req.id) delete c.fetchRequests[b]
  wantMetadata(ctx, c)
  const backoff = groupEntry(ctx.sim, c.group)?.config.retryBackoffMs ?? 10
  requestPoll(ctx, c, backoff)
}

export function handleConsumerFetchResponse(
  ctx: Ctx,
  c: Consumer,
  resp: ConsumerFetchResponse,
): void {
  const g = groupEntry(ctx.sim, c.group)
  if (g === undefined || c.fetchRequests[resp.broker] !== resp.id) return
  delete c.fetchRequests[resp.broker]
  let retry = false
  for (const p of resp.partitions) {
    if (!c.assigned.includes(p.partition) || c.positions[p.partition] !== p.offset) continue
    if (p.error === 'NOT_LEADER_OR_FOLLOWER') {
      wantMetadata(ctx, c)
      retry = true
    } else if (p.error === 'OFFSET_OUT_OF_RANGE') resetPosition(ctx, g, c, p.partition, p.offset)
    else if (p.records.length > 0) c.buffer[p.partition] = p.records.slice()
  }
  requestPoll(ctx, c, retry ? g.config.retryBackoffMs : 0)
}
