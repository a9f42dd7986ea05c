// Replication by fetching (ReplicaFetcherThread / ReplicaManager.fetchMessages). Each follower
// broker keeps one fetch session per leader broker covering every partition it follows there.
// The fetch offset is the follower's only acknowledgement: the leader learns a follower's LEO from
// it, updates lastCaughtUpTime, may add it back to the ISR and may advance the HW. A fetch that
// finds no new data is parked for up to replica.fetch.wait.max.ms (a long poll) and completed as
// soon as the leader appends. The response carries the leader's HW; the follower's HW is the
// leader's clamped to its own LEO, so it lags by a round trip (the root of KIP-101).

import { type Ctx, emit, touchReplica } from '../ctx'
import { assignEpoch, emptyEpochCache } from '../log/leaderEpochCache'
import { appendBatch, createLog, readFrom } from '../log/replicaLog'
import { appendOptions } from '../lookup'
import type { Batch, BrokerId, FetchPartition, Replica } from '../model'
import { replicaKey } from '../model'
import { send } from '../network'
import { schedule } from '../scheduler'
import { followerHighWatermark } from './highWatermark'
import { maybeIncrementHighWatermark } from './highWatermarkUpdate'
import { maybeExpandIsr } from './isr'
import { truncateAndCheck } from './metadata'
import { updateFetchState } from './replicaFetchState'

export { appendOptions }

const REPLICA_FETCH_MAX_BYTES = 1_048_576

export interface FetchRequest {
  readonly follower: BrokerId
  /** The fetch session's token: a response or retry with another token is stale. */
  readonly token: number
  readonly partitions: readonly FetchPartition[]
}

type FetchError =
  | 'NOT_LEADER_OR_FOLLOWER'
  | 'FENCED_LEADER_EPOCH'
  | 'UNKNOWN_LEADER_EPOCH'
  | 'OFFSET_OUT_OF_RANGE'

interface FetchResponsePartition {
  readonly partition: string
  readonly fetchOffset: number
  readonly error: FetchError | null
  readonly batches: readonly Batch[]
  readonly highWatermark: number
  readonly logStartOffset: number
  readonly leaderLogEndOffset: number
}

export interface FetchResponse {
  readonly leader: BrokerId
  readonly token: number
  readonly partitions: readonly FetchResponsePartition[]
}

/** Starts the fetch session from `follower` to `leader` unless one is running. */
export function ensureFetching(ctx: Ctx, follower: BrokerId, leader: BrokerId): void {
  const br = ctx.sim.brokers[follower]
  if (br === undefined || br.status === 'offline' || (br.fetchInFlight[leader] ?? 0) !== 0) return
  sendFetch(ctx, follower, leader)
}

function followedPartitions(ctx: Ctx, follower: BrokerId, leader: BrokerId): FetchPartition[] {
  const { sim } = ctx
  const out: FetchPartition[] = []
  const hosted = sim.brokers[follower]?.hosted ?? []
  for (let i = 0; i < hosted.length; i++) {
    const r = sim.replicas[hosted[i] as string]
    if (
      r === undefined ||
      r.role !== 'follower' ||
      r.leaderId !== leader ||
      r.fetcher !== 'fetching'
    )
      continue
    out.push({
      partition: r.partition,
      fetchOffset: r.log.logEndOffset,
      leaderEpoch: r.leaderEpoch,
    })
  }
  return out
}

export function sendFetch(ctx: Ctx, follower: BrokerId, leader: BrokerId): void {
  const { sim } = ctx
  const br = sim.brokers[follower]
  if (br === undefined || br.status === 'offline') return
  const partitions = followedPartitions(ctx, follower, leader)
  if (partitions.length === 0) {
    br.fetchInFlight[leader] = 0
    return
  }
  const token = ++sim.counters.fetchToken
  br.fetchInFlight[leader] = token
  const req: FetchRequest = { follower, token, partitions }
  const keys: string[] = []
  for (const p of partitions) keys.push(p.partition)
  // The per-partition detail (fetch offsets) is read from the payload by the view.
  const id = send(sim, 'fetch', follower, leader, req, {
    partitions: keys,
    extraLatency: br.slowMs,
  })
  if (id === null) retryFetchLater(ctx, follower, leader)
}

/**
 * The session is broken (no link, leader gone): try again after replica.fetch.backoff.ms, and at
 * least a millisecond later (a failed send costs no simulated time, so a backoff of 0 would retry
 * forever at the same instant).
 */
