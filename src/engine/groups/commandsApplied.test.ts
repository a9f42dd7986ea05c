// Group commands that succeed: resets through the coordinator, commits now, settings changes
// reported with their new values.

import { describe, expect, it } from 'vitest'
import { consumer, groupView, produceTo, until } from '../testing/groups'
import { TestSim } from '../testing/run'

describe('group commands that succeed', () => {
  it('setGroupConfig reports each change with its new value', () => {
    const t = new TestSim(1)
    t.do({ type: 'addGroup', group: 'g1', topics: ['orders'], consumers: 2 })
    t.do({
      type: 'setGroupConfig',
      group: 'g1',
      processingMs: 40,
      dedupe: true,
      config: { maxPollRecords: 7 },
    })
    expect(t.ofType('groupConfigChanged').at(-1)).toMatchObject({
      changes: ['maxPollRecords', 'processingMs', 'dedupe'],
      values: { maxPollRecords: '7', processingMs: '40 ms', dedupe: 'true' },
    })
  })

  it('resetOffsets on an Empty group commits through the coordinator and the next consumer starts there', () => {
    const t = new TestSim(1)
    t.do({
      type: 'addGroup',
      group: 'g1',
      topics: ['orders'],
      consumers: 1,
      config: { autoOffsetReset: 'earliest' },
    })
    produceTo(t, 'orders', 0, 10)
    t.advance(2000)
    t.do({ type: 'removeConsumer', group: 'g1', clientId: 'c1' })
    until(t, () => groupView(t, 'g1').state === 'Empty')
    expect(groupView(t, 'g1').partitions[0]?.committed).toBe(10)
    expect(
      t.do({ type: 'resetOffsets', group: 'g1', topic: 'orders', to: { offset: 4 }, partition: 0 })
        .ok,
    ).toBe(true)
    t.advance(200)
    expect(groupView(t, 'g1').partitions[0]?.committed).toBe(4)
    expect(t.ofType('offsetsReset')[0]).toMatchObject({
      offsets: { 'orders-0': 4 },
      to: 'offset 4',
    })
    t.do({ type: 'addConsumer', group: 'g1' })
    t.advance(3000)
    const again = t.ofType('recordsReprocessed')
    expect(again.reduce((n, e) => n + e.count, 0)).toBe(6)
    expect(consumer(t, 'g1', 'c2').positions['orders-0']).toBe(10)
  })

  it('resetOffsets forward skips records for the group, and says so', () => {
    const t = new TestSim(1)
    t.do({
      type: 'addGroup',
      group: 'g1',
      topics: ['orders'],
      consumers: 1,
      config: { autoOffsetReset: 'earliest' },
    })
    produceTo(t, 'orders', 0, 4)
    t.advance(2000)
    t.do({ type: 'removeConsumer', group: 'g1', clientId: 'c1' })
    until(t, () => groupView(t, 'g1').state === 'Empty')
    produceTo(t, 'orders', 0, 5)
    t.advance(300)
    expect(
      t.do({ type: 'resetOffsets', group: 'g1', topic: 'orders', to: 'latest', partition: 0 }).ok,
    ).toBe(true)
    const skipped = t.ofType('recordsSkipped')
    expect(skipped).toHaveLength(1)
    expect(skipped[0]).toMatchObject({ reason: 'resetOffsets', count: 5, offsets: [4, 5, 6, 7, 8] })
    expect(groupView(t, 'g1').skippedByReset).toBe(5)
    expect(groupView(t, 'g1').skipped).toBe(0)
  })

  it('commitSync and commitAsync commit the consumer’s positions now', () => {
    const t = new TestSim(1)
    t.do({
      type: 'addGroup',
      group: 'g1',
      topics: ['orders'],
      consumers: 1,
      commitPolicy: 'after-processing',
      config: { autoOffsetReset: 'earliest' },
    })
    until(
      t,
      () =>
        consumer(t, 'g1', 'c1').assigned.length === 3 && consumer(t, 'g1', 'c1').app === 'polling',
    )
    t.advance(200)
    const before = t.ofType('offsetsCommitted').length
    expect(t.do({ type: 'commitSync', group: 'g1', clientId: 'c1' }).ok).toBe(true)
    t.advance(200)
    expect(t.do({ type: 'commitAsync', group: 'g1', clientId: 'c1' }).ok).toBe(true)
    t.advance(200)
    const done = t.ofType('offsetsCommitted').slice(before)
    expect(done.map((e) => e.how)).toEqual(['sync', 'async'])
    expect(done[0]?.offsets).toEqual({ 'orders-0': 0, 'orders-1': 0, 'orders-2': 0 })
  })

  it('resetOffsets to a timestamp uses the record timestamps', () => {
    const t = new TestSim(1)
    t.do({ type: 'addGroup', group: 'g1', topics: ['orders'] })
    produceTo(t, 'orders', 1, 3)
    t.advance(500)
    const ts = t.sim.tick
    produceTo(t, 'orders', 1, 2)
    t.advance(500)
    until(t, () => groupView(t, 'g1').coordinator !== null)
    expect(
      t.do({
        type: 'resetOffsets',
        group: 'g1',
        topic: 'orders',
        to: { timestamp: ts },
        partition: 1,
      }).ok,
    ).toBe(true)
    t.advance(200)
    expect(groupView(t, 'g1').partitions[1]?.committed).toBe(3)
  })
})
