// HW rule of kafka-reference §2.1: leader-side maybeIncrementLeaderHW (min-ISR gate, maximal ISR,
// caught-up non-ISR followers, monotonicity) and the follower-side clamp.

import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { HwFollower, LeaderHwInput } from './highWatermark'
import { computeLeaderHighWatermark, followerHighWatermark, isUnderMinIsr } from './highWatermark'

const follower = (brokerId: number, logEndOffset: number, o: Partial<HwFollower> = {}) => ({
  brokerId,
  logEndOffset,
  inMaximalIsr: true,
  caughtUp: true,
  isrEligible: true,
  ...o,
})

const base: LeaderHwInput = {
  currentHw: 5,
  leaderLogEndOffset: 10,
  isrSize: 3,
  minInsyncReplicas: 2,
  replicationFactor: 3,
  followers: [follower(2, 8), follower(3, 9)],
}

describe('computeLeaderHighWatermark', () => {
  it('is the minimum LEO over the ISR', () => {
    expect(computeLeaderHighWatermark(base)).toBe(8)
  })

  it('is the leader LEO when every follower has caught up', () => {
    expect(
      computeLeaderHighWatermark({ ...base, followers: [follower(2, 10), follower(3, 10)] }),
    ).toBe(10)
  })

  it('does not advance while the ISR is below min(min.insync.replicas, RF) (KAFKA-15583)', () => {
    expect(computeLeaderHighWatermark({ ...base, isrSize: 1 })).toBe(5)
    // min.insync.replicas larger than RF is capped by RF.
    const capped = { ...base, minInsyncReplicas: 5, replicationFactor: 3, isrSize: 3 }
    expect(computeLeaderHighWatermark(capped)).toBe(8)
    expect(isUnderMinIsr(2, 5, 3)).toBe(true)
    expect(isUnderMinIsr(3, 5, 3)).toBe(false)
  })

  it('counts followers of an in-flight AlterPartition (maximal ISR) even if lagging', () => {
    const f = follower(3, 6, { caughtUp: false })
    expect(computeLeaderHighWatermark({ ...base, followers: [follower(2, 10), f] })).toBe(6)
  })

  it('lets caught-up, ISR-eligible followers outside the ISR hold the HW back (KAFKA-4485)', () => {
    const outside = follower(3, 7, { inMaximalIsr: false })
    expect(
      computeLeaderHighWatermark({ ...base, isrSize: 2, followers: [follower(2, 10), outside] }),
    ).toBe(7)
  })

  it('ignores lagging or ineligible followers outside the ISR', () => {
    const lagging = follower(3, 2, { inMaximalIsr: false, caughtUp: false })
    const fenced = follower(4, 3, { inMaximalIsr: false, isrEligible: false })
    expect(
      computeLeaderHighWatermark({ ...base, followers: [follower(2, 10), lagging, fenced] }),
    ).toBe(10)
  })

  it('never moves backwards (a new leader with unknown follower LEOs keeps its HW)', () => {
    expect(computeLeaderHighWatermark({ ...base, followers: [follower(2, -1)] })).toBe(5)
    expect(computeLeaderHighWatermark({ ...base, currentHw: 9 })).toBe(9)
  })

  it('with acks=all and min ISR 2, a single-replica ISR freezes the HW (§2.3)', () => {
    const alone = { ...base, isrSize: 1, followers: [], leaderLogEndOffset: 20 }
    expect(computeLeaderHighWatermark(alone)).toBe(5)
    expect(computeLeaderHighWatermark({ ...alone, minInsyncReplicas: 1 })).toBe(20)
  })
})

describe('followerHighWatermark', () => {
  it('clamps the leader HW to [logStartOffset, LEO]', () => {
    expect(followerHighWatermark(5, 8, 0)).toBe(5)
    expect(followerHighWatermark(12, 8, 0)).toBe(8)
    expect(followerHighWatermark(2, 8, 4)).toBe(4)
  })
})

describe('properties', () => {
  const followerArb = fc.record({
    brokerId: fc.nat(10),
    logEndOffset: fc.integer({ min: -1, max: 200 }),
    inMaximalIsr: fc.boolean(),
    caughtUp: fc.boolean(),
    isrEligible: fc.boolean(),
  })
  const stepArb = fc.record({
    appended: fc.nat(10),
    isrSize: fc.integer({ min: 1, max: 5 }),
    minIsr: fc.integer({ min: 1, max: 5 }),
    rf: fc.integer({ min: 1, max: 5 }),
    followers: fc.array(followerArb, { maxLength: 4 }),
  })

  it('the HW never decreases and never exceeds the leader LEO', () => {
    fc.assert(
      fc.property(fc.array(stepArb, { maxLength: 40 }), (steps) => {
        let hw = 0
        let leo = 0
        for (const s of steps) {
          leo += s.appended
          const next = computeLeaderHighWatermark({
            currentHw: hw,
            leaderLogEndOffset: leo,
            isrSize: s.isrSize,
            minInsyncReplicas: s.minIsr,
            replicationFactor: s.rf,
            followers: s.followers,
          })
          if (next < hw || next > leo) return false
          hw = next
        }
        return true
      }),
      { numRuns: 500 },
    )
  })

  it('the follower HW stays within [logStartOffset, LEO]', () => {
    fc.assert(
      fc.property(fc.nat(100), fc.nat(100), fc.nat(100), (hw, a, b) => {
        const [lso, leo] = a <= b ? [a, b] : [b, a]
        const r = followerHighWatermark(hw, leo, lso)
        return r >= lso && r <= leo
      }),
    )
  })
})
