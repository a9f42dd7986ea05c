// A follower that asks for offsets the leader no longer has (AbstractFetcherThread
// .handleOutOfRangeError): stopped for longer than retention.ms, it finds the leader's log starting
// past its own end, so on OFFSET_OUT_OF_RANGE it empties its log, starts at the leader's log
// start (truncateFullyAndStartAt) and catches up into the ISR.

import { describe, expect, it } from 'vitest'
import { followerStoppedPastRetention } from '../testing/retention'

describe('a follower behind the leader’s log start', () => {
  it('empties its log, fetches from the leader’s log start and rejoins the ISR', () => {
    const { t, leader, follower } = followerStoppedPastRetention()
    const end = t.replica('orders-0', follower).log.logEndOffset
    expect(t.replica('orders-0', leader).log.logStartOffset).toBeGreaterThan(end)
    t.do({ type: 'restartBroker', broker: follower })
    t.advance(3000)
    const restarted = t.ofType('logRestartedAt')
    expect(restarted).toHaveLength(1)
    expect(restarted[0]).toMatchObject({ partition: 'orders-0', broker: follower, from: end })
    expect(restarted[0]?.to).toBeGreaterThan(end)
    const r = t.replica('orders-0', follower)
    expect(r.log.logStartOffset).toBeGreaterThanOrEqual(restarted[0]?.to as number)
    expect(t.meta('orders-0').isr).toContain(follower)
    expect(r.log.logEndOffset).toBeGreaterThan(t.replica('orders-0', leader).log.logEndOffset - 50)
    expect(t.sim.metrics.lost).toBe(0)
  })
})
