// Models the follower's truncation step: AbstractFetcherThread.getOffsetTruncationState (KIP-279,
// 2.0+ and trunk), ReplicaFetcherThread.maybeTruncate @0.11 (KIP-101, OffsetsForLeaderEpoch v0), the
// pre-0.11 truncate-to-HW rule, and the leader's OffsetsForLeaderEpoch answer in both protocols.
// Simplified: the log is reduced to (epoch cache, LEO, HW); request/response transport, errors,
// fencing of stale leader epochs and the future-replica (alter-log-dir) path are left to the engine.

import type { EpochCache } from '../log/leaderEpochCache'
import {
  endOffsetFor,
  latestEpoch,
  truncateFromEnd,
  UNDEFINED_EPOCH,
  UNDEFINED_EPOCH_OFFSET,
} from '../log/leaderEpochCache'

export type EpochTruncationMode = 'kip101' | 'kip279'

export interface FollowerTruncationView {
  readonly cache: EpochCache
  readonly logEndOffset: number
  readonly highWatermark: number
}

export interface LeaderEpochAnswer {
  readonly leaderEpoch: number
  readonly endOffset: number
}

export type TruncationDecision = {
  readonly truncateTo: number
  readonly completed: boolean
  readonly nextRequestEpoch?: number
}

/**
 * OffsetsForLeaderEpoch v0 on the leader (LeaderEpochFileCache.endOffsetFor @0.11-1.1): the LEO
 * for the latest epoch, else the start of the first later epoch; UNDEFINED when the epoch is
 * UNDEFINED, below the first cached epoch, or no later epoch exists. Only an offset is returned.
 */
function legacyEndOffsetFor(cache: EpochCache, requestedEpoch: number, leo: number): number {
  if (requestedEpoch === UNDEFINED_EPOCH) return UNDEFINED_EPOCH_OFFSET
  if (requestedEpoch === latestEpoch(cache)) return leo
  const first = cache[0]
  const higher = cache.find((e) => e.epoch > requestedEpoch)
  if (higher === undefined || first === undefined || requestedEpoch < first.epoch) {
    return UNDEFINED_EPOCH_OFFSET
  }
  return higher.startOffset
}

/** What the leader answers to OffsetsForLeaderEpoch(requestedEpoch). */
export function leaderAnswerFor(
  leaderCache: EpochCache,
  leaderLogEndOffset: number,
  requestedEpoch: number,
  mode: EpochTruncationMode,
): LeaderEpochAnswer {
  if (mode === 'kip101') {
    const endOffset = legacyEndOffsetFor(leaderCache, requestedEpoch, leaderLogEndOffset)
    return { leaderEpoch: UNDEFINED_EPOCH, endOffset }
  }
  const r = endOffsetFor(leaderCache, requestedEpoch, leaderLogEndOffset)
  return { leaderEpoch: r.epoch, endOffset: r.endOffset }
}

/**
 * getOffsetTruncationState given the follower's own endOffsetFor(answer.leaderEpoch) result
 * (what ReplicaFetcherThreadTest mocks). `initialFetchOffset` is the follower HW.
 */
export function offsetTruncationState(
  followerEnd: { readonly epoch: number; readonly endOffset: number },
  followerLogEndOffset: number,
  initialFetchOffset: number,
  answer: LeaderEpochAnswer,
): { truncateTo: number; completed: boolean } {
  const leo = followerLogEndOffset
  if (answer.endOffset === UNDEFINED_EPOCH_OFFSET) {
    // Truncate to the initial fetch offset (the HW); it never exceeds the LEO.
    return { truncateTo: Math.min(initialFetchOffset, leo), completed: true }
  }
  if (answer.leaderEpoch === UNDEFINED_EPOCH) {
    // Old protocol (v0 answer): only the leader's end offset is known.
    return { truncateTo: Math.min(answer.endOffset, leo), completed: true }
  }
  if (followerEnd.endOffset === UNDEFINED_EPOCH_OFFSET) {
    // The follower tracks no epoch <= the leader's: trust the leader's end offset.
    return { truncateTo: Math.min(answer.endOffset, leo), completed: true }
  }
  if (followerEnd.epoch !== answer.leaderEpoch) {
    // The follower does not know the leader's epoch: truncate to the end of its own largest
    // earlier epoch and ask again.
    return { truncateTo: Math.min(followerEnd.endOffset, leo), completed: false }
  }
  return {
    truncateTo: Math.min(followerEnd.endOffset, answer.endOffset, leo),
    completed: true,
  }
}

