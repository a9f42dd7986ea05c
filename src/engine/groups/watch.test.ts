// The coordinators' watch runs only when asked (watch.ts). Random schedules of consumers, commits,
// static members, offset resets, broker faults and config changes, checked after every simulated
// millisecond: a group's coordinator follows its offsets partition's acting leader within
// GROUP_WATCH_MS; a parked store whose outcome is decided is answered within GROUP_WATCH_MS; and
// while a store is parked, the watch is due within GROUP_WATCH_MS. (First written by a reviewer of
// the change from polling every 10 ms; the schedules are groups.property.test.ts's, plus power
// failures, preferred-leader elections, slow brokers and min.insync.replicas changes.)

import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { Command } from '../commands'
import type { Ctx } from '../ctx'
import { groupCommandArb, stepsOf, twoGroups } from '../testing/groupSchedules'
import { actingLeader, offsetsPartitionOf } from './lookup'
import type { GroupEntry } from './model'
import { appendOutcome } from './storeGroup'
import { GROUP_WATCH_MS, hasParkedStores } from './watch'

/** The group schedules, plus what moves coordinators or decides stores in other ways. */
const commandArb: fc.Arbitrary<Command> = fc.oneof(
  groupCommandArb,
  fc.record({
    type: fc.constant('powerFailBroker' as const),
    broker: fc.integer({ min: 1, max: 3 }),
  }),
  fc.record({
    type: fc.constant('slowBroker' as const),
    broker: fc.integer({ min: 1, max: 3 }),
    extraMs: fc.integer({ min: 0, max: 50 }),
  }),
  fc.constant<Command>({ type: 'electPreferredLeaders' }),
  fc.record({
    type: fc.constant('setBrokerConfig' as const),
    config: fc.record({ minInsyncReplicas: fc.integer({ min: 1, max: 3 }) }),
  }),
  fc.record({
    type: fc.constant('setTopicConfig' as const),
    topic: fc.constant('__consumer_offsets'),
    config: fc.record({ minInsyncReplicas: fc.integer({ min: 1, max: 3 }) }),
  }),
)

/** Outcomes already decided for the group's parked stores, by store. */
function decidedStores(ctx: Ctx, g: GroupEntry): string[] {
  const c = g.coord
  const out: string[] = []
  if (c.broker !== null)
    for (const [id, a] of Object.entries(c.appends))
      if (appendOutcome(ctx, g, a, 'COORDINATOR_NOT_AVAILABLE') !== null) out.push(`commit ${id}`)
  const s = c.syncStore
  if (s !== null) {
    const dropped = c.state !== 'CompletingRebalance' || c.generation !== s.generation
    if (dropped || c.broker === null || appendOutcome(ctx, g, s, 'REBALANCE_IN_PROGRESS') !== null)
      out.push('sync')
  }
  for (const [id, s2] of Object.entries(c.staticStores))
    if (c.broker === null || appendOutcome(ctx, g, s2, 'REBALANCE_IN_PROGRESS') !== null)
      out.push(`static ${id}`)
  return out
}

/** Plays a schedule; returns what went wrong (empty when nothing did). */
function play(seed: number, steps: readonly { cmd: Command; gap: number }[]): string[] {
  const problems: string[] = []
  const t = twoGroups(seed)
  const ctx: Ctx = { sim: t.sim, events: [] }
  const staleSince = new Map<string, { target: string; since: number }>()
  const decidedSince = new Map<string, number>()
  const check = () => {
    const sim = t.sim
    for (const g of Object.values(sim.groups.groups)) {
      const p = offsetsPartitionOf(sim, g.id)
      if (p === null) continue
      const leader = actingLeader(sim, p)
      const c = g.coord
      const target = `${leader?.brokerId ?? null}/${leader?.leaderEpoch ?? null}`
      const fresh =
        c.broker === (leader?.brokerId ?? null) &&
        (leader === undefined || c.leaderEpoch === leader.leaderEpoch)
      if (fresh) staleSince.delete(g.id)
      else {
        const was = staleSince.get(g.id)
        if (was === undefined || was.target !== target)
          staleSince.set(g.id, { target, since: sim.tick })
        else if (sim.tick - was.since === GROUP_WATCH_MS + 1)
          problems.push(`${seed}: ${g.id}'s coordinator missed ${target} from ${was.since}`)
      }
      const decided = new Set(decidedStores(ctx, g).map((s) => `${g.id} ${s}`))
      for (const k of decided) {
        const since = decidedSince.get(k)
        if (since === undefined) decidedSince.set(k, sim.tick)
        else if (sim.tick - since === GROUP_WATCH_MS + 1)
          problems.push(`${seed}: ${k} decided at ${since}, still parked`)
      }
      for (const k of decidedSince.keys())
        if (k.startsWith(`${g.id} `) && !decided.has(k)) decidedSince.delete(k)
      if (hasParkedStores(g)) {
        const due = sim.groups.watchAt
        const armed = sim.timers.some(
          (x) => x.kind === 'group' && x.action === 'watch' && x.gen === due,
        )
        if (due < sim.tick || due > sim.tick + GROUP_WATCH_MS || !armed)
          problems.push(`${seed}: ${g.id} has a parked store and no watch at ${sim.tick}`)
      }
    }
  }
  const advance = (ms: number) => {
    for (let i = 0; i < ms; i++) {
      t.advance(1)
      check()
    }
  }
  for (const s of steps) {
    t.do(s.cmd)
    check()
    advance(s.gap)
  }
  for (const b of [1, 2, 3]) {
    const status = t.sim.brokers[b]?.status
    if (status === 'offline') t.do({ type: 'restartBroker', broker: b })
    else if (status === 'isolated') t.do({ type: 'reconnectBroker', broker: b })
  }
  advance(6000)
  return problems
}

describe('the coordinators watch, asked for instead of polled', () => {
  it('keeps coordinators and parked stores within GROUP_WATCH_MS under random faults', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 1_000_000 }),
        fc.array(stepsOf(commandArb), { minLength: 6, maxLength: 14 }),
        (seed, steps) => {
          expect(play(seed, steps)).toEqual([])
        },
      ),
      { numRuns: 8 },
    )
  }, 120_000)
})
