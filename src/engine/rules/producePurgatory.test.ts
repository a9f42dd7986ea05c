// The produce purgatory (DelayedProduce): a request waiting for the HW is answered when the
// broker stops leading the partition, never left to be acknowledged later by a log that changed.

import { describe, expect, it } from 'vitest'
import { TestSim } from '../testing/run'

describe('produce purgatory', () => {
  it('answers NOT_LEADER_OR_FOLLOWER when the leader becomes a follower', () => {
    const t = new TestSim(1, { topics: [{ name: 'orders', partitions: 1, replicationFactor: 3 }] })
    t.advance(200)
    const leader = t.leaderOf('orders-0') as number
    // Cut the leader off from the other brokers (its clients still reach it): the record is
    // appended but the HW cannot pass it, so the acks=all request waits in the purgatory.
    t.do({ type: 'isolateBroker', broker: leader })
    t.do({ type: 'produce', topic: 'orders', key: 'k', value: 'v', partition: 0 })
    t.advance(100)
    const held = () => Object.keys(t.sim.brokers[leader]?.purgatory ?? {}).length
    expect(held()).toBe(1)
    // The controller fences it and elects another leader; once reconnected it learns it follows.
    t.advance(1200)
    expect(t.leaderOf('orders-0')).not.toBe(leader)
    expect(held()).toBe(1)
    t.do({ type: 'reconnectBroker', broker: leader })
    t.advance(300)
    expect(t.replica('orders-0', leader)?.role).toBe('follower')
    // Answered at once, well before request.timeout.ms, and with Kafka's error.
    expect(held()).toBe(0)
    const recent = t.sim.producers['producer-1']?.recent ?? []
    expect(recent.some((b) => b.outcome === 'NOT_LEADER_OR_FOLLOWER')).toBe(true)
  })
})
