// The coordinators' watch runs only when asked (watch.ts). Random schedules of consumers, commits,
// static members, offset resets, broker faults and config changes, checked after every simulated
// millisecond: a group's coordinator follows its offsets partition's acting leader within
// GROUP_WATCH_MS; a parked store whose outcome is decided is answered within GROUP_WATCH_MS; and
// while a store is parked, the watch is due within GROUP_WATCH_MS. (First written by a reviewer of
// the change from polling every 10 ms.)

import { describe, expect, it } from 'vitest'
import type { Command } from '../commands'
import type { Ctx } from '../ctx'
import { TestSim } from '../testing/run'
import { actingLeader, offsetsPartitionOf } from './lookup'
import type { GroupEntry } from './model'
import { appendOutcome } from './storeGroup'
import { GROUP_WATCH_MS, hasParkedStores } from './watch'

function lcg(seed: number): (n: number) => number {
  let s = seed >>> 0
  return (n) => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0
    return s % n
  }
}

function randomCommand(r: (n: number) => number): Command {
  const broker = 1 + r(3)
  const group = r(2) === 0 ? 'g1' : 'g2'
  const clientId = ['c1', 'c2', 'c3', 'c4'][r(4)] as string
  const cmds: (() => Command)[] = [
    () => ({
      type: 'addConsumer',
      group,
      clientId,
      ...(r(2) === 1 ? { groupInstanceId: 'i1' } : {}),
    }),
    () => ({ type: 'crashConsumer', group, clientId }),
    () => ({ type: 'commitSync', group, clientId }),
    () => ({ type: 'commitAsync', group, clientId }),
    () => ({ type: 'removeConsumer', group, clientId }),
    () => ({ type: 'resetOffsets', group, topic: 'orders', to: 'earliest' }),
    () => ({ type: 'killBroker', broker }),
    () => ({ type: 'restartBroker', broker }),
    () => ({ type: 'isolateBroker', broker }),
    () => ({ type: 'reconnectBroker', broker }),
    () => ({ type: 'shutdownBroker', broker }),
    () => ({ type: 'powerFailBroker', broker }),
    () => ({ type: 'slowBroker', broker, extraMs: r(50) }),
    () => ({ type: 'electPreferredLeaders' }),
    () => ({ type: 'setBrokerConfig', config: { minInsyncReplicas: 1 + r(3) } }),
    () => ({
      type: 'setTopicConfig',
      topic: '__consumer_offsets',
      config: { minInsyncReplicas: 1 + r(3) },
    }),
  ]
  return (cmds[r(cmds.length)] as () => Command)()
}

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

/** Plays one random schedule; returns what went wrong (empty when nothing did). */
function play(seed: number): string[] {
  const problems: string[] = []
  const r = lcg(seed * 7919)
  const t = new TestSim(seed, { brokers: 3 })
  t.do({
    type: 'addGroup',
    group: 'g1',
    topics: ['orders'],
    consumers: 2,
    config: { autoOffsetReset: 'earliest' },
  })
  t.do({
    type: 'addGroup',
    group: 'g2',
    topics: ['orders'],
    consumers: 1,
    strategy: ['cooperative-sticky'],
  })
  t.do({ type: 'setAutoProduce', rate: 20, topic: 'orders' })
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
  for (let step = 0; step < 12; step++) {
    t.do(randomCommand(r))
    check()
    advance(r(2500))
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
    const problems: string[] = []
    for (let seed = 1; seed <= 6; seed++) problems.push(...play(seed))
    expect(problems).toEqual([])
  }, 120_000)
})