/**
 * UnifiedLog.truncateTo applied to the view: a no-op unless below the LEO; otherwise the LEO moves
 * down, the epoch cache drops entries starting at or after it and the HW is capped.
 */
export function applyTruncation(
  follower: FollowerTruncationView,
  truncateTo: number,
): FollowerTruncationView {
  if (truncateTo < 0 || truncateTo >= follower.logEndOffset) return follower
  return {
    cache: truncateFromEnd(follower.cache, truncateTo),
    logEndOffset: truncateTo,
    highWatermark: Math.min(follower.highWatermark, truncateTo),
  }
}

/** The follower's decision after an OffsetsForLeaderEpoch answer. */
export function decideTruncation(
  follower: FollowerTruncationView,
  answer: LeaderEpochAnswer,
  mode: EpochTruncationMode,
): TruncationDecision {
  const leo = follower.logEndOffset
  if (mode === 'kip101') {
    // ReplicaFetcherThread.maybeTruncate @0.11: HW if UNDEFINED, else min(endOffset, LEO).
    const truncateTo =
      answer.endOffset === UNDEFINED_EPOCH_OFFSET
        ? Math.min(follower.highWatermark, leo)
        : Math.min(answer.endOffset, leo)
    return { truncateTo, completed: true }
  }
  const followerEnd =
    answer.leaderEpoch === UNDEFINED_EPOCH
      ? { epoch: UNDEFINED_EPOCH, endOffset: UNDEFINED_EPOCH_OFFSET }
      : endOffsetFor(follower.cache, answer.leaderEpoch, leo)
  const state = offsetTruncationState(followerEnd, leo, follower.highWatermark, answer)
  if (state.completed) return state
  // The next request carries the latest epoch of the truncated log.
  const next = applyTruncation(follower, state.truncateTo)
  return { ...state, nextRequestEpoch: latestEpoch(next.cache) }
}

/** Pre-0.11 rule (ReplicaManager.makeFollowers @0.10.2): truncate to the local HW. */
export function truncateToHighWatermark(follower: FollowerTruncationView): TruncationDecision {
  return { truncateTo: Math.min(follower.highWatermark, follower.logEndOffset), completed: true }
}

export interface TruncationRound {
  readonly requestEpoch: number
  readonly answer: LeaderEpochAnswer
  readonly decision: TruncationDecision
}

/**
 * Runs the whole exchange synchronously against a fixed leader state: request with the follower's
 * latest epoch, decide, truncate, repeat while incomplete. A follower with no cached epoch
 * truncates to its HW without asking (as both fetcher versions do). Stops early if a round makes
 * no progress, which Kafka would retry forever.
 */
export function resolveTruncation(
  follower: FollowerTruncationView,
  leaderCache: EpochCache,
  leaderLogEndOffset: number,
  mode: EpochTruncationMode,
  maxRounds = 32,
): { readonly truncateTo: number; readonly rounds: readonly TruncationRound[] } {
  const firstEpoch = latestEpoch(follower.cache)
  if (firstEpoch === UNDEFINED_EPOCH) {
    return { truncateTo: truncateToHighWatermark(follower).truncateTo, rounds: [] }
  }
  const rounds: TruncationRound[] = []
  let view = follower
  let requestEpoch = firstEpoch
  for (let i = 0; i < maxRounds; i++) {
    const answer = leaderAnswerFor(leaderCache, leaderLogEndOffset, requestEpoch, mode)
    const decision = decideTruncation(view, answer, mode)
    rounds.push({ requestEpoch, answer, decision })
    view = applyTruncation(view, decision.truncateTo)
    const next = decision.nextRequestEpoch
    if (decision.completed || next === undefined || next >= requestEpoch) {
      return { truncateTo: decision.truncateTo, rounds }
    }
    requestEpoch = next
  }
  return { truncateTo: view.logEndOffset, rounds }
}
