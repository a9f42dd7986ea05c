// ISR changes (Partition.maybeShrinkIsr / maybeExpandIsr, KIP-497 AlterPartition). The leader
// checks every replica.lag.time.max.ms / 2 for followers that have not caught up within the lag
// time and, on each fetch, for an out-of-sync follower that has reached the HW and the start of
// the leader's epoch (KAFKA-7128). It does not change the ISR itself: it proposes the change to
// the controller, one change at a time, and applies it when committed. A leader cut off from the
// controller therefore cannot shrink its ISR (and its acks=all writes stall).

import { type Ctx, emit, touchPartition } from '../ctx'
import { replicasOnBroker } from '../lookup'
import type { BrokerId, Replica } from '../model'
import { send } from '../network'
import { schedule } from '../scheduler'
import { maybeIncrementHighWatermark } from './highWatermarkUpdate'
import { publishPartition } from './metadata'
import { completeWaitingProduces } from './producePurgatory'
import { canRejoinIsr, isCaughtUp } from './replicaFetchState'

interface AlterPartitionRequest {
  readonly partition: string
  readonly leader: BrokerId
  readonly leaderEpoch: number
  readonly partitionEpoch: number
  readonly newIsr: readonly BrokerId[]
  readonly reason: 'lag' | 'caughtUp'
}

interface AlterPartitionResponse {
  readonly partition: string
  readonly ok: boolean
  readonly isr: readonly BrokerId[]
  readonly leaderEpoch: number
  readonly partitionEpoch: number
}

/** Start offset of the leader's current epoch (the epoch cache entry for it). */
function leaderEpochStartOffset(r: Replica): number {
  for (let i = r.epochCache.length - 1; i >= 0; i--) {
    const e = r.epochCache[i]
    if (e !== undefined && e.epoch === r.leaderEpoch) return e.startOffset
  }
  return r.log.logEndOffset
}

export function maybeExpandIsr(ctx: Ctx, r: Replica, follower: BrokerId): void {
  const { sim } = ctx
  if (r.role !== 'leader' || r.pendingIsr !== null || r.isr.includes(follower)) return
  const s = r.followers[follower]
  const br = sim.brokers[follower]
  if (s === undefined || br === undefined || br.fenced || br.shuttingDown) return
  if (!canRejoinIsr(s.logEndOffset, r.highWatermark, leaderEpochStartOffset(r))) return
  proposeIsr(
    ctx,
    r,
    [...r.isr, follower].sort((a, b) => a - b),
    'caughtUp',
  )
}

/** The isr-expiration task of one broker. */
export function maybeShrinkIsr(ctx: Ctx, broker: BrokerId): void {
  const { sim } = ctx
  const lag = sim.config.broker.replicaLagTimeMaxMs
  for (const r of replicasOnBroker(sim, broker)) {
    if (r.role !== 'leader' || r.pendingIsr !== null) continue
    const leo = r.log.logEndOffset
    const outOfSync = r.isr.filter((f) => {
      if (f === r.brokerId) return false
      const s = r.followers[f]
      return s === undefined || !isCaughtUp(s, leo, sim.tick, lag)
    })
    if (outOfSync.length === 0) continue
    proposeIsr(
      ctx,
      r,
      r.isr.filter((f) => !outOfSync.includes(f)),
      'lag',
    )
  }
}

function proposeIsr(ctx: Ctx, r: Replica, newIsr: BrokerId[], reason: 'lag' | 'caughtUp'): void {
  const { sim } = ctx
  const controller = sim.controller.activeId
  const req: AlterPartitionRequest = {
    partition: r.partition,
    leader: r.brokerId,
    leaderEpoch: r.leaderEpoch,
    partitionEpoch: r.partitionEpoch,
    newIsr,
    reason,
  }
  const id =
    controller === null
      ? null
      : send(sim, 'alterPartition', r.brokerId, controller, req, { partitions: [r.partition] })
  if (id === null) return // no controller reachable: the check runs again later
  r.pendingIsr = newIsr
  if (reason === 'caughtUp') maybeIncrementHighWatermark(ctx, r)
}

/** The controller validates and commits an ISR change (ReplicationControlManager.alterPartition). */
export function handleAlterPartition(
  ctx: Ctx,
  controller: BrokerId,
  req: AlterPartitionRequest,
): void {
  const { sim } = ctx
  if (sim.controller.activeId !== controller) return
  const meta = sim.partitions[req.partition]
  if (meta === undefined) return
  const valid =
    meta.leader === req.leader &&
    meta.leaderEpoch === req.leaderEpoch &&
    meta.partitionEpoch === req.partitionEpoch &&
    req.newIsr.includes(req.leader) &&
    req.newIsr.every((b) => meta.isr.includes(b) || !(sim.brokers[b]?.fenced ?? true))
  if (valid) {
    const removed = meta.isr.filter((b) => !req.newIsr.includes(b))
    const added = req.newIsr.filter((b) => !meta.isr.includes(b))
    meta.isr = req.newIsr.slice()
    meta.partitionEpoch++
    if (removed.length > 0) {
      sim.metrics.isrShrinks++
      emit(ctx, {
        type: 'isrShrunk',
        partition: meta.key,
        removed,
        isr: meta.isr.slice(),
        reason: 'lag',
        touches: [touchPartition(meta.key), ...removed.map((b) => `replica-${meta.key}-${b}`)],
      })
    }
    if (added.length > 0) {
      sim.metrics.isrExpands++
      emit(ctx, {
        type: 'isrExpanded',
        partition: meta.key,
        added,
        isr: meta.isr.slice(),
        touches: [touchPartition(meta.key), ...added.map((b) => `replica-${meta.key}-${b}`)],
      })
    }
    publishPartition(ctx, meta)
  }
  const resp: AlterPartitionResponse = {
    partition: meta.key,
    ok: valid,
    isr: meta.isr.slice(),
    leaderEpoch: meta.leaderEpoch,
    partitionEpoch: meta.partitionEpoch,
  }
  send(sim, 'alterPartitionResponse', controller, req.leader, resp, { partitions: [meta.key] })
}

export function handleAlterPartitionResponse(
  ctx: Ctx,
  broker: BrokerId,
  resp: AlterPartitionResponse,
): void {
  const r = ctx.sim.replicas[`${resp.partition}@${broker}`]
  if (r === undefined || r.role !== 'leader') return
  r.pendingIsr = null
  if (!resp.ok || resp.leaderEpoch !== r.leaderEpoch || resp.partitionEpoch < r.partitionEpoch)
    return
  r.isr = resp.isr.slice()
  r.partitionEpoch = resp.partitionEpoch
  maybeIncrementHighWatermark(ctx, r)
  completeWaitingProduces(ctx, r)
}

/** Starts a broker's isr-expiration task (every replica.lag.time.max.ms / 2). */
export function scheduleIsrExpiration(ctx: Ctx, broker: BrokerId, inc: number): void {
  schedule(ctx.sim, Math.max(1, Math.floor(ctx.sim.config.broker.replicaLagTimeMaxMs / 2)), {
    kind: 'isrExpiration',
    broker,
    inc,
  })
}
