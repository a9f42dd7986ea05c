// SyncGroup waits for the group record (completeSync.ts): the answers leave only once the HW of the
// group's __consumer_offsets partition covers the record holding the leader's assignment. A slow
// follower holds them back; a coordinator that loses the partition in between answers
// NOT_COORDINATOR and the members rejoin; an HW that does not come within
// offsets.commit.timeout.ms fails the generation with REBALANCE_IN_PROGRESS.

import { describe, expect, it } from 'vitest'
import { consumer, groupView, ownershipViolations, until } from '../testing/groups'
import { TestSim } from '../testing/run'
import { OFFSETS_COMMIT_TIMEOUT_MS } from './config'
import { offsetsPartitionOf } from './lookup'
import { GROUP_WATCH_MS } from './watch'

function stable(t: TestSim, members: number, max = 20_000): void {
  until(
    t,
    () => {
      const v = groupView(t, 'g1')
      return (
        v.state === 'Stable' &&
        v.members.filter((m) => m.inGroup && m.generation === v.generation && m.state === 'stable')
          .length === members
      )
    },
    max,
  )
}

/** A stable group of two; returns its offsets partition and coordinator. */
function twoMembers(seed: number): { t: TestSim; p: string; coord: number } {
  const t = new TestSim(seed)
  t.do({ type: 'addGroup', group: 'g1', topics: ['orders'], consumers: 2 })
  stable(t, 2)
  return {
    t,
    p: offsetsPartitionOf(t.sim, 'g1') as string,
    coord: groupView(t, 'g1').coordinator as number,
  }
}

/** Every generation completes once, and in increasing order. */
function completedGenerations(t: TestSim): number[] {
  const gens = t.ofType('rebalanceCompleted').map((e) => e.generation)
  for (let i = 1; i < gens.length; i++)
    expect(gens[i] as number).toBeGreaterThan(gens[i - 1] as number)
  return gens
}

/**
 * Two members, a coordinator that is not the preferred leader of the offsets partition (so a
 * preferred election takes the partition while it stays up and answers), slow followers, and a
 * third member: the preferred election comes right after the leader's assignment is appended.
 * Returns the generation the new coordinator loaded.
 */
function failoverBeforeCommit(seed: number): number {
  const { t, p, coord: first } = twoMembers(seed)
  t.do({ type: 'killBroker', broker: first })
  t.advance(2000)
  t.do({ type: 'restartBroker', broker: first })
  until(t, () => t.meta(p).isr.includes(first))
  stable(t, 2)
  const coord = groupView(t, 'g1').coordinator as number
  expect(coord).not.toBe(first)
  for (const b of t.meta(p).replicas)
    if (b !== coord) t.do({ type: 'slowBroker', broker: b, extraMs: 100 })
  const from = t.sim.tick
  t.do({ type: 'addConsumer', group: 'g1' })
  until(t, () => t.ofType('groupAssignmentWritten').some((e) => e.tick >= from), 10_000, 1)
  const written = t.ofType('groupAssignmentWritten').at(-1)
  expect(written?.generation).toBe(2)
  expect(t.replica(p, coord).highWatermark).toBeLessThanOrEqual(written?.offset as number)
  const electedAt = t.sim.tick
  t.do({ type: 'electPreferredLeaders', topic: '__consumer_offsets' })
  stable(t, 3)
  const after = <T extends { tick: number }>(xs: T[]) => xs.filter((e) => e.tick >= electedAt)

  expect(after(t.ofType('rebalanceFailed'))).toEqual([
    expect.objectContaining({ generation: 2, error: 'NOT_COORDINATOR', offsetsPartition: p }),
  ])
  const moved = after(t.ofType('coordinatorMoved')).at(-1)
  expect(moved).toMatchObject({ to: first })
  // Every member's parked SyncGroup came back NOT_COORDINATOR from the old coordinator.
  const lost = after(t.ofType('consumerLostCoordinator'))
  expect(lost.map((e) => e.clientId).sort()).toEqual(['c1', 'c2', 'c3'])
  for (const e of lost)
    expect(e).toMatchObject({ broker: coord, error: 'NOT_COORDINATOR', inFlight: ['SyncGroup'] })
  // Generation 2 never completed; the members are stable in generation 3 at the new coordinator.
  expect(completedGenerations(t)).toEqual([1, 3])
  expect(groupView(t, 'g1')).toMatchObject({ coordinator: first, generation: 3, state: 'Stable' })
  for (const id of ['c1', 'c2', 'c3']) expect(consumer(t, 'g1', id).generation).toBe(3)
  expect(ownershipViolations(t.sim)).toEqual([])
  return moved?.generation ?? -1
}

