// The consumer's Fetcher: one fetch per leader in flight, for owned partitions with a position and
// nothing buffered, whose position needs no KIP-320 validation first (validatePositions.ts); each
// carries the leader epoch of the consumer's metadata. The leader's side (records below its HW,
// parking up to fetch.max.wait.ms) is in parkedFetches.ts. NOT_LEADER and FENCED_LEADER_EPOCH
// refresh metadata, UNKNOWN_LEADER_EPOCH retries, OFFSET_OUT_OF_RANGE applies auto.offset.reset.
// Each answer also lets the group's record fate look for records written below the position.

import type { Ctx } from '../ctx'
import type { BrokerId } from '../model'
import { replicaKey } from '../model'
import { send } from '../network'
import { requestPoll, wantMetadata } from './client'
import { groupEntry, nextSeq } from './lookup'
import type { Consumer } from './model'
import { consumerEndpoint } from './model'
import { noteWrittenBelow } from './processRecords'
import type { ConsumerFetchRequest, ConsumerFetchResponse } from './protocol'
import { resetPosition } from './updateFetchPositions'
import { awaitingValidation, fetchEpochsOf, noteFetchedEpoch } from './validatePositions'

/** Fetcher.sendFetches. */
export function sendFetches(ctx: Ctx, c: Consumer): void {
  const { sim } = ctx
  const g = groupEntry(sim, c.group)
  if (g === undefined) return
  // Per leader, in the order leaders first come up (as a Map would iterate them).
  const brokers: BrokerId[] = []
  const lists: ConsumerFetchRequest['partitions'][number][][] = []
  for (const p of c.assigned) {
    const pos = c.positions[p]
    if (pos === undefined || (c.buffer[p]?.length ?? 0) > 0) continue
    const leader = c.leaders[p] ?? null
    if (leader === null) {
      wantMetadata(ctx, c)
      continue
    }
    if (awaitingValidation(ctx, c, p, pos, leader)) continue
    if ((c.fetchRequests[leader] ?? 0) !== 0) continue
    const j = brokers.indexOf(leader)
    const fetch = { partition: p, offset: pos, currentLeaderEpoch: c.leaderEpochs[p] ?? -1 }
    if (j >= 0) (lists[j] as ConsumerFetchRequest['partitions'][number][]).push(fetch)
    else {
      brokers.push(leader)
      lists.push([fetch])
    }
  }
  if (brokers.length === 0) return
  const from = consumerEndpoint(c.group, c.clientId)
  for (let j = 0; j < brokers.length; j++) {
    const broker = brokers[j] as BrokerId
    const partitions = lists[j] as ConsumerFetchRequest['partitions'][number][]
    const keys: string[] = []
    for (const x of partitions) keys.push(x.partition)
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
    const sent = send(sim, 'consumerFetch', from, broker, req, { partitions: keys })
    if (sent === null) wantMetadata(ctx, c)
    else c.fetchRequests[broker] = id
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

/**
 * A fetch answered: buffers what came back. Returns whether poll() should go round again now
 * (the caller runs it: see pollAgain); after an error it is asked for after retry.backoff.ms.
 */
export function handleConsumerFetchResponse(
  ctx: Ctx,
  c: Consumer,
  resp: ConsumerFetchResponse,
): boolean {
  const g = groupEntry(ctx.sim, c.group)
  if (g === undefined || c.fetchRequests[resp.broker] !== resp.id) return false
  delete c.fetchRequests[resp.broker]
  let retry = false
  for (const p of resp.partitions) {
    if (!c.assigned.includes(p.partition) || c.positions[p.partition] !== p.offset) continue
    const epochs = fetchEpochsOf(c, p.partition, p.offset)
    // Awaiting validation, the partition is not fetchable: what came back is dropped.
    if (epochs.validation !== 0) continue
    if (p.error === 'NOT_LEADER_OR_FOLLOWER' || p.error === 'FENCED_LEADER_EPOCH') {
      wantMetadata(ctx, c)
      retry = true
    } else if (p.error === 'UNKNOWN_LEADER_EPOCH') retry = true
    else if (p.error === 'OFFSET_OUT_OF_RANGE') resetPosition(ctx, g, c, p.partition, p.offset)
    else {
      const leader = ctx.sim.replicas[replicaKey(p.partition, resp.broker)]
      if (leader !== undefined) noteWrittenBelow(ctx, g, p.partition, leader, p.offset)
      const last = p.records[p.records.length - 1]
      if (last === undefined) continue
      c.buffer[p.partition] = p.records.slice()
      noteFetchedEpoch(c, p.partition, last.offset + 1, p.lastEpoch, epochs.leaderEpoch)
    }
  }
  if (!retry) return true
  requestPoll(ctx, c, g.config.retryBackoffMs)
  return false
}
