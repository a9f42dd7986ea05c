// KIP-320 on the consumer: after a leader epoch change its position is validated against the new
// leader's log and moves back to where the logs diverge; a truncation with no epoch change is
// reported by the group's record fate as records skipped at reused offsets.

import { describe, expect, it } from 'vitest'
import { recordIdAt } from '../log/replicaLog'
import { consumer, groupView, produceTo, timesProcessed, until } from '../testing/groups'
import { TestSim } from '../testing/run'

const P = 'orders-0'

function lossyCluster(seed: number): TestSim {
  const t = new TestSim(seed, {
    producer: { acks: 1, enableIdempotence: false },
    broker: { minInsyncReplicas: 1, uncleanLeaderElectionEnable: true },
  })
  t.advance(50)
  t.do({
    type: 'addGroup',
    group: 'g1',
    topics: ['orders'],
    consumers: 1,
    processingMs: 1,
    config: { autoOffsetReset: 'earliest' },
  })
  until(t, () => groupView(t, 'g1').state === 'Stable')
  return t
}

const position = (t: TestSim) => consumer(t, 'g1', 'c1').positions[P] ?? -1

/**
 * The followers die, the leader alone takes records 5..9 and the group reads them; then the
 * leader dies and a follower that has only 0..4 is elected uncleanly and takes 3 new records.
 */
function divergeUnderTheGroup(t: TestSim): { leader: number; newRecords: number[] } {
  const leader = t.leaderOf(P) as number
  const [f1, f2] = t.meta(P).replicas.filter((b) => b !== leader) as [number, number]
  produceTo(t, 'orders', 0, 5, 'a')
  until(t, () => position(t) === 5)
  t.do({ type: 'killBroker', broker: f1 })
  t.do({ type: 'killBroker', broker: f2 })
  until(t, () => t.meta(P).isr.length === 1)
  produceTo(t, 'orders', 0, 5, 'b')
  until(t, () => position(t) === 10)
  t.do({ type: 'killBroker', broker: leader })
  t.do({ type: 'restartBroker', broker: f1 })
  until(t, () => t.leaderOf(P) === f1)
  expect(t.replica(P, f1).log.logEndOffset).toBe(5)
  produceTo(t, 'orders', 0, 3, 'c')
  until(t, () => t.replica(P, f1).highWatermark === 8)
  const log = t.replica(P, f1).log
  return { leader, newRecords: [5, 6, 7].map((o) => recordIdAt(log, o) as number) }
}

describe('KIP-320: the consumer validates its position after a leader epoch change', () => {
  it('finds the log truncated under it, goes back to the divergence point and reads what was written there', () => {
    const t = lossyCluster(3)
    const { newRecords } = divergeUnderTheGroup(t)
    until(t, () => newRecords.every((id) => timesProcessed(t.sim, 'g1', id) === 1))
    const found = t.ofType('consumerTruncationDetected')
    expect(found).toHaveLength(1)
    expect(found[0]).toMatchObject({
      partition: P,
      from: 10,
      divergedAt: 5,
      epoch: 0,
      action: 'seek',
    })
    expect(t.ofType('recordsSkipped')).toHaveLength(0)
    expect(position(t)).toBe(8)
  })

  it('with auto.offset.reset=none the truncation fails the consumer (LogTruncationException)', () => {
    const t = lossyCluster(3)
    until(t, () => Object.keys(consumer(t, 'g1', 'c1').positions).length === 3)
    t.do({ type: 'setGroupConfig', group: 'g1', config: { autoOffsetReset: 'none' } })
    divergeUnderTheGroup(t)
    until(t, () => consumer(t, 'g1', 'c1').status === 'failed')
    expect(t.ofType('consumerFailed')[0]?.error).toBe('LogTruncationException')
    expect(t.ofType('consumerTruncationDetected')[0]).toMatchObject({
      divergedAt: 5,
      action: 'fail',
    })
  })

  it('a leader back before its session timed out keeps its epoch but lost its log end: the reused offsets are reported skipped', () => {
    const t = lossyCluster(4)
    const leader = t.leaderOf(P) as number
    produceTo(t, 'orders', 0, 6, 'a')
    until(t, () => position(t) === 6)
    // Its page cache is gone, and with it the records the group has read; nobody else is elected.
    // The consumer is paused meanwhile, so its next fetch is not out of range: the log has grown
    // past its position again by then.
    t.do({ type: 'pauseConsumer', group: 'g1', clientId: 'c1', paused: true })
    t.do({ type: 'powerFailBroker', broker: leader })
    t.advance(200)
    t.do({ type: 'restartBroker', broker: leader })
    until(t, () => t.replica(P, leader).role === 'leader')
    const end = t.replica(P, leader).log.logEndOffset
    expect(end).toBeLessThan(6)
    expect(t.meta(P).leaderEpoch).toBe(0)
    produceTo(t, 'orders', 0, 8, 'b')
    until(t, () => t.replica(P, leader).highWatermark === end + 8)
    t.do({ type: 'pauseConsumer', group: 'g1', clientId: 'c1', paused: false })
    until(t, () => position(t) === end + 8)
    const log = t.replica(P, leader).log
    const reused: number[] = []
    for (let o = end; o < 6; o++) reused.push(o)
    for (const o of reused)
      expect(timesProcessed(t.sim, 'g1', recordIdAt(log, o) as number)).toBe(0)
    const skipped = t.ofType('recordsSkipped')
    expect(skipped.map((e) => [e.reason, e.offsets])).toEqual([['offsetReused', reused]])
    expect(t.ofType('consumerTruncationDetected')).toHaveLength(0)
  })
})
