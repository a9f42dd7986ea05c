// Scenario tests of the replication engine: each one sets a scene, acts, and checks what Kafka
// would do. Given / when / then, with the default cluster unless a test needs another.

import { describe, expect, it } from 'vitest'
import { partitionForKey, utf8Bytes } from './index'
import { segmentsOf } from './log/replicaLog'
import { UNCLEAN_ELECTION_CHECK_MS } from './rules/controller'
import { TestSim } from './testing/run'

const P0 = 'orders-0'

function sendTo(t: TestSim, partition: number, n: number, prefix = 'v'): void {
  for (let i = 0; i < n; i++)
    t.do({ type: 'produce', topic: 'orders', value: `${prefix}${i}`, partition })
}

/**
 * P0's replicas killed one by one, then the first two restarted: the last to die was the only ISR
 * member left; a restarted broker becomes controller, fences it, and finds no live ISR replica, so
 * the partition is offline, its ISR kept (unclean election off).
 */
function offlineWithIsrGone(): { t: TestSim; last: number } {
  const t = new TestSim(6)
  t.advance(50)
  sendTo(t, 0, 2)
  t.advance(300)
  const order = t.meta(P0).replicas.slice()
  for (const b of order) {
    t.do({ type: 'killBroker', broker: b })
    t.advance(2500)
  }
  t.do({ type: 'restartBroker', broker: order[0] as number })
  t.do({ type: 'restartBroker', broker: order[1] as number })
  t.advance(3000)
  return { t, last: order[2] as number }
}

