// Test helpers for retention: one partition on three brokers whose segments hold about ten
// records and are deleted after 2 s, and a follower stopped for longer than that.

import type { PartialClusterConfig } from '../config'
import { TestSim } from './run'

export const SHORT_RETENTION: PartialClusterConfig = {
  brokers: 3,
  topics: [
    {
      name: 'orders',
      partitions: 1,
      replicationFactor: 3,
      config: { segmentBytes: 256, retentionMs: 2000 },
    },
  ],
  broker: { logRetentionCheckIntervalMs: 500 },
}

/** 200 records/s into orders-0; a follower is stopped after 1 s and stays down for 12 s. */
export function followerStoppedPastRetention(seed = 4): {
  t: TestSim
  leader: number
  follower: number
} {
  const t = new TestSim(seed, SHORT_RETENTION)
  t.do({ type: 'setAutoProduce', rate: 200, topic: 'orders', keys: 'uniform' })
  t.advance(1000)
  const leader = t.leaderOf('orders-0') as number
  const follower = [1, 2, 3].find((b) => b !== leader) as number
  t.do({ type: 'killBroker', broker: follower })
  t.advance(12_000)
  return { t, leader, follower }
}
