// Partition.maybeIncrementLeaderHW on the live state: gathers what the leader knows of its
// followers, applies the HW rule (highWatermark.ts), and when the HW moves marks the records below
// it committed and completes the produce requests waiting for it (the produce purgatory) and the
// consumer fetches parked for data (DelayedFetch).

import type { Ctx } from '../ctx'
import { wakeConsumerFetches } from '../groups/parkedFetches'
import { partitionConfig } from '../lookup'
import type { Replica } from '../model'
import { computeLeaderHighWatermark, type HwFollower } from './highWatermark'
import { completeWaitingProduces } from './producePurgatory'
import { markCommitted } from './recordFate'
import { isCaughtUp } from './replicaFetchState'

export function maybeIncrementHighWatermark(ctx: Ctx, r: Replica): boolean {
  const { sim } = ctx
  if (r.role !== 'leader') return false
  const meta = sim.partitions[r.partition]
  if (meta === undefined) return false
  const cfg = partitionConfig(sim, r.partition)
  const leo = r.log.logEndOffset
  const lag = sim.config.broker.replicaLagTimeMaxMs
  const followers: HwFollower[] = []
  for (const f of meta.replicas) {
    if (f === r.brokerId) continue
    const s = r.followers[f]
    if (s === undefined) continue
    const br = sim.brokers[f]
    followers.push({
      brokerId: f,
      logEndOffset: s.logEndOffset,
      inMaximalIsr: r.isr.includes(f) || (r.pendingIsr?.includes(f) ?? false),
      caughtUp: isCaughtUp(s, leo, sim.tick, lag),
      isrEligible: br !== undefined && !br.fenced && !br.shuttingDown,
    })
  }
  const before = r.highWatermark
  const hw = computeLeaderHighWatermark({
    currentHw: before,
    leaderLogEndOffset: leo,
    isrSize: r.isr.length,
    minInsyncReplicas: cfg.minInsyncReplicas,
    replicationFactor: meta.replicas.length,
    followers,
  })
  if (hw <= before) return false
  r.highWatermark = hw
  markCommitted(ctx, r, before, hw)
  completeWaitingProduces(ctx, r)
  wakeConsumerFetches(ctx, r.brokerId, r.partition)
  return true
}
