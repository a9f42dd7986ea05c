// Properties of the group machinery under random commands, time and broker faults (fast-check;
// no power failures, under which the replication invariants do not claim to hold):
// nothing throws, a partition has at most one owner among the members of a generation, the
// replication invariants still hold with __consumer_offsets in the cluster, and the same seed and
// inputs give the same groups and events twice.

import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { Command } from '../commands'
import { checkInvariants } from '../invariants'
import { groupCommandArb, stepsOf, twoGroups } from '../testing/groupSchedules'
import { ownershipViolations } from '../testing/groups'
import type { TestSim } from '../testing/run'
import { replay, Timeline } from '../timeline'
import { buildGroupsView } from './view'

const stepArb = stepsOf(groupCommandArb)

interface Outcome {
  readonly t: TestSim
  readonly groups: string
  readonly events: string
  readonly violations: string[]
}

/** After healing (brokers up, nobody stuck) every group with consumers settles: Stable, all running consumers in its generation, all partitions owned. */
function settled(t: TestSim): string[] {
  for (const b of [1, 2, 3])
    if (t.sim.brokers[b]?.status === 'offline') t.do({ type: 'restartBroker', broker: b })
    else if (t.sim.brokers[b]?.status === 'isolated') t.do({ type: 'reconnectBroker', broker: b })
  for (const g of Object.values(t.sim.groups.groups))
    for (const c of Object.values(g.consumers))
      if (c.status === 'running' && c.paused)
        t.do({ type: 'pauseConsumer', group: g.id, clientId: c.clientId, paused: false })
  t.advance(45_000)
  const out: string[] = []
  for (const g of Object.values(t.sim.groups.groups)) {
    const running = Object.values(g.consumers).filter((c) => c.status === 'running')
    if (running.length === 0) continue
    const co = g.coord
    const behind = running.filter(
      (c) => c.generation !== co.generation || c.joinState !== 'stable' || c.rejoinNeeded,
    )
    const owned = new Set(running.flatMap((c) => c.assigned))
    const n = t.sim.topics.orders?.partitions ?? 0
    if (co.state !== 'Stable' || behind.length > 0 || owned.size !== n)
      out.push(
        `${g.id}: ${co.state} gen ${co.generation}, behind ${behind.map((c) => c.clientId)}, owned ${owned.size}/${n}`,
      )
  }
  return out
}

function play(seed: number, steps: readonly { cmd: Command; gap: number }[]): Outcome {
  const t = twoGroups(seed)
  const violations: string[] = []
  const check = (full: boolean) => {
    violations.push(...ownershipViolations(t.sim))
    if (full)
      violations.push(...checkInvariants(t.sim).map((v) => `${v.rule} ${v.partition}: ${v.detail}`))
  }
  for (const s of steps) {
    t.do(s.cmd)
    check(true)
    for (let left = s.gap; left > 0; left -= 250) {
      t.advance(Math.min(250, left))
      check(false)
    }
  }
  for (const b of [1, 2, 3])
    if (t.sim.brokers[b]?.status === 'offline') t.do({ type: 'restartBroker', broker: b })
    else if (t.sim.brokers[b]?.status === 'isolated') t.do({ type: 'reconnectBroker', broker: b })
  t.advance(8000)
  check(true)
  return {
    t,
    groups: JSON.stringify(buildGroupsView(t.sim)),
    events: JSON.stringify(t.events),
    violations,
  }
}

describe('group properties', () => {
  it('random commands and time never throw, keep one owner per partition per generation, and replay identically', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 1_000_000 }),
        fc.array(stepArb, { maxLength: 14 }),
        (seed, steps) => {
          const a = play(seed, steps)
          expect(a.violations).toEqual([])
          const b = play(seed, steps)
          expect(b.groups).toBe(a.groups)
          expect(b.events).toBe(a.events)
        },
      ),
      { numRuns: 16 },
    )
  }, 120_000)
})

describe('group liveness', () => {
  it('once the cluster heals and nobody is stuck, every group settles with all partitions owned', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 1_000_000 }),
        fc.array(stepArb, { maxLength: 10 }),
        (seed, steps) => {
          expect(settled(play(seed, steps).t)).toEqual([])
        },
      ),
      { numRuns: 6 },
    )
  }, 120_000)

  it('a member that revoked partitions rejoins even when its JoinGroup could not be sent', () => {
    // Found by the property above: c1 revokes orders-2 for c2 (cooperative), its JoinGroup goes
    // to a coordinator that has just died, and it used to forget it had to rejoin: orders-2 then
    // stayed unowned for good.
    const steps: { cmd: Command; gap: number }[] = [
      { cmd: { type: 'pauseConsumer', group: 'g1', clientId: 'c1', paused: false }, gap: 392 },
      { cmd: { type: 'addConsumer', group: 'g2' }, gap: 403 },
      { cmd: { type: 'killBroker', broker: 3 }, gap: 0 },
      { cmd: { type: 'pauseConsumer', group: 'g1', clientId: 'c1', paused: false }, gap: 9 },
    ]
    const t = play(223267, steps).t
    expect(t.sim.groups.groups.g2?.coord.protocol).toBe('cooperative-sticky')
    expect(settled(t)).toEqual([])
  })
})

describe('time travel with groups', () => {
  it('seek(t) equals a fresh replay to t: checkpoints share the fate chunks without changing them', () => {
    const a = new Timeline(17, {}, 400)
    a.dispatch({
      type: 'addGroup',
      group: 'g1',
      topics: ['orders'],
      consumers: 2,
      config: { autoOffsetReset: 'earliest' },
    })
    a.dispatch({ type: 'setAutoProduce', rate: 40, topic: 'orders' })
    a.advance(2500)
    a.dispatch({ type: 'crashConsumer', group: 'g1', clientId: 'c1' })
    a.advance(1200)
    a.dispatch({ type: 'addConsumer', group: 'g1', clientId: 'c1' })
    a.advance(6000)
    const run = a.run()
    for (const tick of [0, 900, 2500, 2501, 3999, 7000, 9700, 4321, 100]) {
      a.seek(tick)
      expect(JSON.stringify(a.current), `tick ${tick}`).toBe(JSON.stringify(replay(run, tick)))
    }
    a.seek(9700)
    expect(a.current.groups.groups.g1?.fate.processed).toBeGreaterThan(0)
  })
})