describe('SyncGroup waits for the group record to commit', () => {
  it('a slow follower holds the HW back: the members stay in CompletingRebalance until it covers the record', () => {
    const { t, p, coord } = twoMembers(5)
    const follower = t.meta(p).replicas.find((b) => b !== coord) as number
    t.do({ type: 'slowBroker', broker: follower, extraMs: 100 })
    const from = t.sim.tick
    t.do({ type: 'addConsumer', group: 'g1' })
    until(t, () => t.ofType('groupAssignmentWritten').some((e) => e.tick >= from), 10_000, 1)
    const written = t.ofType('groupAssignmentWritten').at(-1)
    expect(written).toMatchObject({ generation: 2, offsetsPartition: p, leader: 'c1' })
    const offset = written?.offset as number
    const leader = t.replica(p, coord)
    expect(leader.log.logEndOffset).toBe(offset + 1)
    const g = t.sim.groups.groups.g1
    let waited = 0
    while (!t.ofType('rebalanceCompleted').some((e) => e.generation === 2)) {
      // The record is in the leader's log, not committed: nobody has generation 2's assignment.
      expect(leader.highWatermark).toBeLessThanOrEqual(offset)
      expect(g?.coord.state).toBe('CompletingRebalance')
      expect(g?.coord.syncStore).toMatchObject({ generation: 2, requiredOffset: offset + 1 })
      for (const id of ['c1', 'c2', 'c3']) {
        const c = consumer(t, 'g1', id)
        expect(c.joinState).not.toBe('stable')
        expect(c.pendingAssignment).toBeNull()
      }
      expect(waited).toBeLessThan(OFFSETS_COMMIT_TIMEOUT_MS)
      t.advance(1)
      waited++
    }
    // At least the slow follower's extra delay (without it the answers take some 30 ms).
    expect(waited).toBeGreaterThanOrEqual(100)
    expect(leader.highWatermark).toBeGreaterThan(offset)
    expect(g?.coord.state).toBe('Stable')
    expect(t.ofType('rebalanceFailed')).toEqual([])
    stable(t, 3)
    expect(completedGenerations(t)).toEqual([1, 2])
    expect(ownershipViolations(t.sim)).toEqual([])
  })

  // The preferred leader of the offsets partition takes it back between append and commit. It may
  // already hold the uncommitted record (and load generation 2) or not (and load generation 1).
  // Either way nobody got generation 2's assignment, everyone rejoins, and the generation that
  // completes is higher than any completed before.
  it('a coordinator failover before the commit: NOT_COORDINATOR, a rejoin, a higher generation', () => {
    const loaded = [1, 5].map((seed) => failoverBeforeCommit(seed))
    expect(loaded.sort()).toEqual([1, 2])
  })

  it('an HW that does not come within offsets.commit.timeout.ms fails the generation: REBALANCE_IN_PROGRESS', () => {
    const { t, p, coord } = twoMembers(5)
    const followers = t.meta(p).replicas.filter((b) => b !== coord)
    for (const b of followers) t.do({ type: 'slowBroker', broker: b, extraMs: 1000 })
    const from = t.sim.tick
    t.do({ type: 'addConsumer', group: 'g1' })
    until(t, () => t.ofType('rebalanceFailed').length > 0, 10_000, 1)
    const written = t.ofType('groupAssignmentWritten').filter((e) => e.tick >= from)
    const failed = t.ofType('rebalanceFailed')[0]
    expect(failed).toMatchObject({ generation: 2, error: 'REBALANCE_IN_PROGRESS' })
    // Polled by the group watch (every GROUP_WATCH_MS).
    const waited = (failed?.tick ?? 0) - (written[0]?.tick ?? 0)
    expect(waited).toBeGreaterThanOrEqual(OFFSETS_COMMIT_TIMEOUT_MS)
    expect(waited).toBeLessThan(OFFSETS_COMMIT_TIMEOUT_MS + GROUP_WATCH_MS)
    // The coordinator starts over at once; the members learn it from their SyncGroup.
    expect(t.ofType('rebalanceStarted').at(-1)).toMatchObject({
      generation: 2,
      reason: 'the group record of generation 2 was not committed (REBALANCE_IN_PROGRESS)',
    })
    for (const b of followers) t.do({ type: 'slowBroker', broker: b, extraMs: 0 })
    stable(t, 3)
    const gens = completedGenerations(t)
    expect(gens[0]).toBe(1)
    expect(gens.at(-1)).toBe(groupView(t, 'g1').generation)
    expect(gens).not.toContain(2)
    expect(ownershipViolations(t.sim)).toEqual([])
  })
})
