import { describe, expect, it } from 'vitest'
import type { SimEvent } from '../../../engine/events'
import { groupView, produceTo, until } from '../../../engine/testing/groups'
import { TestSim } from '../../../engine/testing/run'
import { isRebalancing } from './groupStatus'
import { IncidentTracker, MAX_INCIDENTS } from './incidents'
import { StoryTracker } from './rebalanceStory'

type Strategy = 'range' | 'cooperative-sticky'

/** A group of `n` consumers on `topic`, stable, then one more consumer; the story once settled. */
function addOne(strategy: Strategy, n: number, topic = 'orders', partitions = 3) {
  const t = new TestSim(42)
  if (topic !== 'orders')
    t.do({ type: 'createTopic', name: topic, partitions, replicationFactor: 3 })
  t.do({ type: 'addGroup', group: 'g1', topics: [topic], consumers: n, strategy })
  t.advance(3000)
  const before = t.events.length
  t.do({ type: 'addConsumer', group: 'g1' })
  until(t, () => t.sim.tick > 3100 && !isRebalancing(groupView(t, 'g1')), 20_000)
  t.advance(200)
  const story = new StoryTracker().feed(t.events).stories().g1
  return { t, before, story }
}

describe('StoryTracker on a rebalance that never completes', () => {
  it('follows each new generation instead of keeping the first round’s story', () => {
    const started = (tick: number, generation: number, reason: string) =>
      ({ type: 'rebalanceStarted', group: 'g1', generation, reason, tick, touches: [] }) as SimEvent
    const tracker = new StoryTracker().feed([
      started(100, 1, 'member c3 joined'),
      // Another member joins while the round gathers: the same round.
      started(120, 1, 'member c4 joined'),
    ])
    expect(tracker.stories().g1?.rounds).toHaveLength(1)
    expect(tracker.stories().g1?.rounds[0]).toMatchObject({ fromGeneration: 1, startTick: 100 })
    // Its join completed (generation 2) but the assignment never committed: a new attempt.
    tracker.feed([started(900, 2, 'the group store failed (NOT_ENOUGH_REPLICAS)')])
    const story = tracker.stories().g1
    expect(story?.startTick).toBe(900)
    expect(story?.rounds[0]).toMatchObject({
      fromGeneration: 2,
      reason: 'the group store failed (NOT_ENOUGH_REPLICAS)',
    })
  })
})

describe('StoryTracker on real rebalances', () => {
  it('an eager rebalance is one round in which every member revokes everything', () => {
    const { story } = addOne('range', 3)
    expect(story?.protocol).toBe('eager')
    expect(story?.rounds).toHaveLength(1)
    expect(story?.rounds[0]).toMatchObject({
      round: 1,
      fromGeneration: 1,
      generation: 2,
      reason: 'member c4 joined',
    })
    expect(story?.revoked.map((s) => s.clientId).sort()).toEqual(['c1', 'c2', 'c3'])
    expect(story?.revoked.flatMap((s) => s.partitions).sort()).toEqual([
      'orders-0',
      'orders-1',
      'orders-2',
    ])
    expect(story?.settledTick).not.toBeNull()
  })

  it('a cooperative rebalance that moves a partition takes two rounds', () => {
    const { story } = addOne('cooperative-sticky', 3, 'clicks', 6)
    expect(story?.protocol).toBe('cooperative')
    expect(story?.rounds.map((r) => [r.round, r.fromGeneration, r.generation])).toEqual([
      [1, 1, 2],
      [2, 2, 3],
    ])
    expect(story?.revoked).toHaveLength(1)
    expect(story?.revoked[0]?.round).toBe(1)
    const moved = story?.revoked[0]?.partitions[0] as string
    expect(story?.rounds[1]?.assignment?.c4).toContain(moved)
    expect(story?.assigned.some((s) => s.clientId === 'c4' && s.partitions.includes(moved))).toBe(
      true,
    )
  })

  it('a cooperative rebalance where nothing moves is one round with no revocation', () => {
    const { story } = addOne('cooperative-sticky', 3)
    expect(story?.rounds).toHaveLength(1)
    expect(story?.revoked).toEqual([])
  })

  it('a consumer closing revokes before the rebalance starts: that belongs to the new story', () => {
    const t = new TestSim(42)
    t.do({
      type: 'addGroup',
      group: 'g1',
      topics: ['orders'],
      consumers: 3,
      strategy: 'cooperative-sticky',
    })
    t.advance(3000)
    t.do({ type: 'removeConsumer', group: 'g1', clientId: 'c3' })
    t.advance(2000)
    const story = new StoryTracker().feed(t.events).stories().g1
    expect(story?.rounds).toHaveLength(1)
    expect(story?.rounds[0]?.reason).toBe('member c3 left the group')
    expect(story?.revoked).toEqual([
      expect.objectContaining({ clientId: 'c3', partitions: ['orders-2'], round: 1 }),
    ])
  })

  it('is incremental: feeding in pieces gives the same stories, and the same object when idle', () => {
    const { t } = addOne('cooperative-sticky', 3, 'clicks', 6)
    const whole = new StoryTracker().feed(t.events).stories()
    const pieces = new StoryTracker()
    for (let i = 0; i < t.events.length; i += 7) pieces.feed(t.events.slice(i, i + 7))
    expect(pieces.stories()).toEqual(whole)
    const snap = pieces.stories()
    pieces.feed([{ type: 'brokerAdded', broker: 4, tick: 1, touches: [] } as SimEvent])
    expect(pieces.stories()).toBe(snap)
  })
})

describe('IncidentTracker', () => {
  it('tells why a record was processed twice: a crash before the commit, then the re-read', () => {
    const t = new TestSim(8)
    t.do({
      type: 'addGroup',
      group: 'g1',
      topics: ['orders'],
      consumers: 1,
      commitPolicy: 'after-processing',
      processingMs: 200,
      config: { autoOffsetReset: 'earliest' },
    })
    until(t, () => groupView(t, 'g1').state === 'Stable')
    t.advance(500)
    produceTo(t, 'orders', 0, 6)
    until(t, () => (groupView(t, 'g1').members[0]?.batchDone ?? 0) >= 3)
    t.do({ type: 'crashConsumer', group: 'g1', clientId: 'c1' })
    t.do({ type: 'addConsumer', group: 'g1' })
    until(t, () => groupView(t, 'g1').processedTwice >= 3, 30_000)
    t.advance(2000)
    const list = new IncidentTracker().feed(t.events).incidents().g1 ?? []
    expect(list.length).toBeLessThanOrEqual(MAX_INCIDENTS)
    const twice = list.find((e) => e.type === 'recordsReprocessed')
    expect(twice).toMatchObject({ partition: 'orders-0', clientId: 'c2' })
    expect(twice && 'count' in twice ? twice.count : 0).toBe(groupView(t, 'g1').processedTwice)
    expect(list.some((e) => e.type === 'consumerCrashed')).toBe(true)
  })

  it('keeps the newest few and ignores commits refused during a rebalance', () => {
    const ev = (tick: number, exception: string) =>
      ({
        type: 'offsetCommitFailed',
        group: 'g1',
        clientId: 'c1',
        exception,
        error: 'X',
        offsets: {},
        tick,
        touches: [],
      }) as unknown as SimEvent
    const tr = new IncidentTracker().feed([
      ev(1, 'RebalanceInProgressException'),
      ...[2, 3, 4, 5].map((k) => ev(k, 'CommitFailedException')),
    ])
    expect(tr.incidents().g1?.map((e) => e.tick)).toEqual([5, 4, 3])
  })
})
