// A static member replacing its old incarnation in a Stable group (storeStaticMember.ts): its
// JoinGroup is answered only once the group record with the new member id is committed; if the
// record cannot be written, the old member id is put back and the JoinGroup fails.

import { describe, expect, it } from 'vitest'
import { consumer, groupView, until } from '../testing/groups'
import { TestSim } from '../testing/run'
import { offsetsPartitionOf } from './lookup'
import { GROUP_WATCH_MS } from './watch'

/** A Stable group of two static members (host-a, host-b); c1 (host-a) crashed. */
function staticPair(seed: number): { t: TestSim; p: string; coord: number; oldId: string } {
  const t = new TestSim(seed)
  t.do({ type: 'addGroup', group: 'g1', topics: ['orders'], consumers: 0 })
  t.do({ type: 'addConsumer', group: 'g1', groupInstanceId: 'host-a' })
  t.do({ type: 'addConsumer', group: 'g1', groupInstanceId: 'host-b' })
  until(t, () => {
    const v = groupView(t, 'g1')
    return v.state === 'Stable' && v.members.filter((m) => m.state === 'stable').length === 2
  })
  const coord = groupView(t, 'g1').coordinator as number
  const oldId = t.sim.groups.groups.g1?.coord.staticMembers['host-a'] as string
  t.do({ type: 'crashConsumer', group: 'g1', clientId: 'c1' })
  return { t, p: offsetsPartitionOf(t.sim, 'g1') as string, coord, oldId }
}

const pending = (t: TestSim) => Object.values(t.sim.groups.groups.g1?.coord.staticStores ?? {})

describe('a static member replacing its old incarnation', () => {
  it('is answered only once the group record with its new member id is committed', () => {
    const { t, p, coord, oldId } = staticPair(9)
    for (const b of t.meta(p).replicas)
      if (b !== coord) t.do({ type: 'slowBroker', broker: b, extraMs: 150 })
    t.advance(500)
    const generation = groupView(t, 'g1').generation
    t.do({ type: 'addConsumer', group: 'g1', clientId: 'c1' })
    until(t, () => pending(t).length > 0, 5000, 1)
    const store = pending(t)[0]
    expect(store?.oldId).toBe(oldId)
    // While the record waits for the HW, the new incarnation is not answered; the answer leaves
    // at the group watch that sees the HW cover the record.
    const appendedAt = t.sim.tick
    let committedAt = -1
    while (pending(t).length > 0) {
      expect(consumer(t, 'g1', 'c1').joinState).not.toBe('stable')
      t.advance(1)
      const hw = t.replica(p, coord).highWatermark
      if (committedAt < 0 && hw >= (store?.requiredOffset as number)) committedAt = t.sim.tick
    }
    expect(committedAt).toBeGreaterThan(appendedAt + 100)
    expect(t.sim.tick - committedAt).toBeLessThanOrEqual(GROUP_WATCH_MS)
    until(t, () => consumer(t, 'g1', 'c1').joinState === 'stable', 5000, 1)
    expect(groupView(t, 'g1').generation).toBe(generation)
    expect(t.ofType('staticMemberReverted')).toEqual([])
    expect(t.sim.groups.groups.g1?.coord.staticMembers['host-a']).toBe(store?.newId)
  })

  it('is reverted when the record cannot be committed, and the old member id is back', () => {
    const { t, p, coord, oldId } = staticPair(9)
    const followers = t.meta(p).replicas.filter((b) => b !== coord)
    for (const b of followers) t.do({ type: 'killBroker', broker: b })
    until(t, () => t.meta(p).isr.length === 1, 10_000)
    t.do({ type: 'addConsumer', group: 'g1', clientId: 'c1' })
    until(t, () => t.ofType('staticMemberReverted').length > 0, 5000, 1)
    const reverted = t.ofType('staticMemberReverted')[0]
    expect(reverted).toMatchObject({
      group: 'g1',
      clientId: 'c1',
      memberId: oldId,
      error: 'COORDINATOR_NOT_AVAILABLE',
      offsetsPartition: p,
    })
    const c = t.sim.groups.groups.g1?.coord
    expect(c?.staticMembers['host-a']).toBe(oldId)
    expect(c?.members[oldId]).toBeDefined()
    expect(Object.values(c?.members ?? {}).filter((m) => m.clientId === 'c1')).toHaveLength(1)
    expect(consumer(t, 'g1', 'c1').joinState).not.toBe('stable')
    // Once the replicas are back, the new incarnation gets in.
    for (const b of followers) t.do({ type: 'restartBroker', broker: b })
    until(t, () => consumer(t, 'g1', 'c1').joinState === 'stable', 30_000)
    expect(t.sim.groups.groups.g1?.coord.staticMembers['host-a']).not.toBe(oldId)
  })
})
