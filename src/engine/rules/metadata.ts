// Metadata propagation (KRaft): the controller commits a partition change to the metadata log
// and every broker hosting a replica replays it after a network delay, then acts on it:
// `becomeLeader` or `becomeFollower` (ReplicaManager.applyDelta -> makeLeaders / makeFollowers).
// A broker that cannot reach the controller (dead or isolated) keeps acting on its stale view
// until it catches up, which is how an isolated leader keeps accepting writes.
// Simplification: a partition's record is sent whole each time, not as a delta log.

import { type Ctx, emit, touchReplica } from '../ctx'
import { wakeConsumerFetches } from '../groups/parkedFetches'
import { isOffsetsPartition, watchGroups } from '../groups/watch'
import { assignEpoch, latestEpoch, truncateFromEnd } from '../log/leaderEpochCache'
import { truncateTo } from '../log/replicaLog'
import type { BrokerId, PartitionMeta, Replica } from '../model'
import { replicaKey } from '../model'
import { send } from '../network'
import { ensureFetching } from './fetch'
import { maybeIncrementHighWatermark } from './highWatermarkUpdate'
import { completeWaitingProduces } from './producePurgatory'
import { checkLossOnNewLeader, checkLossOnTruncation } from './recordFate'
import { resetFollowerState } from './replicaFetchState'
import { startReconciliation } from './truncate'

export interface MetadataPayload {
  readonly key: string
  readonly leader: BrokerId | null
  readonly leaderEpoch: number
  readonly partitionEpoch: number
  readonly isr: readonly BrokerId[]
  readonly replicas: readonly BrokerId[]
}

function payloadOf(m: PartitionMeta): MetadataPayload {
  return {
    key: m.key,
    leader: m.leader,
    leaderEpoch: m.leaderEpoch,
    partitionEpoch: m.partitionEpoch,
    isr: m.isr.slice(),
    replicas: m.replicas.slice(),
  }
}

/** Commits a change of `meta` and sends it to every broker hosting a replica. */
export function publishPartition(ctx: Ctx, meta: PartitionMeta): void {
  const { sim } = ctx
  sim.controller.metadataOffset++
  // A coordinator follows its offsets partition's leader (groups/watch.ts).
  if (isOffsetsPartition(meta.key)) watchGroups(sim)
  const from = sim.controller.activeId
  if (from === null) return
  for (const b of meta.replicas) sendPartitionMetadata(ctx, from, b, meta)
}

function sendPartitionMetadata(ctx: Ctx, from: BrokerId, to: BrokerId, meta: PartitionMeta): void {
  send(ctx.sim, 'metadata', from, to, payloadOf(meta), { partitions: [meta.key] })
}

/** A broker (re)joining catches up with every partition it hosts. */
export function syncBrokerMetadata(ctx: Ctx, broker: BrokerId): void {
  const { sim } = ctx
  const from = sim.controller.activeId
  if (from === null) return
  for (const key of Object.keys(sim.partitions)) {
    const meta = sim.partitions[key] as PartitionMeta
    if (meta.replicas.includes(broker)) sendPartitionMetadata(ctx, from, broker, meta)
  }
}