export function retryFetchLater(ctx: Ctx, follower: BrokerId, leader: BrokerId): void {
  const token = ctx.sim.brokers[follower]?.fetchInFlight[leader] ?? 0
  if (token === 0) return
  schedule(ctx.sim, Math.max(1, ctx.sim.config.broker.replicaFetchBackoffMs), {
    kind: 'sendFetch',
    follower,
    leader,
    token,
  })
}

/** The leader receives a fetch: record the follower's position, then answer or park it. */
export function handleFetchRequest(ctx: Ctx, leader: BrokerId, req: FetchRequest): void {
  const { sim } = ctx
  const br = sim.brokers[leader]
  if (br === undefined) return
  let hasData = false
  for (const p of req.partitions) {
    const r = sim.replicas[replicaKey(p.partition, leader)]
    if (r === undefined || r.role !== 'leader' || r.leaderEpoch !== p.leaderEpoch) {
      hasData = true // an error answers at once
      continue
    }
    if (p.fetchOffset > r.log.logEndOffset || p.fetchOffset < r.log.logStartOffset) {
      hasData = true // OFFSET_OUT_OF_RANGE, at once
      continue
    }
    recordFollowerFetch(ctx, r, req.follower, p.fetchOffset)
    if (p.fetchOffset < r.log.logEndOffset) hasData = true
  }
  if (hasData || sim.config.broker.replicaFetchWaitMaxMs <= 0) {
    respondFetch(ctx, leader, req)
    return
  }
  const parkId = sim.counters.messageId++
  br.parked[req.follower] = {
    parkId,
    since: sim.tick,
    follower: req.follower,
    token: req.token,
    partitions: req.partitions,
  }
  schedule(sim, sim.config.broker.replicaFetchWaitMaxMs, {
    kind: 'fetchWaitExpired',
    leader,
    follower: req.follower,
    parkId,
  })
}

/** Replica.updateFetchStateOrThrow, then ISR expansion and the HW rule. */
function recordFollowerFetch(ctx: Ctx, r: Replica, follower: BrokerId, fetchOffset: number): void {
  const prev = r.followers[follower]
  if (prev === undefined) return
  r.followers[follower] = updateFetchState(prev, fetchOffset, r.log.logEndOffset, ctx.sim.tick)
  maybeExpandIsr(ctx, r, follower)
  maybeIncrementHighWatermark(ctx, r)
}

const NO_BATCHES: readonly Batch[] = Object.freeze([])

function respondPartition(ctx: Ctx, leader: BrokerId, p: FetchPartition): FetchResponsePartition {
  const r = ctx.sim.replicas[replicaKey(p.partition, leader)]
  if (r === undefined || r.role !== 'leader') {
    return {
      partition: p.partition,
      fetchOffset: p.fetchOffset,
      batches: NO_BATCHES,
      error: 'NOT_LEADER_OR_FOLLOWER',
      highWatermark: 0,
      logStartOffset: 0,
      leaderLogEndOffset: 0,
    }
  }
  const log = r.log
  let error: FetchError | null = null
  if (r.leaderEpoch !== p.leaderEpoch)
    error = p.leaderEpoch < r.leaderEpoch ? 'FENCED_LEADER_EPOCH' : 'UNKNOWN_LEADER_EPOCH'
  else if (p.fetchOffset > log.logEndOffset || p.fetchOffset < log.logStartOffset)
    error = 'OFFSET_OUT_OF_RANGE'
  return {
    partition: p.partition,
    fetchOffset: p.fetchOffset,
    batches:
      error !== null || p.fetchOffset === log.logEndOffset
        ? NO_BATCHES
        : readFrom(log, p.fetchOffset, REPLICA_FETCH_MAX_BYTES),
    error,
    highWatermark: r.highWatermark,
    logStartOffset: log.logStartOffset,
    leaderLogEndOffset: log.logEndOffset,
  }
}

function respondFetch(ctx: Ctx, leader: BrokerId, req: FetchRequest): void {
  let records = 0
  const parts: FetchResponsePartition[] = []
  // Every partition is listed (an empty answer still carries the HW); the view reads the
  // per-partition record counts from the payload.
  const keys: string[] = []
  for (const p of req.partitions) {
    const x = respondPartition(ctx, leader, p)
    for (const b of x.batches) records += b.count
    parts.push(x)
    keys.push(x.partition)
  }
  const resp: FetchResponse = { leader, token: req.token, partitions: parts }
  send(ctx.sim, 'fetchResponse', leader, req.follower, resp, { partitions: keys, records })
}

