// Consumption scenarios: duplicates after a crash before the commit, records skipped by a commit
// before processing, pub-sub across groups and queue semantics within one, lag, idle consumers,
// new partitions and `latest`.

import { describe, expect, it } from 'vitest'
import {
  committedRecordIds,
  consumer,
  groupView,
  ownershipViolations,
  produceTo,
  timesProcessed,
  until,
} from '../testing/groups'
import { TestSim } from '../testing/run'

function stable(t: TestSim, group: string, members: number): void {
  until(t, () => {
    const v = groupView(t, group)
    return (
      v.state === 'Stable' &&
      v.members.filter((m) => m.inGroup && m.generation === v.generation && m.state !== 'joining')
        .length === members
    )
  })
}

describe('record fate of consumption', () => {
  it('a crash after processing but before the auto-commit makes the next owner reprocess', () => {
    const t = new TestSim(7)
    t.do({
      type: 'addGroup',
      group: 'g1',
      topics: ['orders'],
      consumers: 2,
      processingMs: 10,
      config: { autoOffsetReset: 'earliest', autoCommitIntervalMs: 2000 },
    })
    stable(t, 'g1', 2)
    t.do({ type: 'setAutoProduce', rate: 40, topic: 'orders', keys: 'uniform' })
    t.advance(2500)
    const c1 = consumer(t, 'g1', 'c1')
    // Crash c1 once it holds processed records that are not committed yet.
    until(t, () => {
      const v = groupView(t, 'g1')
      return (
        c1.app === 'polling' &&
        v.partitions.some(
          (p) =>
            p.owner === 'c1' &&
            p.position !== null &&
            p.committed !== null &&
            p.position > p.committed + 2,
        )
      )
    })
    const at = groupView(t, 'g1').partitions.filter((p) => p.owner === 'c1')
    const uncommitted = at.reduce((n, p) => n + ((p.position ?? 0) - (p.committed ?? 0)), 0)
    expect(uncommitted).toBeGreaterThan(0)
    t.do({ type: 'crashConsumer', group: 'g1', clientId: 'c1' })
    // The crash says how many processed records the next owner will process again.
    expect(t.ofType('consumerCrashed')[0]?.uncommitted).toBe(uncommitted)
    t.advance(8000)
    const left = t.ofType('memberLeft').filter((e) => e.clientId === 'c1')
    expect(left.map((e) => e.reason)).toContain('sessionTimeout')
    const again = t.ofType('recordsReprocessed').filter((e) => e.group === 'g1')
    expect(again.length).toBeGreaterThan(0)
    expect(again.every((e) => e.clientId === 'c2')).toBe(true)
    const v = groupView(t, 'g1')
    expect(v.processedTwice).toBeGreaterThanOrEqual(uncommitted)
    expect(v.skipped).toBe(0)
    expect(ownershipViolations(t.sim)).toEqual([])
  })

  it('an idempotent consumer recognises the redelivered records and applies nothing twice', () => {
    const t = new TestSim(7)
    t.do({
      type: 'addGroup',
      group: 'g1',
      topics: ['orders'],
      consumers: 2,
      processingMs: 10,
      dedupe: true,
      config: { autoOffsetReset: 'earliest', autoCommitIntervalMs: 2000 },
    })
    stable(t, 'g1', 2)
    t.do({ type: 'setAutoProduce', rate: 40, topic: 'orders', keys: 'uniform' })
    t.advance(2500)
    until(t, () =>
      groupView(t, 'g1').partitions.some(
        (p) =>
          p.owner === 'c1' &&
          p.position !== null &&
          p.committed !== null &&
          p.position > p.committed + 2,
      ),
    )
    t.do({ type: 'crashConsumer', group: 'g1', clientId: 'c1' })
    t.advance(8000)
    const v = groupView(t, 'g1')
    expect(t.ofType('recordsDeduplicated').length).toBeGreaterThan(0)
    expect(t.ofType('recordsReprocessed')).toHaveLength(0)
    expect(v.deduplicated).toBeGreaterThan(0)
    expect(v.processedTwice).toBe(0)
  })

  it('commit before processing then a crash skips records, and that is reported', () => {
    const t = new TestSim(3)
    t.do({
      type: 'addGroup',
      group: 'g1',
      topics: ['orders'],
      consumers: 2,
      processingMs: 100,
      commitPolicy: 'before-processing',
      config: { autoOffsetReset: 'earliest' },
    })
    stable(t, 'g1', 2)
    const c1 = consumer(t, 'g1', 'c1')
    const p = c1.assigned[0] as string
    produceTo(t, 'orders', Number(p.split('-')[1]), 20)
    until(t, () => c1.app === 'processing' && c1.batch !== null && c1.batch.records.length >= 10)
    t.advance(250)
    t.do({ type: 'crashConsumer', group: 'g1', clientId: 'c1' })
    const crash = t.ofType('consumerCrashed')[0]
    expect(crash?.unprocessed).toBeGreaterThan(0)
    // Committed before processing: nothing processed lies past the commit.
    expect(crash?.uncommitted).toBe(0)
    t.advance(8000)
    const skipped = t
      .ofType('recordsSkipped')
      .filter((e) => e.reason === 'committedBeforeProcessing')
    expect(skipped).toHaveLength(1)
    expect(skipped[0]?.partition).toBe(p)
    expect(skipped[0]?.count).toBe(crash?.unprocessed)
    const v = groupView(t, 'g1')
    expect(v.skipped).toBe(crash?.unprocessed)
    expect(v.processedTwice).toBe(0)
    // The skipped records were never processed by the group.
    const ids = committedRecordIds(t.sim, p)
    expect(ids.filter((id) => timesProcessed(t.sim, 'g1', id) === 0)).toHaveLength(
      crash?.unprocessed ?? -1,
    )
  })

  it('two groups each read every record once (pub-sub), and within a group each record once (queue)', () => {
    const t = new TestSim(11)
    const config = { autoOffsetReset: 'earliest' as const }
    t.do({ type: 'addGroup', group: 'billing', topics: ['orders'], consumers: 2, config })
    t.do({
      type: 'addGroup',
      group: 'audit',
      topics: ['orders'],
      consumers: 3,
      config,
      strategy: 'roundrobin',
    })
    stable(t, 'billing', 2)
    stable(t, 'audit', 3)
    t.do({ type: 'setAutoProduce', rate: 50, topic: 'orders', keys: 'few' })
    t.advance(4000)
    t.do({ type: 'setAutoProduce', rate: 0 })
    t.advance(3000)
    const ids = [0, 1, 2].flatMap((i) => committedRecordIds(t.sim, `orders-${i}`))
    expect(ids.length).toBeGreaterThan(150)
    for (const g of ['billing', 'audit']) {
      expect(ids.filter((id) => timesProcessed(t.sim, g, id) !== 1)).toEqual([])
      const v = groupView(t, g)
      expect(v.processed).toBe(ids.length)
      expect(v.processedTwice).toBe(0)
      expect(v.skipped).toBe(0)
      expect(v.lag).toBe(0)
    }
    expect(t.ofType('recordsReprocessed')).toEqual([])
  })

  it('lag is the HW minus the committed offset, per partition and summed per group', () => {
    const t = new TestSim(5)
    t.do({
      type: 'addGroup',
      group: 'g1',
      topics: ['orders'],
      consumers: 1,
      commitPolicy: 'after-processing',
      config: { autoOffsetReset: 'earliest' },
    })
    stable(t, 'g1', 1)
    produceTo(t, 'orders', 0, 10)
    t.advance(1000)
    let v = groupView(t, 'g1')
    expect(v.partitions[0]).toMatchObject({ committed: 10, hw: 10, lag: 0 })
    t.do({ type: 'pauseConsumer', group: 'g1', clientId: 'c1', paused: true })
    produceTo(t, 'orders', 0, 5)
    produceTo(t, 'orders', 1, 3)
    t.advance(1000)
    v = groupView(t, 'g1')
    expect(v.partitions[0]).toMatchObject({ committed: 10, hw: 15, lag: 5 })
    // commitSync() commits every owned position, so orders-1 was committed at 0 before its records.
    expect(v.partitions[1]).toMatchObject({ committed: 0, hw: 3, lag: 3 })
    for (const p of v.partitions)
      if (p.lag !== null) expect(p.lag).toBe((p.hw ?? 0) - (p.committed ?? 0))
    expect(v.lag).toBe(8)
    expect(v.members[0]?.state).toBe('paused')
  })
})

