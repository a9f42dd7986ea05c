// Every rebalance reason the engine gives today, in Chinese. Kafka's reasons are free text
// (KIP-800), and so are the engine's; groupEventWords.ts translates them by pattern, and a reason
// it does not know stays English. This list follows the engine's call sites (grep for
// prepareRebalance, requestRejoin, resetGeneration and rejoinReason in src/engine/groups): a new
// reason there belongs here too.

import { describe, expect, it } from 'vitest'
import { reasonText } from './groupEventWords'

/** The reasons a member sends with its JoinGroup (its rejoin reason). */
const REJOIN = [
  'joining the group',
  'revoked orders-0, orders-3: rejoining so they can be reassigned',
  'JoinGroup failed with NOT_COORDINATOR',
  'SyncGroup failed with COORDINATOR_NOT_AVAILABLE',
  'REBALANCE_IN_PROGRESS from SyncGroup',
  'REBALANCE_IN_PROGRESS from OffsetCommit',
  'UNKNOWN_MEMBER_ID from JoinGroup',
  'ILLEGAL_GENERATION from SyncGroup',
  'ILLEGAL_GENERATION from a heartbeat',
  'UNKNOWN_MEMBER_ID from a heartbeat',
  'the coordinator answered a heartbeat with REBALANCE_IN_PROGRESS',
  'max.poll.interval.ms expired: rejoining as a new member',
  'coordinator unavailable: connection refused',
  'coordinator unavailable: NOT_COORDINATOR',
  'the leader saw the subscribed topics change (partition count)',
  'partition.assignment.strategy changed (rolling restart)',
]

/** The reasons the coordinator gives when it starts a rebalance. */
const COORDINATOR = [
  'member c3 joined',
  'static member c3 rejoined',
  'member c3 left the group',
  'member c3 missed heartbeats for session.timeout.ms',
  'member c3 did not poll within max.poll.interval.ms',
  'member c3 did not rejoin in time',
  'the group record of generation 4 was not committed (COORDINATOR_NOT_AVAILABLE)',
  ...REJOIN.map((r) => `the leader c1 rejoined (${r})`),
  ...REJOIN.map((r) => `c2 rejoined with a new subscription (${r})`),
]

/** English words that only a reason left untranslated would still hold. */
const ENGLISH =
  /\b(?:the|a|with|from|within|for|was|not|did|in|so|as|joined|joining|rejoined|rejoining|left|missed|expired|failed|unavailable|revoked|changed|saw|answered|member|group|record|refused)\b/

describe('rebalance reasons in Chinese', () => {
  it.each(COORDINATOR)('%s', (reason) => {
    const zh = reasonText(reason, true)
    // Kafka's names stay as they are (config names, error codes, RPC names); everything else is
    // Chinese.
    const words = zh.replace(/[\w.-]*\.ms\b|[A-Z_]{3,}|\b[A-Z][a-zA-Z]+\b|orders-\d/g, '')
    expect(words).not.toMatch(ENGLISH)
    expect(zh).toMatch(/[\u4e00-\u9fff]/)
    expect(reasonText(reason, false)).toBe(reason)
  })
})