/** New data at the leader: answer the parked fetches that cover the partition. */
export function completeParkedFetches(ctx: Ctx, leader: BrokerId, partition: string): void {
  const br = ctx.sim.brokers[leader]
  if (br === undefined) return
  for (const f of Object.keys(br.parked)) {
    const parked = br.parked[f]
    if (parked === undefined || !parked.partitions.some((p) => p.partition === partition)) continue
    delete br.parked[f]
    respondFetch(ctx, leader, parked)
  }
}

export function handleFetchWaitExpired(
  ctx: Ctx,
  leader: BrokerId,
  follower: BrokerId,
  parkId: number,
): void {
  const br = ctx.sim.brokers[leader]
  const parked = br?.parked[follower]
  if (br === undefined || parked === undefined || parked.parkId !== parkId) return
  delete br.parked[follower]
  respondFetch(ctx, leader, parked)
}

/** The follower appends what it got, takes the HW, and fetches again at once. */
export function handleFetchResponse(ctx: Ctx, follower: BrokerId, resp: FetchResponse): void {
  const { sim } = ctx
  const br = sim.brokers[follower]
  if (br === undefined || br.status === 'offline' || br.fetchInFlight[resp.leader] !== resp.token)
    return
  let errors = 0
  for (const p of resp.partitions) {
    const r = sim.replicas[replicaKey(p.partition, follower)]
    if (
      r === undefined ||
      r.role !== 'follower' ||
      r.leaderId !== resp.leader ||
      r.fetcher !== 'fetching'
    )
      continue
    if (p.error !== null) {
      errors++
      if (p.error === 'OFFSET_OUT_OF_RANGE')
        handleOutOfRange(ctx, r, p.leaderLogEndOffset, p.logStartOffset)
      continue
    }
    if (r.log.logEndOffset !== p.fetchOffset) continue // a stale answer
    const opts = appendOptions(ctx, r.partition)
    for (const b of p.batches) {
      if (b.baseOffset < r.log.logEndOffset) continue
      const rolled = appendBatch(r.log, b, opts, sim.tick)
      r.epochCache = assignEpoch(r.epochCache, b.epoch, b.baseOffset)
      if (rolled !== null) {
        emit(ctx, {
          type: 'segmentRolled',
          partition: r.partition,
          broker: follower,
          baseOffset: rolled,
          touches: [touchReplica(r.partition, follower)],
        })
      }
    }
    r.highWatermark = followerHighWatermark(
      p.highWatermark,
      r.log.logEndOffset,
      r.log.logStartOffset,
    )
  }
  if (errors > 0 && errors === resp.partitions.length) {
    retryFetchLater(ctx, follower, resp.leader)
    return
  }
  sendFetch(ctx, follower, resp.leader)
}

/**
 * AbstractFetcherThread.handleOutOfRangeError. Below the leader's log start (retention deleted
 * what the follower needs next, e.g. after it was stopped for longer than retention.ms): it empties
 * its log and fetches from the leader's log start (truncateFullyAndStartAt). Beyond the leader's
 * log end: Kafka 0.10 (HW truncation) truncated to the leader's LEO when unclean election was
 * enabled, and halted otherwise; modern Kafka cannot get here. The simulation truncates in both
 * cases and reports it.
 */
function handleOutOfRange(ctx: Ctx, r: Replica, leaderLeo: number, leaderStart: number): void {
  if (leaderStart > r.log.logEndOffset) {
    startAt(ctx, r, leaderStart)
    return
  }
  const from = r.log.logEndOffset
  const removed = truncateAndCheck(ctx, r, leaderLeo)
  if (removed > 0) {
    emit(ctx, {
      type: 'logTruncated',
      partition: r.partition,
      broker: r.brokerId,
      from,
      to: r.log.logEndOffset,
      mode: ctx.sim.config.truncation,
      removed,
      touches: [touchReplica(r.partition, r.brokerId)],
    })
  }
}

/** UnifiedLog.truncateFullyAndStartAt: an empty log from `offset`, its epoch cache cleared. */
function startAt(ctx: Ctx, r: Replica, offset: number): void {
  const from = r.log.logEndOffset
  r.log = createLog(ctx.sim.tick, offset)
  r.epochCache = emptyEpochCache
  r.highWatermark = offset
  r.hwCheckpoint = offset
  emit(ctx, {
    type: 'logRestartedAt',
    partition: r.partition,
    broker: r.brokerId,
    from,
    to: offset,
    touches: [touchReplica(r.partition, r.brokerId)],
  })
}

export function handleSendFetchTimer(
  ctx: Ctx,
  follower: BrokerId,
  leader: BrokerId,
  token: number,
): void {
  const br = ctx.sim.brokers[follower]
  if (br === undefined || br.status === 'offline' || br.fetchInFlight[leader] !== token) return
  sendFetch(ctx, follower, leader)
}
