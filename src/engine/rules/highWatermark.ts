// Models Partition.maybeIncrementLeaderHW + UnifiedLog.maybeIncrementHighWatermark on the leader
// (trunk, 3.7+ min-ISR gate of KAFKA-15583) and UnifiedLog.updateHighWatermark on the follower.
// Simplified: offsets only (no LogOffsetMetadata / segment positions); each follower's caught-up and
// ISR-eligibility flags are computed by the caller (replicaFetchState.isCaughtUp and the metadata).

export interface HwFollower {
  readonly brokerId: number
  readonly logEndOffset: number
  /** In the committed ISR or an in-flight AlterPartition addition (KIP-497 maximal ISR). */
  readonly inMaximalIsr: boolean
  /** ReplicaState.isCaughtUp(leader LEO, now, replica.lag.time.max.ms). */
  readonly caughtUp: boolean
  /** KRaft: unfenced, not in controlled shutdown, matching broker epoch. */
  readonly isrEligible: boolean
}

export interface LeaderHwInput {
  readonly currentHw: number
  readonly leaderLogEndOffset: number
  /** Size of the committed ISR (leader included). */
  readonly isrSize: number
  readonly minInsyncReplicas: number
  readonly replicationFactor: number
  readonly followers: readonly HwFollower[]
}

/** Partition.isUnderMinIsr: ISR smaller than min(min.insync.replicas, replication factor). */
export function isUnderMinIsr(
  isrSize: number,
  minInsyncReplicas: number,
  replicationFactor: number,
): boolean {
  return isrSize < Math.min(minInsyncReplicas, replicationFactor)
}

/**
 * The leader's HW after maybeIncrementLeaderHW: unchanged while under min ISR; otherwise the
 * minimum of the leader LEO and the LEO of every follower that is in the maximal ISR, or caught
 * up and ISR-eligible (so it will soon join). Never moves backwards.
 */
export function computeLeaderHighWatermark(input: LeaderHwInput): number {
  if (isUnderMinIsr(input.isrSize, input.minInsyncReplicas, input.replicationFactor)) {
    return input.currentHw
  }
  let newHw = input.leaderLogEndOffset
  for (const f of input.followers) {
    const holdsBack = f.inMaximalIsr || (f.caughtUp && f.isrEligible)
    if (f.logEndOffset < newHw && holdsBack) newHw = f.logEndOffset
  }
  return Math.max(input.currentHw, newHw)
}

/**
 * Follower HW from a fetch response (UnifiedLog.updateHighWatermark): the leader's HW clamped to
 * [logStartOffset, follower LEO].
 */
export function followerHighWatermark(
  leaderHw: number,
  followerLogEndOffset: number,
  logStartOffset: number,
): number {
  if (leaderHw < logStartOffset) return logStartOffset
  if (leaderHw > followerLogEndOffset) return followerLogEndOffset
  return leaderHw
}
