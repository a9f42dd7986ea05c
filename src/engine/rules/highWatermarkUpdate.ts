// Partition.maybeIncrementLeaderHW on the live state: gathers what the leader knows of its
// followers, applies the HW rule (highWatermark.ts), and when the HW moves marks the records below
// it committed and completes the produce requests waiting for it (the produce purgatory) and the
// consumer fetches parked for data (DelayedFetch).

import type { Ctx } from '../ctx'
import { wakeConsumerFetches } from '../groups/parkedFetches'
import { isOffsetsPartition, offsetsHighWatermarkMoved } from '../groups/watch'
import { partitionConfig } from '../lookup'
import type { Replica } from '../model'
import { computeLeaderHighWatermark, type HwFollower, type LeaderHwInput } from './highWatermark'
import { completeWaitingProduces } from './producePurgatory'
import { markCommitted } from './recordFate'
import { isCaughtUp } from './replicaFetchState'

type Mutable<T> = { -readonly [K in keyof T]: T[K] }

// Scratch input for the HW rule, reused by every call: the hot path allocates nothing. Only
// `followers.length` entries are read.
const scratchFollowers: Mutable<HwFollower>[] = []
const scratch: Mutable<LeaderHwInput> & { followers: Mutable<HwFollower>[] } = {
  currentHw: 0,
  leaderLogEndOffset: 0,
  isrSize: 0,
  minInsyncReplicas: 0,
  replicationFactor: 0,
  followers: scratchFollowers,
}

export function maybeIncrementHighWatermark(ctx: Ctx, r: Replica): boolean {
  const { sim } = ctx
  // The HW never passes the leader's LEO: at the LEO already (an idle partition), nothing to do.
  if (r.role !== 'leader' || r.highWatermark >= r.log.logEndOffset) return false
  const meta = sim.partitions[r.partition]
  if (meta === undefined) return false
  const cfg = partitionConfig(sim, r.partition)
  const leo = r.log.logEndOffset
  const lag = sim.config.broker.replicaLagTimeMaxMs
  let n = 0
  for (const f of meta.replicas) {
    if (f === r.brokerId) continue
    const s = r.followers[f]
    if (s === undefined) continue
    const br = sim.brokers[f]
    let x = scratchFollowers[n]
    if (x === undefined) {
      x = { brokerId: 0, logEndOffset: 0, inMaximalIsr: false, caughtUp: false, isrEligible: false }
      scratchFollowers[n] = x
    }
    x.brokerId = f
    x.logEndOffset = s.logEndOffset
    x.inMaximalIsr = r.isr.includes(f) || (r.pendingIsr?.includes(f) ?? false)
    x.caughtUp = isCaughtUp(s, leo, sim.tick, lag)
    x.isrEligible = br !== undefined && !br.fenced && !br.shuttingDown
    n++
  }
  const before = r.highWatermark
  scratch.currentHw = before
  scratch.leaderLogEndOffset = leo
  scratch.isrSize = r.isr.length
  scratch.minInsyncReplicas = cfg.minInsyncReplicas
  scratch.replicationFactor = meta.replicas.length
  scratchFollowers.length = n
  const hw = computeLeaderHighWatermark(scratch)
  if (hw <= before) return false
  r.highWatermark = hw
  markCommitted(ctx, r, before, hw)
  completeWaitingProduces(ctx, r)
  wakeConsumerFetches(ctx, r.brokerId, r.partition)
  // A coordinator's parked stores complete as its offsets partition's HW moves (groups/watch.ts).
  if (isOffsetsPartition(r.partition)) offsetsHighWatermarkMoved(ctx.sim, r.partition)
  return true
}
