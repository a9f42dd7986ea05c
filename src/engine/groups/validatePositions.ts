// KIP-320 on the consumer (SubscriptionState's AWAIT_VALIDATION, OffsetFetcher.validatePositions).
// A position carries the leader epoch of the record before it (offsetEpoch) and the leader epoch it
// was validated against. When the consumer's metadata shows another leader epoch for a partition,
// the position is validated before the next fetch: an OffsetsForLeaderEpoch to the leader asks where
// offsetEpoch ends in its log. If it ends below the position, the log was truncated under the
// consumer and offsets it passed may be reused: the position moves back to the first offset known
// to diverge (with auto.offset.reset=none, poll() throws LogTruncationException instead). An
// undefined answer leaves it to auto.offset.reset. A position without an epoch (from a commit or a
// reset: the sim keeps no epoch with either) has nothing to validate. Fetches carry the metadata's
// leader epoch: a leader with a newer one answers FENCED_LEADER_EPOCH and the consumer refreshes
// its metadata, which starts the validation.

import { type Ctx, emit, touchPartition } from '../ctx'
import { endOffsetFor } from '../log/leaderEpochCache'
import type { BrokerId } from '../model'
import { replicaKey } from '../model'
import { send } from '../network'
import { failConsumer, requestPoll, wantMetadata } from './client'
import { brokerUp, nextSeq, touches } from './lookup'
import type { Consumer, FetchEpochs, GroupEntry } from './model'
import { consumerEndpoint } from './model'
import type { ConsumerEpochRequest, ConsumerEpochResponse } from './protocol'
import { resetPosition } from './updateFetchPositions'

/** The KIP-320 state of the position `pos`, started afresh if the position moved another way. */
export function fetchEpochsOf(c: Consumer, p: string, pos: number): FetchEpochs {
  const s = c.fetchEpochs[p]
  if (s !== undefined && s.offset === pos) return s
  const fresh = {
    offset: pos,
    offsetEpoch: -1,
    leaderEpoch: c.leaderEpochs[p] ?? -1,
    validation: 0,
  }
  c.fetchEpochs[p] = fresh
  return fresh
}

/** Records fetched up to `next` (exclusive), the last one written in leader epoch `epoch`. */
export function noteFetchedEpoch(
  c: Consumer,
  p: string,
  next: number,
  epoch: number,
  leaderEpoch: number,
): void {
  c.fetchEpochs[p] = { offset: next, offsetEpoch: epoch, leaderEpoch, validation: 0 }
}

/**
 * Before fetching `p` (SubscriptionState.maybeValidatePositionForCurrentLeader): whether the
 * position awaits validation, in which case it is not fetched; sends the OffsetsForLeaderEpoch.
 */
export function awaitingValidation(
  ctx: Ctx,
  c: Consumer,
  p: string,
  pos: number,
  leader: BrokerId,
): boolean {
  const s = fetchEpochsOf(c, p, pos)
  if (s.validation !== 0) return true
  const current = c.leaderEpochs[p] ?? -1
  if (s.leaderEpoch === current) return false
  if (s.offsetEpoch < 0 || current < 0) {
    s.leaderEpoch = current
    return false
  }
  const id = nextSeq(ctx.sim)
  const req: ConsumerEpochRequest = {
    id,
    group: c.group,
    clientId: c.clientId,
    inc: c.incarnation,
    partition: p,
    currentLeaderEpoch: current,
    leaderEpoch: s.offsetEpoch,
  }
  const from = consumerEndpoint(c.group, c.clientId)
  if (send(ctx.sim, 'consumerEpochs', from, leader, req, { partitions: [p] }) === null)
    wantMetadata(ctx, c)
  else s.validation = id
  return true
}

/** The leader answers from its leader-epoch cache, fenced to its current epoch. */
export function handleConsumerEpochs(ctx: Ctx, broker: BrokerId, req: ConsumerEpochRequest): void {
  const { sim } = ctx
  const r = sim.replicas[replicaKey(req.partition, broker)]
  const base = {
    id: req.id,
    broker,
    partition: req.partition,
    currentLeaderEpoch: req.currentLeaderEpoch,
  }
  let resp: ConsumerEpochResponse
  if (r === undefined || r.role !== 'leader' || !brokerUp(sim, broker))
    resp = { ...base, error: 'NOT_LEADER_OR_FOLLOWER', leaderEpoch: -1, endOffset: -1 }
  else if (req.currentLeaderEpoch !== r.leaderEpoch) {
    const error =
      req.currentLeaderEpoch < r.leaderEpoch ? 'FENCED_LEADER_EPOCH' : 'UNKNOWN_LEADER_EPOCH'
    resp = { ...base, error, leaderEpoch: -1, endOffset: -1 }
  } else {
    const a = endOffsetFor(r.epochCache, req.leaderEpoch, r.log.logEndOffset)
    resp = { ...base, error: null, leaderEpoch: a.epoch, endOffset: a.endOffset }
  }
  send(sim, 'consumerEpochsResponse', broker, consumerEndpoint(req.group, req.clientId), resp, {
    partitions: [req.partition],
  })
}

/** The OffsetsForLeaderEpoch never reached the leader: refresh metadata, validate again. */
export function handleConsumerEpochsUndeliverable(
  ctx: Ctx,
  c: Consumer,
  req: ConsumerEpochRequest,
): void {
  const s = c.fetchEpochs[req.partition]
  if (s === undefined || s.validation !== req.id) return
  s.validation = 0
  wantMetadata(ctx, c)
}

/** SubscriptionState.maybeCompleteValidation. */
export function handleConsumerEpochsResponse(
  ctx: Ctx,
  g: GroupEntry,
  c: Consumer,
  resp: ConsumerEpochResponse,
): void {
  const p = resp.partition
  const s = c.fetchEpochs[p]
  if (s === undefined || s.validation !== resp.id) return
  s.validation = 0
  // The position moved (or the partition went) while the request was out: nothing to complete.
  if (!c.assigned.includes(p) || c.positions[p] !== s.offset) {
    requestPoll(ctx, c)
    return
  }
  if (resp.error !== null) {
    wantMetadata(ctx, c)
    return
  }
  const known = resp.endOffset >= 0 && resp.leaderEpoch >= 0
  if (known && resp.endOffset >= s.offset) {
    s.leaderEpoch = resp.currentLeaderEpoch
    requestPoll(ctx, c)
    return
  }
  const policy = g.config.autoOffsetReset
  const divergedAt = known ? resp.endOffset : null
  emit(ctx, {
    type: 'consumerTruncationDetected',
    group: g.id,
    clientId: c.clientId,
    partition: p,
    from: s.offset,
    epoch: s.offsetEpoch,
    divergedAt,
    action: policy === 'none' ? 'fail' : divergedAt === null ? 'reset' : 'seek',
    touches: [...touches(g.id, c.clientId), touchPartition(p)],
  })
  if (policy === 'none') {
    failConsumer(
      ctx,
      c,
      'LogTruncationException',
      known
        ? `${p} was truncated under offset ${s.offset}: it diverges from offset ${resp.endOffset} and auto.offset.reset=none`
        : `${p} was truncated under offset ${s.offset}, where is unknown, and auto.offset.reset=none`,
    )
    return
  }
  if (divergedAt === null) {
    resetPosition(ctx, g, c, p, s.offset)
    return
  }
  delete c.buffer[p]
  c.positions[p] = divergedAt
  c.fetchEpochs[p] = {
    offset: divergedAt,
    offsetEpoch: resp.leaderEpoch,
    leaderEpoch: resp.currentLeaderEpoch,
    validation: 0,
  }
  requestPoll(ctx, c)
}