/** A broker replays a partition record. */
export function applyPartitionMetadata(ctx: Ctx, broker: BrokerId, m: MetadataPayload): void {
  const r = ctx.sim.replicas[replicaKey(m.key, broker)]
  if (r === undefined) return
  if (m.leaderEpoch < r.leaderEpoch) return
  if (m.leaderEpoch === r.leaderEpoch && m.partitionEpoch <= r.partitionEpoch && r.role !== 'none')
    return
  const newEpoch = m.leaderEpoch > r.leaderEpoch || r.role === 'none'
  if (isOffsetsPartition(m.key)) watchGroups(ctx.sim)
  r.partitionEpoch = m.partitionEpoch
  r.isr = m.isr.slice()
  if (m.leader === broker) {
    if (newEpoch || r.role !== 'leader') becomeLeader(ctx, r, m)
    else {
      if (r.pendingIsr !== null && sameSet(r.pendingIsr, m.isr)) r.pendingIsr = null
      maybeIncrementHighWatermark(ctx, r)
    }
  } else if (m.leader !== null) {
    if (newEpoch || r.role !== 'follower' || r.leaderId !== m.leader) becomeFollower(ctx, r, m)
  } else {
    r.role = 'none'
    r.leaderId = null
    r.leaderEpoch = m.leaderEpoch
    r.fetcher = 'none'
  }
  // Requests parked here for this partition learn that it is no longer the leader: consumer
  // fetches, and produce requests waiting for the HW (ReplicaManager.makeFollowers completes
  // them with NOT_LEADER_OR_FOLLOWER; left waiting, a later HW could acknowledge them against a
  // log that was truncated and rewritten meanwhile).
  if (r.role !== 'leader') {
    wakeConsumerFetches(ctx, broker, m.key)
    completeWaitingProduces(ctx, r)
  }
}

function sameSet(a: readonly number[], b: readonly number[]): boolean {
  return a.length === b.length && a.every((x) => b.includes(x))
}

/** Partition.makeLeader: stamp the new epoch at the log end, reset what it knows of followers. */
function becomeLeader(ctx: Ctx, r: Replica, m: MetadataPayload): void {
  const { sim } = ctx
  r.role = 'leader'
  r.leaderId = r.brokerId
  r.leaderEpoch = m.leaderEpoch
  r.fetcher = 'none'
  r.pendingIsr = null
  r.epochCache = assignEpoch(r.epochCache, m.leaderEpoch, r.log.logEndOffset)
  r.followers = {}
  for (const f of m.replicas) {
    if (f !== r.brokerId) r.followers[f] = resetFollowerState(m.isr.includes(f), sim.tick)
  }
  checkLossOnNewLeader(ctx, r)
  maybeIncrementHighWatermark(ctx, r)
}

/**
 * Partition.makeFollower. With `high-watermark` truncation (before Kafka 0.11) the replica cuts
 * its log back to its own HW at once; with `leader-epoch` it asks the leader first
 * (OffsetsForLeaderEpoch, KIP-101/279) and truncates only what actually diverges.
 */
function becomeFollower(ctx: Ctx, r: Replica, m: MetadataPayload): void {
  const { sim } = ctx
  r.role = 'follower'
  r.leaderId = m.leader
  r.leaderEpoch = m.leaderEpoch
  r.followers = {}
  r.pendingIsr = null
  if (sim.config.truncation === 'high-watermark') {
    const from = r.log.logEndOffset
    const removedIds = truncateAndCheck(ctx, r, r.highWatermark)
    if (removedIds > 0) {
      emit(ctx, {
        type: 'logTruncated',
        partition: r.partition,
        broker: r.brokerId,
        from,
        to: r.log.logEndOffset,
        mode: 'high-watermark',
        removed: removedIds,
        touches: [touchReplica(r.partition, r.brokerId)],
      })
    }
    r.fetcher = 'fetching'
    ensureFetching(ctx, r.brokerId, m.leader as BrokerId)
  } else {
    startReconciliation(ctx, r, latestEpoch(r.epochCache))
  }
}

/** Truncates a replica's log (and its epoch cache and HW) and reports any loss; returns the count. */
export function truncateAndCheck(ctx: Ctx, r: Replica, offset: number): number {
  if (offset >= r.log.logEndOffset) return 0
  checkLossOnTruncation(ctx, r, offset)
  const removed = truncateTo(r.log, offset)
  r.epochCache = truncateFromEnd(r.epochCache, r.log.logEndOffset)
  r.highWatermark = Math.min(r.highWatermark, r.log.logEndOffset)
  r.hwCheckpoint = Math.min(r.hwCheckpoint, r.log.logEndOffset)
  return removed
}