describe('auto.offset.reset', () => {
  it('none: a partition without a committed offset stops the consumer, which leaves the group', () => {
    const t = new TestSim(6)
    t.do({
      type: 'addGroup',
      group: 'g1',
      topics: ['orders'],
      consumers: 1,
      config: { autoOffsetReset: 'none' },
    })
    t.advance(3000)
    const failed = t.ofType('consumerFailed')
    expect(failed).toHaveLength(1)
    expect(failed[0]).toMatchObject({ clientId: 'c1', error: 'NoOffsetForPartitionException' })
    expect(failed[0]?.detail).toMatch(/auto.offset.reset=none/)
    expect(t.ofType('memberLeft').map((e) => [e.clientId, e.reason])).toEqual([['c1', 'leave']])
    expect(groupView(t, 'g1').members[0]?.state).toBe('dead')
  })

  it('earliest starts at the log start, latest at the HW', () => {
    const t = new TestSim(6)
    produceTo(t, 'orders', 0, 5)
    t.advance(500)
    t.do({
      type: 'addGroup',
      group: 'early',
      topics: ['orders'],
      consumers: 1,
      config: { autoOffsetReset: 'earliest' },
    })
    t.do({ type: 'addGroup', group: 'late', topics: ['orders'], consumers: 1 })
    t.advance(3000)
    const resets = t.ofType('offsetReset').filter((e) => e.partition === 'orders-0')
    expect(resets.map((e) => [e.group, e.strategy, e.offset])).toEqual([
      ['early', 'earliest', 0],
      ['late', 'latest', 5],
    ])
    expect(groupView(t, 'early').processed).toBe(5)
    expect(groupView(t, 'late').processed).toBe(0)
  })
})

