// Rebalance scenarios: the classic protocol's join, eager vs cooperative on the same seed, a
// consumer that stops polling, coordinator failover, static membership.

import { describe, expect, it } from 'vitest'
import type { SimEvent } from '../events'
import { consumer, groupView, ownershipViolations, produceTo, until } from '../testing/groups'
import { TestSim } from '../testing/run'

function stable(t: TestSim, group: string, members: number, max = 60_000): void {
  until(
    t,
    () => {
      const v = groupView(t, group)
      return (
        v.state === 'Stable' &&
        v.members.filter((m) => m.inGroup && m.generation === v.generation && m.state !== 'joining')
          .length === members
      )
    },
    max,
  )
}

const since = <T extends SimEvent>(events: T[], tick: number) =>
  events.filter((e) => e.tick >= tick)

describe('the classic protocol', () => {
  it('joins with MEMBER_ID_REQUIRED ids, waits the initial delay, and makes the first member leader', () => {
    const t = new TestSim(1)
    t.do({ type: 'addGroup', group: 'g1', topics: ['orders'], consumers: 2 })
    stable(t, 'g1', 2)
    const v = groupView(t, 'g1')
    expect(v).toMatchObject({
      state: 'Stable',
      generation: 1,
      assignor: 'range',
      protocol: 'eager',
    })
    expect(v.members.map((m) => m.memberId)).toEqual([
      expect.stringMatching(
        /^c1-[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
      ),
      expect.stringMatching(/^c2-/),
    ])
    expect(v.leaderMember).toBe('c1')
    const started = t.ofType('rebalanceStarted')
    const done = t.ofType('rebalanceCompleted')
    expect(started).toHaveLength(1)
    expect(done).toHaveLength(1)
    // group.initial.rebalance.delay.ms (300), extended once because c2 arrived during it.
    expect((done[0]?.tick ?? 0) - (started[0]?.tick ?? 0)).toBeGreaterThanOrEqual(600)
    expect(done[0]?.assignment).toEqual({ c1: ['orders-0', 'orders-1'], c2: ['orders-2'] })
    // __consumer_offsets exists, is internal, and holds the group's metadata record.
    const topic = t.sim.topics.__consumer_offsets
    expect(topic).toMatchObject({ internal: true, partitions: 5, replicationFactor: 3 })
  })

  it('a consumer that stops polling leaves after max.poll.interval.ms and its later commit fails', () => {
    const t = new TestSim(8)
    t.do({
      type: 'addGroup',
      group: 'g1',
      topics: ['orders'],
      consumers: 2,
      processingMs: 50,
      commitPolicy: 'after-processing',
      config: { autoOffsetReset: 'earliest' },
    })
    stable(t, 'g1', 2)
    const c1 = consumer(t, 'g1', 'c1')
    produceTo(t, 'orders', Number((c1.assigned[0] as string).split('-')[1]), 10)
    until(t, () => c1.app === 'processing')
    t.do({ type: 'pauseConsumer', group: 'g1', clientId: 'c1', paused: true })
    const pausedAt = t.sim.tick
    const lastPoll = c1.lastPoll
    t.advance(29_000)
    expect(t.ofType('consumerPollTimeout')).toEqual([])
    t.advance(3000)
    const timeout = t.ofType('consumerPollTimeout')
    expect(timeout).toHaveLength(1)
    expect(timeout[0]?.tick).toBeGreaterThan(lastPoll + 30_000)
    expect(timeout[0]?.tick).toBeLessThanOrEqual(lastPoll + 30_000 + 300)
    const left = t.ofType('memberLeft')
    expect(left.map((e) => [e.clientId, e.reason])).toEqual([['c1', 'pollTimeout']])
    stable(t, 'g1', 1)
    expect(groupView(t, 'g1').partitions.every((p) => p.owner === 'c2' || p.owner === null)).toBe(
      true,
    )
    expect(since(t.ofType('rebalanceCompleted'), pausedAt).at(-1)?.assignment).toEqual({
      c2: ['orders-0', 'orders-1', 'orders-2'],
    })
    // c1 resumes: it finishes its batch, its commitSync fails, and its next poll() rejoins.
    t.do({ type: 'pauseConsumer', group: 'g1', clientId: 'c1', paused: false })
    t.advance(1000)
    const failed = t.ofType('offsetCommitFailed').filter((e) => e.clientId === 'c1')
    expect(failed).toHaveLength(1)
    expect(failed[0]?.exception).toBe('CommitFailedException')
    expect(t.ofType('partitionsLost').map((e) => e.clientId)).toContain('c1')
    stable(t, 'g1', 2)
    expect(ownershipViolations(t.sim)).toEqual([])
  })
})

describe('eager vs cooperative', () => {
  function run(strategy: 'range' | 'cooperative-sticky') {
    const t = new TestSim(21, {
      topics: [{ name: 'events', partitions: 6, replicationFactor: 3 }],
    })
    t.do({ type: 'addGroup', group: 'g1', topics: ['events'], consumers: 2, strategy })
    stable(t, 'g1', 2)
    const from = t.sim.tick
    t.do({ type: 'addConsumer', group: 'g1' })
    stable(t, 'g1', 3)
    t.advance(1000)
    return {
      revoked: since(t.ofType('partitionsRevoked'), from).map((e) => [e.clientId, e.partitions]),
      rounds: since(t.ofType('rebalanceCompleted'), from).map((e) => e.assignment),
      protocol: groupView(t, 'g1').protocol,
      violations: ownershipViolations(t.sim),
    }
  }

  it('eager revokes everything; cooperative revokes only what moves, over two rebalances', () => {
    const eager = run('range')
    const coop = run('cooperative-sticky')
    expect(eager.protocol).toBe('eager')
    expect(coop.protocol).toBe('cooperative')
    // Each learns of the rebalance from its own heartbeat: the order is the heartbeats' phase.
    expect(eager.revoked.sort((a, b) => String(a[0]).localeCompare(String(b[0])))).toEqual([
      ['c1', ['events-0', 'events-1', 'events-2']],
      ['c2', ['events-3', 'events-4', 'events-5']],
    ])
    expect(eager.rounds).toHaveLength(1)
    expect(eager.rounds[0]).toEqual({
      c1: ['events-0', 'events-1'],
      c2: ['events-2', 'events-3'],
      c3: ['events-4', 'events-5'],
    })
    // Cooperative: the first round takes one partition from each and gives c3 nothing yet.
    expect(coop.revoked).toHaveLength(2)
    for (const [, parts] of coop.revoked) expect(parts).toHaveLength(1)
    expect(coop.rounds).toHaveLength(2)
    expect(coop.rounds[0]?.c3).toEqual([])
    const moved = coop.revoked.flatMap(([, p]) => p as string[]).sort()
    expect([...(coop.rounds[1]?.c3 ?? [])].sort()).toEqual(moved)
    expect(eager.violations).toEqual([])
    expect(coop.violations).toEqual([])
  })
})

describe('coordinator failover', () => {
  it('a new leader of the offsets partition loads the group: same generation, no rebalance', () => {
    const t = new TestSim(12)
    t.do({ type: 'addGroup', group: 'g1', topics: ['orders'], consumers: 2 })
    stable(t, 'g1', 2)
    const before = groupView(t, 'g1')
    const old = before.coordinator as number
    const c1 = consumer(t, 'g1', 'c1')
    // Kill the coordinator while an auto-commit is in flight.
    until(t, () => Object.keys(c1.asyncCommits).length > 0, 5000, 1)
    const killedAt = t.sim.tick
    t.do({ type: 'killBroker', broker: old })
    t.advance(4000)
    const v = groupView(t, 'g1')
    expect(v.coordinator).not.toBeNull()
    expect(v.coordinator).not.toBe(old)
    expect(since(t.ofType('coordinatorMoved'), killedAt).at(-1)).toMatchObject({
      from: null,
      to: v.coordinator,
      generation: before.generation,
      members: 2,
    })
    expect(v.generation).toBe(before.generation)
    expect(v.state).toBe('Stable')
    expect(v.members.map((m) => m.memberId)).toEqual(before.members.map((m) => m.memberId))
    expect(since(t.ofType('rebalanceStarted'), killedAt)).toEqual([])
    const failed = since(t.ofType('offsetCommitFailed'), killedAt)
    expect(failed.map((e) => e.exception)).toContain('RetriableCommitFailedException')
    t.advance(2000)
    expect(since(t.ofType('offsetsCommitted'), killedAt + 1000).length).toBeGreaterThan(0)
  })

  it('a JoinGroup parked at a coordinator that dies is retried at the new one', () => {
    const t = new TestSim(12)
    t.do({ type: 'addGroup', group: 'g1', topics: ['orders'], consumers: 2 })
    stable(t, 'g1', 2)
    const gen = groupView(t, 'g1').generation
    const old = groupView(t, 'g1').coordinator as number
    t.do({ type: 'addConsumer', group: 'g1' })
    const c3 = consumer(t, 'g1', 'c3')
    until(t, () => c3.joinState === 'joining' && c3.memberId !== '', 5000, 1)
    const killedAt = t.sim.tick
    t.do({ type: 'killBroker', broker: old })
    t.advance(1500)
    const moved = since(t.ofType('coordinatorMoved'), killedAt).at(-1)
    expect(moved).toMatchObject({ generation: gen })
    const lost = since(t.ofType('consumerLostCoordinator'), killedAt).filter(
      (e) => e.clientId === 'c3',
    )
    expect(lost[0]).toMatchObject({
      broker: old,
      error: 'NETWORK_EXCEPTION',
      inFlight: ['JoinGroup'],
    })
    stable(t, 'g1', 3)
    const v = groupView(t, 'g1')
    expect(v.generation).toBeGreaterThan(gen)
    expect(v.coordinator).not.toBe(old)
    // c3's first member id died with the old coordinator (it was only pending there): it joined
    // again as a new member at the new coordinator.
    const joins = t.ofType('memberJoined').filter((e) => e.clientId === 'c3')
    expect(joins.at(-1)?.tick).toBeGreaterThan(killedAt)
    expect(since(t.ofType('rebalanceCompleted'), killedAt).at(-1)?.assignment).toEqual({
      c1: ['orders-0'],
      c2: ['orders-1'],
      c3: ['orders-2'],
    })
  })
})

describe('coordinator failover, continued', () => {
  it('session timers restart when the group is loaded: a member that died meanwhile is evicted a session later', () => {
    const t = new TestSim(12)
    t.do({ type: 'addGroup', group: 'g1', topics: ['orders'], consumers: 2 })
    stable(t, 'g1', 2)
    const old = groupView(t, 'g1').coordinator as number
    t.do({ type: 'crashConsumer', group: 'g1', clientId: 'c2' })
    t.advance(3000)
    t.do({ type: 'killBroker', broker: old })
    until(t, () => (groupView(t, 'g1').coordinator ?? old) !== old, 5000, 1)
    const loadedAt = t.sim.tick
    t.advance(4000)
    expect(t.ofType('memberLeft')).toEqual([])
    t.advance(1000)
    const left = t.ofType('memberLeft')
    expect(left.map((e) => [e.clientId, e.reason])).toEqual([['c2', 'sessionTimeout']])
    expect(left[0]?.tick).toBeGreaterThanOrEqual(loadedAt + 4500 - 10)
    stable(t, 'g1', 1)
    expect(consumer(t, 'g1', 'c1').assigned).toEqual(['orders-0', 'orders-1', 'orders-2'])
  })

  it('when leadership moves to a live broker, the old coordinator answers a parked JoinGroup with NOT_COORDINATOR', () => {
    const t = new TestSim(12)
    t.do({ type: 'addGroup', group: 'g1', topics: ['orders'], consumers: 2, processingMs: 100 })
    stable(t, 'g1', 2)
    const first = groupView(t, 'g1').coordinator as number
    t.do({ type: 'killBroker', broker: first })
    until(t, () => (groupView(t, 'g1').coordinator ?? first) !== first, 5000)
    t.do({ type: 'restartBroker', broker: first })
    const p = groupView(t, 'g1').offsetsPartition as string
    until(t, () => t.meta(p).isr.includes(first), 10_000)
    stable(t, 'g1', 2)
    const second = groupView(t, 'g1').coordinator as number
    // c1 is busy for a while, so the rebalance c3 starts waits for it.
    produceTo(t, 'orders', 0, 10)
    const c1 = consumer(t, 'g1', 'c1')
    until(t, () => c1.app === 'processing', 5000, 1)
    t.do({ type: 'addConsumer', group: 'g1' })
    until(t, () => t.ofType('memberJoined').some((e) => e.clientId === 'c3'), 5000, 1)
    const from = t.sim.tick
    expect(groupView(t, 'g1').state).toBe('PreparingRebalance')
    t.do({ type: 'electPreferredLeaders', topic: '__consumer_offsets' })
    const lostC3 = () =>
      since(t.ofType('consumerLostCoordinator'), from).filter((e) => e.clientId === 'c3')
    until(t, () => lostC3().length > 0, 2000, 1)
    expect(lostC3()[0]).toMatchObject({
      broker: second,
      error: 'NOT_COORDINATOR',
      inFlight: ['JoinGroup'],
    })
    stable(t, 'g1', 3)
    expect(groupView(t, 'g1').coordinator).toBe(first)
  })
})

describe('static membership', () => {
  it('a static member restarting within the session timeout gets its partitions back without a rebalance', () => {
    const t = new TestSim(9)
    t.do({ type: 'addGroup', group: 'g1', topics: ['orders'], consumers: 0 })
    t.do({ type: 'addConsumer', group: 'g1', groupInstanceId: 'host-a' })
    t.do({ type: 'addConsumer', group: 'g1', groupInstanceId: 'host-b' })
    stable(t, 'g1', 2)
    const before = groupView(t, 'g1')
    const owned = consumer(t, 'g1', 'c1').assigned.slice()
    t.do({ type: 'crashConsumer', group: 'g1', clientId: 'c1' })
    const crashedAt = t.sim.tick
    t.advance(2000)
    t.do({ type: 'addConsumer', group: 'g1', clientId: 'c1' })
    t.advance(2000)
    expect(since(t.ofType('rebalanceStarted'), crashedAt)).toEqual([])
    const v = groupView(t, 'g1')
    expect(v.generation).toBe(before.generation)
    expect(consumer(t, 'g1', 'c1').assigned).toEqual(owned)
    expect(consumer(t, 'g1', 'c1').groupInstanceId).toBe('host-a')
    expect(v.members.find((m) => m.clientId === 'c1')?.memberId).not.toBe(
      before.members.find((m) => m.clientId === 'c1')?.memberId,
    )
  })

  it('a static member that stays away longer than the session timeout is evicted', () => {
    const t = new TestSim(9)
    t.do({ type: 'addGroup', group: 'g1', topics: ['orders'] })
    t.do({ type: 'addConsumer', group: 'g1', groupInstanceId: 'host-a' })
    t.do({ type: 'addConsumer', group: 'g1', groupInstanceId: 'host-b' })
    stable(t, 'g1', 2)
    t.do({ type: 'removeConsumer', group: 'g1', clientId: 'c1' })
    t.advance(4000)
    expect(t.ofType('memberLeft')).toEqual([])
    t.advance(1000)
    expect(t.ofType('memberLeft').map((e) => [e.clientId, e.reason])).toEqual([
      ['c1', 'sessionTimeout'],
    ])
  })
})