describe('replication', () => {
  it('a record sent raises the HW on the leader, then on the followers', () => {
    const t = new TestSim(1)
    t.advance(50)
    const leader = t.leaderOf(P0) as number
    sendTo(t, 0, 1)
    t.advance(40)
    expect(t.replica(P0, leader).highWatermark).toBe(1)
    t.advance(200)
    for (const b of t.meta(P0).replicas) {
      expect(t.replica(P0, b).log.logEndOffset).toBe(1)
      expect(t.replica(P0, b).highWatermark).toBe(1)
    }
    expect(t.sim.metrics.acked).toBe(1)
  })

  it('routes keyed records with murmur2 exactly as Kafka', () => {
    const t = new TestSim(1)
    t.advance(50)
    for (const key of ['alice', 'bob', 'key1', 'user-1']) {
      t.do({ type: 'produce', topic: 'orders', key, value: 'x' })
    }
    t.advance(300)
    const counts = [0, 0, 0]
    for (const key of ['alice', 'bob', 'key1', 'user-1']) {
      const p = partitionForKey(utf8Bytes(key), 3)
      counts[p] = (counts[p] ?? 0) + 1
    }
    for (let p = 0; p < 3; p++) {
      const m = t.meta(`orders-${p}`)
      expect(t.replica(`orders-${p}`, m.leader as number).log.logEndOffset).toBe(counts[p])
    }
  })

  it('killing the leader elects the first live ISR replica in assignment order, epoch + 1', () => {
    const t = new TestSim(3)
    t.advance(50)
    sendTo(t, 0, 3)
    t.advance(300)
    const m = t.meta(P0)
    const old = m.leader as number
    const isrBefore = m.isr.slice()
    t.do({ type: 'killBroker', broker: old })
    t.advance(2000)
    const expected = m.replicas.find((b) => b !== old && isrBefore.includes(b))
    expect(t.leaderOf(P0)).toBe(expected)
    expect(t.meta(P0).leaderEpoch).toBe(1)
    expect(t.meta(P0).isr).not.toContain(old)
    expect(t.ofType('recordsLost')).toHaveLength(0)
    // The detection waits for broker.session.timeout.ms (scaled 900 ms).
    const fenced = t.ofType('brokerFenced')[0]
    expect(fenced?.tick).toBeGreaterThanOrEqual(50 + 300 + 900 - 200)
  })

  it('acks=all is refused with NOT_ENOUGH_REPLICAS when the ISR is below min.insync.replicas', () => {
    const t = new TestSim(4)
    t.advance(50)
    const leader = t.leaderOf(P0) as number
    const followers = t.meta(P0).replicas.filter((b) => b !== leader)
    for (const f of followers) t.do({ type: 'killBroker', broker: f })
    t.advance(2500)
    expect(t.meta(P0).isr).toEqual([leader])
    const leo = t.replica(P0, leader).log.logEndOffset
    sendTo(t, 0, 1)
    t.advance(100)
    expect(t.ofType('produceError').some((e) => e.error === 'NOT_ENOUGH_REPLICAS')).toBe(true)
    expect(t.replica(P0, leader).log.logEndOffset).toBe(leo)
  })

  it('acks=1 under min ISR is appended but not visible to consumers (the HW does not move)', () => {
    const t = new TestSim(4, { producer: { acks: 1 } })
    t.advance(50)
    const leader = t.leaderOf(P0) as number
    for (const f of t.meta(P0).replicas.filter((b) => b !== leader))
      t.do({ type: 'killBroker', broker: f })
    t.advance(2500)
    sendTo(t, 0, 2)
    t.advance(200)
    const r = t.replica(P0, leader)
    expect(r.log.logEndOffset).toBe(2)
    expect(r.highWatermark).toBe(0)
    expect(t.sim.metrics.acked).toBe(2)
  })

  it('a slowed broker delays only its own fetches, not the answers it sends as a leader', () => {
    const t = new TestSim(5)
    t.advance(50)
    t.do({ type: 'setAutoProduce', rate: 20, topic: 'orders', keys: 'uniform' })
    const slow = t.leaderOf('orders-1') as number
    t.do({ type: 'slowBroker', broker: slow, extraMs: 4000 })
    t.advance(8000)
    const removed = t.ofType('isrShrunk').filter((e) => e.partition === 'orders-1')
    expect(removed).toEqual([])
    expect(t.ofType('isrShrunk').every((e) => e.removed.every((b) => b === slow))).toBe(true)
  })

  it('a slow follower leaves the ISR after replica.lag.time.max.ms and rejoins once caught up', () => {
    const t = new TestSim(5)
    t.advance(50)
    t.do({ type: 'setAutoProduce', rate: 20, topic: 'orders', keys: 'none' })
    const leader = t.leaderOf(P0) as number
    const slow = t.meta(P0).replicas.find((b) => b !== leader) as number
    t.do({ type: 'slowBroker', broker: slow, extraMs: 5000 })
    t.advance(5000)
    const shrink = t.ofType('isrShrunk').find((e) => e.removed.includes(slow) && e.reason === 'lag')
    expect(shrink).toBeDefined()
    // lag limit 3000 ms, checked every 1500 ms: out between 1× and 1.5× the limit after it fell behind
    expect((shrink?.tick ?? 0) - 50).toBeLessThanOrEqual(3000 * 1.5 + 500)
    t.do({ type: 'slowBroker', broker: slow, extraMs: 0 })
    t.advance(8000)
    expect(t.ofType('isrExpanded').some((e) => e.added.includes(slow))).toBe(true)
  })

  it('with unclean election off, a partition whose ISR is gone stays offline until an ISR replica returns', () => {
    const { t, last } = offlineWithIsrGone()
    expect(t.meta(P0).isr).toEqual([last])
    expect(t.leaderOf(P0)).toBeNull()
    expect(t.ofType('partitionOffline').length).toBeGreaterThan(0)
    t.do({ type: 'restartBroker', broker: last })
    t.advance(3000)
    expect(t.leaderOf(P0)).toBe(last)
    expect(t.ofType('recordsLost')).toHaveLength(0)
  })

  it('turning unclean election on elects an offline partition at the controller’s next periodic check', () => {
    const { t, last } = offlineWithIsrGone()
    expect(t.leaderOf(P0)).toBeNull()
    t.do({ type: 'setTopicConfig', topic: 'orders', config: { uncleanLeaderElectionEnable: true } })
    const turnedOn = t.sim.tick
    // Not on the config change itself (KRaft has no such trigger) …
    t.advance(100)
    expect(t.leaderOf(P0)).toBeNull()
    // … but within one check interval, from a live replica outside the ISR.
    t.advance(UNCLEAN_ELECTION_CHECK_MS)
    const leader = t.leaderOf(P0)
    expect(leader).not.toBeNull()
    expect(leader).not.toBe(last)
    const e = t.ofType('leaderElected').find((x) => x.partition === P0 && x.tick > turnedOn)
    expect(e?.kind).toBe('unclean')
  })

  it('an unclean election loses committed records and reports them', () => {
    const t = new TestSim(6, {
      broker: { uncleanLeaderElectionEnable: true, minInsyncReplicas: 1 },
    })
    t.advance(50)
    const order = t.meta(P0).replicas.slice()
    const [first, second, third] = order as [number, number, number]
    t.do({ type: 'killBroker', broker: third })
    t.advance(2000)
    sendTo(t, 0, 3)
    t.advance(500)
    t.do({ type: 'killBroker', broker: second })
    t.do({ type: 'killBroker', broker: first })
    t.advance(100)
    t.do({ type: 'restartBroker', broker: third })
    t.advance(4000)
    expect(t.leaderOf(P0)).toBe(third)
    expect(t.ofType('leaderElected').some((e) => e.kind === 'unclean')).toBe(true)
    expect(t.ofType('recordsLost').reduce((s, e) => s + e.count, 0)).toBe(3)
    expect(t.sim.metrics.uncleanElections).toBeGreaterThan(0)
  })

  it('an isolated leader keeps taking acks=1 writes until fenced, and loses them when it rejoins', () => {
    const t = new TestSim(8, { producer: { acks: 1 }, broker: { minInsyncReplicas: 1 } })
    t.advance(50)
    const leader = t.leaderOf(P0) as number
    if (t.sim.controller.activeId === leader) return // covered by the controller-failover test
    t.do({ type: 'isolateBroker', broker: leader })
    sendTo(t, 0, 3)
    t.advance(200)
    expect(t.replica(P0, leader).log.logEndOffset).toBe(3)
    expect(t.sim.metrics.acked).toBe(3)
    t.advance(2000)
    expect(t.leaderOf(P0)).not.toBe(leader)
    t.do({ type: 'reconnectBroker', broker: leader })
    t.advance(2000)
    expect(t.replica(P0, leader).role).toBe('follower')
    expect(t.replica(P0, leader).log.logEndOffset).toBe(0)
    expect(t.ofType('recordsLost').reduce((s, e) => s + e.count, 0)).toBe(3)
  })

  it('a new active controller takes over when the controller dies', () => {
    const t = new TestSim(9)
    t.advance(50)
    const c = t.sim.controller.activeId as number
    t.do({ type: 'killBroker', broker: c })
    t.advance(300)
    expect(t.sim.controller.activeId).not.toBeNull()
    expect(t.sim.controller.activeId).not.toBe(c)
    expect(t.sim.controller.epoch).toBe(2)
    t.advance(2000)
    for (const key of Object.keys(t.sim.partitions)) expect(t.leaderOf(key)).not.toBe(c)
  })

  it('graceful shutdown moves leadership first, so nothing waits for a session timeout', () => {
    const t = new TestSim(10)
    t.advance(50)
    const leader = t.leaderOf(P0) as number
    t.do({ type: 'shutdownBroker', broker: leader })
    t.advance(50)
    expect(t.leaderOf(P0)).not.toBe(leader)
    expect(t.ofType('leaderElected').some((e) => e.kind === 'controlled')).toBe(true)
  })

  it('without idempotence a retried batch is written twice, and the duplicate is reported', () => {
    const t = new TestSim(11, { producer: { enableIdempotence: false, requestTimeoutMs: 60 } })
    t.advance(50)
    const leader = t.leaderOf(P0) as number
    const follower = t.meta(P0).replicas.find((b) => b !== leader) as number
    t.do({ type: 'slowBroker', broker: follower, extraMs: 200 })
    sendTo(t, 0, 1)
    t.advance(2000)
    expect(t.ofType('recordsDuplicated').length).toBeGreaterThan(0)
    expect(t.ofType('recordsDuplicated').every((e) => e.idempotent === false)).toBe(true)
  })

  // A follower rejoins the ISR while records stream in: a batch refused with NOT_ENOUGH_REPLICAS
  // just before is retried after the next one was already written.
  function reorderRun(idempotent: boolean): TestSim {
    const t = new TestSim(21, {
      producer: { enableIdempotence: idempotent, maxInFlightRequestsPerConnection: 5 },
    })
    t.advance(50)
    const leader = t.leaderOf(P0) as number
    const followers = t.meta(P0).replicas.filter((b) => b !== leader)
    for (const f of followers) t.do({ type: 'killBroker', broker: f })
    t.advance(2500)
    t.do({ type: 'restartBroker', broker: followers[0] as number })
    for (let i = 0; i < 400; i++) {
      sendTo(t, 0, 1, `r${i}-`)
      t.advance(4)
    }
    t.advance(5000)
    return t
  }

  it('without idempotence and several requests in flight, retries after a failover can reorder records', () => {
    expect(reorderRun(false).ofType('recordsReordered').length).toBeGreaterThan(0)
  })

  it('with idempotence the same failover keeps the order', () => {
    const t = reorderRun(true)
    expect(t.ofType('recordsReordered')).toHaveLength(0)
    expect(t.sim.metrics.duplicated).toBe(0)
  })

  it('with idempotence the leader drops the retried duplicate', () => {
    const t = new TestSim(11, { producer: { requestTimeoutMs: 60 } })
    t.advance(50)
    const leader = t.leaderOf(P0) as number
    const follower = t.meta(P0).replicas.find((b) => b !== leader) as number
    t.do({ type: 'slowBroker', broker: follower, extraMs: 200 })
    sendTo(t, 0, 1)
    t.advance(2000)
    expect(t.ofType('recordsDuplicated')).toHaveLength(0)
    expect(t.ofType('duplicateDropped').length).toBeGreaterThan(0)
    expect(t.replica(P0, leader).log.logEndOffset).toBe(1)
  })

  it('an idempotent producer writes no duplicate through retries, a slow follower and a failover', () => {
    const t = new TestSim(42)
    t.do({ type: 'setAutoProduce', rate: 5, keys: 'uniform', topic: 'orders' })
    t.advance(4000)
    t.do({ type: 'slowBroker', broker: 3, extraMs: 4000 })
    t.advance(5000)
    t.do({ type: 'killBroker', broker: 2 })
    t.advance(3000)
    expect(t.ofType('produceError').length).toBeGreaterThan(0)
    expect(t.sim.metrics.duplicated).toBe(0)
  })

  it('segments roll by segment.bytes and are named by their base offset', () => {
    const t = new TestSim(12, { broker: { segmentBytes: 100 } })
    t.advance(50)
    for (let i = 0; i < 20; i++) {
      sendTo(t, 0, 1, `value-${i}-`)
      t.advance(50)
    }
    const r = t.replica(P0, t.leaderOf(P0) as number)
    const segments = segmentsOf(r.log)
    expect(segments.length).toBeGreaterThan(2)
    for (let i = 1; i < segments.length; i++) {
      expect(segments[i]?.baseOffset).toBeGreaterThan(segments[i - 1]?.baseOffset ?? 0)
      // A rolled segment is frozen: checkpoints share it.
      expect(Object.isFrozen(segments[i - 1])).toBe(true)
    }
    expect(Object.isFrozen(r.log.active)).toBe(false)
    expect(t.ofType('segmentRolled').length).toBeGreaterThan(0)
  })

  it('retention deletes whole segments below the HW and moves the log start offset', () => {
    const t = new TestSim(13, { broker: { segmentBytes: 100, retentionBytes: 150 } })
    t.advance(50)
    for (let i = 0; i < 30; i++) {
      sendTo(t, 0, 1, `value-${i}-`)
      t.advance(50)
    }
    t.advance(4000)
    const r = t.replica(P0, t.leaderOf(P0) as number)
    expect(r.log.logStartOffset).toBeGreaterThan(0)
    expect(segmentsOf(r.log)[0]?.baseOffset).toBe(r.log.logStartOffset)
    expect(t.ofType('segmentsDeleted').length).toBeGreaterThan(0)
    expect(t.ofType('recordsLost')).toHaveLength(0)
  })

  it('adding partitions maps some keys to new partitions', () => {
    const t = new TestSim(14)
    t.advance(50)
    const before = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'].map((k) =>
      partitionForKey(utf8Bytes(k), 3),
    )
    const res = t.do({ type: 'addPartitions', topic: 'orders', totalPartitions: 6 })
    expect(res.ok).toBe(true)
    t.advance(100)
    expect(Object.keys(t.sim.partitions)).toHaveLength(6)
    const after = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'].map((k) =>
      partitionForKey(utf8Bytes(k), 6),
    )
    expect(after).not.toEqual(before)
    expect(t.leaderOf('orders-5')).not.toBeNull()
  })
})