describe('partitions and consumers', () => {
  it('more consumers than partitions leaves a consumer idle', () => {
    const t = new TestSim(2)
    t.do({ type: 'addGroup', group: 'g1', topics: ['orders'], consumers: 4 })
    stable(t, 'g1', 4)
    const v = groupView(t, 'g1')
    const idle = v.members.filter((m) => m.assigned.length === 0)
    expect(idle).toHaveLength(1)
    expect(idle[0]?.state).toBe('idle')
    expect(t.ofType('consumerIdle').map((e) => e.clientId)).toEqual([idle[0]?.clientId])
    expect(v.partitions.every((p) => p.owner !== null)).toBe(true)
  })

  it('adding partitions triggers a rebalance once the leader refreshes its metadata', () => {
    const t = new TestSim(4)
    t.do({ type: 'addGroup', group: 'g1', topics: ['orders'], consumers: 2 })
    stable(t, 'g1', 2)
    const gen = groupView(t, 'g1').generation
    const before = t.ofType('rebalanceStarted').length
    t.do({ type: 'addPartitions', topic: 'orders', totalPartitions: 5 })
    t.advance(3500)
    const started = t.ofType('rebalanceStarted').slice(before)
    expect(started.length).toBeGreaterThan(0)
    expect(started[0]?.reason).toMatch(/partition count/)
    stable(t, 'g1', 2)
    const v = groupView(t, 'g1')
    expect(v.generation).toBeGreaterThan(gen)
    expect(v.partitions.map((p) => p.owner !== null)).toEqual([true, true, true, true, true])
    expect(t.ofType('consumerSawNewPartitions').some((e) => e.to === 5)).toBe(true)
  })

  it('with latest, records written to a new partition before discovery are skipped, and reported', () => {
    const t = new TestSim(4)
    t.do({ type: 'addGroup', group: 'g1', topics: ['orders'], consumers: 2 })
    stable(t, 'g1', 2)
    t.do({ type: 'addPartitions', topic: 'orders', totalPartitions: 4 })
    t.advance(100)
    produceTo(t, 'orders', 3, 6, 'early')
    t.advance(4000)
    stable(t, 'g1', 2)
    produceTo(t, 'orders', 3, 2, 'late')
    t.advance(1500)
    const skipped = t.ofType('recordsSkipped').filter((e) => e.partition === 'orders-3')
    expect(skipped).toHaveLength(1)
    expect(skipped[0]).toMatchObject({
      reason: 'autoOffsetResetLatest',
      count: 6,
      offsets: [0, 1, 2, 3, 4, 5],
    })
    expect(groupView(t, 'g1').skippedByLatest).toBe(6)
    const ids = committedRecordIds(t.sim, 'orders-3')
    expect(ids.map((id) => timesProcessed(t.sim, 'g1', id))).toEqual([0, 0, 0, 0, 0, 0, 1, 1])
    // The partitions that existed when the group started are not reported.
    expect(t.ofType('recordsSkipped').filter((e) => e.partition !== 'orders-3')).toEqual([])
  })
})
