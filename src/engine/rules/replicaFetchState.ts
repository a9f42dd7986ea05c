// Models kafka.cluster.Replica (trunk 1eb7644): updateFetchStateOrThrow, resetReplicaState and
// ReplicaState.isCaughtUp, plus Partition.isFollowerInSync (the KAFKA-7128 rejoin rule).
// Simplified: the follower's log start offset, LogOffsetMetadata and broker epoch are not kept
// (stale-broker-epoch fencing is the engine's job); only the message offsets and times that drive
// ISR shrink/expand and the HW are modelled.

export interface FollowerFetchState {
  readonly logEndOffset: number
  readonly lastCaughtUpTimeMs: number
  readonly lastFetchLeaderLogEndOffset: number
  readonly lastFetchTimeMs: number
}

/** UnifiedLog.UnknownOffset */
export const UNKNOWN_OFFSET = -1

/** The follower state a brand-new leader starts from (resetReplicaState, follower not in ISR). */
export const unknownFollowerState: FollowerFetchState = {
  logEndOffset: UNKNOWN_OFFSET,
  lastCaughtUpTimeMs: 0,
  lastFetchLeaderLogEndOffset: UNKNOWN_OFFSET,
  lastFetchTimeMs: 0,
}

/** ReplicaState.Empty (a freshly constructed Replica): as above but lastFetchLeaderLogEndOffset 0. */
export const emptyFollowerState: FollowerFetchState = {
  ...unknownFollowerState,
  lastFetchLeaderLogEndOffset: 0,
}

/**
 * resetReplicaState for a new leader (isNewLeader = true): everything unknown, except that a
 * follower in the ISR counts as caught up now.
 */
export function resetFollowerState(inIsr: boolean, nowMs: number): FollowerFetchState {
  return { ...unknownFollowerState, lastCaughtUpTimeMs: inIsr ? nowMs : 0 }
}

/**
 * resetReplicaState when the same leader is re-elected (isNewLeader = false): the follower's LEO is
 * kept, the leader LEO becomes the reference and the times are now (in ISR) or 0 (out of it).
 */
export function resetFollowerStateOnReelection(
  s: FollowerFetchState,
  inIsr: boolean,
  nowMs: number,
  leaderLogEndOffset: number,
): FollowerFetchState {
  const t = inIsr ? nowMs : 0
  return {
    logEndOffset: s.logEndOffset,
    lastCaughtUpTimeMs: t,
    lastFetchLeaderLogEndOffset: leaderLogEndOffset,
    lastFetchTimeMs: t,
  }
}

/**
 * updateFetchStateOrThrow: a fetch at `nowMs` with `fetchOffset` while the leader LEO is
 * `leaderLogEndOffset`. Caught up to the current leader LEO => caught up now; caught up to the
 * leader LEO seen at the previous fetch => caught up as of the previous fetch.
 */
export function updateFetchState(
  s: FollowerFetchState,
  fetchOffset: number,
  leaderLogEndOffset: number,
  nowMs: number,
): FollowerFetchState {
  let lastCaughtUpTimeMs = s.lastCaughtUpTimeMs
  if (fetchOffset >= leaderLogEndOffset) {
    lastCaughtUpTimeMs = Math.max(s.lastCaughtUpTimeMs, nowMs)
  } else if (fetchOffset >= s.lastFetchLeaderLogEndOffset) {
    lastCaughtUpTimeMs = Math.max(s.lastCaughtUpTimeMs, s.lastFetchTimeMs)
  }
  return {
    logEndOffset: fetchOffset,
    lastCaughtUpTimeMs,
    lastFetchLeaderLogEndOffset: Math.max(leaderLogEndOffset, s.lastFetchLeaderLogEndOffset),
    lastFetchTimeMs: nowMs,
  }
}

/** ReplicaState.isCaughtUp: at the leader LEO, or fully caught up within the lag time. */
export function isCaughtUp(
  s: FollowerFetchState,
  leaderLogEndOffset: number,
  nowMs: number,
  replicaLagTimeMaxMs: number,
): boolean {
  return (
    leaderLogEndOffset === s.logEndOffset || nowMs - s.lastCaughtUpTimeMs <= replicaLagTimeMaxMs
  )
}

/**
 * Partition.isFollowerInSync (ISR expansion): the follower has reached the leader HW and the start
 * of the leader's current epoch (KAFKA-7128, 2.1+). Eligibility (alive, unfenced, not shutting
 * down, matching broker epoch) is checked by the caller.
 */
export function canRejoinIsr(
  followerLeo: number,
  leaderHw: number,
  leaderEpochStartOffset: number,
): boolean {
  return followerLeo >= leaderHw && followerLeo >= leaderEpochStartOffset
}
