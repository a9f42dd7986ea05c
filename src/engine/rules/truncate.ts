// Follower reconciliation with leader epochs (KIP-101, multi-round per KIP-279, fenced to the
// current epoch per KIP-320): a replica that becomes a follower asks the leader, with
// OffsetsForLeaderEpoch, where its latest epoch ends, truncates only what diverges, and asks
// again with an older epoch while its own view of that epoch disagrees. Only then does it fetch.
// (Since IBP 2.7 the same check rides inside Fetch as lastFetchedEpoch / divergingEpoch; the
// separate request is kept here because it is easier to see.)

import { type Ctx, emit, touchReplica } from '../ctx'
import { UNDEFINED_EPOCH } from '../log/leaderEpochCache'
import type { BrokerId, Replica } from '../model'
import { replicaKey } from '../model'
import { send } from '../network'
import { schedule } from '../scheduler'
import { ensureFetching } from './fetch'
import { truncateAndCheck } from './metadata'
import { decideTruncation, leaderAnswerFor } from './truncationDecision'

interface EpochRequest {
  readonly token: number
  readonly partition: string
  readonly follower: BrokerId
  readonly currentLeaderEpoch: number
  readonly requestedEpoch: number
}

interface EpochResponse {
  readonly token: number
  readonly partition: string
  readonly error: 'FENCED_LEADER_EPOCH' | 'NOT_LEADER_OR_FOLLOWER' | null
  readonly currentLeaderEpoch: number
  readonly requestedEpoch: number
  readonly leaderEpoch: number
  readonly endOffset: number
}

export function startReconciliation(ctx: Ctx, r: Replica, epoch: number): void {
  if (epoch === UNDEFINED_EPOCH || r.log.logEndOffset === r.log.logStartOffset) {
    r.fetcher = 'fetching'
    ensureFetching(ctx, r.brokerId, r.leaderId as BrokerId)
    return
  }
  r.fetcher = 'truncating'
  r.truncationEpoch = epoch
  sendEpochRequest(ctx, r)
}

function sendEpochRequest(ctx: Ctx, r: Replica): void {
  const { sim } = ctx
  if (r.leaderId === null) return
  const token = ++sim.counters.fetchToken
  r.truncationToken = token
  // Retried after a timeout if the answer never comes (a dropped link, a dead leader); at least a
  // millisecond later, or a backoff of 0 would retry forever at the same instant.
  schedule(sim, Math.max(1, sim.config.broker.replicaFetchBackoffMs * 5), {
    kind: 'retryEpochRequest',
    replica: r.key,
    token,
  })
  const req: EpochRequest = {
    token,
    partition: r.partition,
    follower: r.brokerId,
    currentLeaderEpoch: r.leaderEpoch,
    requestedEpoch: r.truncationEpoch,
  }
  send(sim, 'offsetsForLeaderEpoch', r.brokerId, r.leaderId, req, {
    partitions: [r.partition],
    extraLatency: sim.brokers[r.brokerId]?.slowMs ?? 0,
  })
}

export function retryEpochRequest(ctx: Ctx, replica: string, token: number): void {
  const r = ctx.sim.replicas[replica]
  if (r === undefined || r.fetcher !== 'truncating' || r.truncationToken !== token) return
  if (ctx.sim.brokers[r.brokerId]?.status === 'offline') return
  sendEpochRequest(ctx, r)
}

/** The leader answers from its epoch cache, fenced to its current epoch. */
export function handleEpochRequest(ctx: Ctx, leader: BrokerId, req: EpochRequest): void {
  const { sim } = ctx
  const r = sim.replicas[replicaKey(req.partition, leader)]
  const base = {
    token: req.token,
    partition: req.partition,
    currentLeaderEpoch: req.currentLeaderEpoch,
    requestedEpoch: req.requestedEpoch,
  }
  let resp: EpochResponse
  if (r === undefined || r.role !== 'leader') {
    resp = { ...base, error: 'NOT_LEADER_OR_FOLLOWER', leaderEpoch: -1, endOffset: -1 }
  } else if (r.leaderEpoch !== req.currentLeaderEpoch) {
    resp = { ...base, error: 'FENCED_LEADER_EPOCH', leaderEpoch: -1, endOffset: -1 }
  } else {
    const a = leaderAnswerFor(r.epochCache, r.log.logEndOffset, req.requestedEpoch, 'kip279')
    resp = { ...base, error: null, leaderEpoch: a.leaderEpoch, endOffset: a.endOffset }
  }
  send(sim, 'offsetsForLeaderEpochResponse', leader, req.follower, resp, {
    partitions: [req.partition],
  })
}

export function handleEpochResponse(ctx: Ctx, follower: BrokerId, resp: EpochResponse): void {
  const r = ctx.sim.replicas[replicaKey(resp.partition, follower)]
  if (r === undefined || r.role !== 'follower' || r.fetcher !== 'truncating') return
  if (r.truncationToken !== resp.token || r.leaderEpoch !== resp.currentLeaderEpoch) return
  if (resp.error !== null) return // new metadata will restart reconciliation
  const d = decideTruncation(
    { cache: r.epochCache, logEndOffset: r.log.logEndOffset, highWatermark: r.highWatermark },
    { leaderEpoch: resp.leaderEpoch, endOffset: resp.endOffset },
    'kip279',
  )
  const from = r.log.logEndOffset
  const removed = truncateAndCheck(ctx, r, d.truncateTo)
  if (removed > 0) {
    emit(ctx, {
      type: 'logTruncated',
      partition: r.partition,
      broker: follower,
      from,
      to: r.log.logEndOffset,
      mode: 'leader-epoch',
      removed,
      touches: [touchReplica(r.partition, follower)],
    })
  }
  if (!d.completed && d.nextRequestEpoch !== undefined && d.nextRequestEpoch !== UNDEFINED_EPOCH) {
    r.truncationEpoch = d.nextRequestEpoch
    sendEpochRequest(ctx, r)
    return
  }
  r.fetcher = 'fetching'
  ensureFetching(ctx, follower, r.leaderId as BrokerId)
}
