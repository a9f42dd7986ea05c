// Each scenario in the picker tells the story its title promises, whatever seed the page runs it
// with: played from its inputs as the timeline plays them (a tick's inputs first, then its timers).

import { describe, expect, it } from 'vitest'
import type { Ctx } from './ctx'
import type { SimEvent } from './events'
import { recordIdAt } from './log/replicaLog'
import { replicaKey, type SimState } from './model'
import { findScenario, SCENARIOS } from './scenarios'
import { applyCommand, createSim } from './sim'
import { runUntil } from './step'

const SEEDS = [1, 2, 7, 42, 1234]

function play(id: string, seed: number, ms: number): { sim: SimState; events: SimEvent[] } {
  const sc = findScenario(id)
  if (sc === undefined) throw new Error(`no scenario ${id}`)
  const sim = createSim(seed, sc.config)
  const ctx: Ctx = { sim, events: [] }
  for (const inp of sc.inputs) {
    if (inp.tick > ms) break
    runUntil(ctx, inp.tick)
    expect(applyCommand(ctx, inp.command).ok, `${id}: ${inp.command.type} at ${inp.tick}`).toBe(
      true,
    )
    runUntil(ctx, inp.tick)
  }
  runUntil(ctx, ms)
  return { sim, events: ctx.events }
}

const of = <T extends SimEvent['type']>(events: SimEvent[], type: T) =>
  events.filter((e): e is Extract<SimEvent, { type: T }> => e.type === type)
const lostCount = (events: SimEvent[]) => of(events, 'recordsLost').reduce((s, e) => s + e.count, 0)
const ids = (sim: SimState, broker: number) => {
  const r = sim.replicas[replicaKey('orders-0', broker)]
  if (r === undefined) throw new Error(`no replica on ${broker}`)
  return Array.from({ length: r.log.logEndOffset }, (_, o) => recordIdAt(r.log, o))
}

describe('the scenarios', () => {
  it('have unique ids and titles in both languages', () => {
    expect(new Set(SCENARIOS.map((s) => s.id)).size).toBe(SCENARIOS.length)
    for (const s of SCENARIOS) {
      expect(s.title.en.trim()).not.toBe('')
      expect(s.title.zh.trim()).not.toBe('')
    }
  })

  it.each(SEEDS)('healthy (seed %i): records flow and nothing is lost', (seed) => {
    const { sim, events } = play('healthy', seed, 10_000)
    expect(sim.metrics.committed).toBeGreaterThan(10)
    expect(lostCount(events)).toBe(0)
    expect(of(events, 'isrShrunk')).toHaveLength(0)
  })

  it.each(SEEDS)('slow-follower (seed %i): broker 3 leaves the ISR for lag', (seed) => {
    const { events } = play('slow-follower', seed, 10_000)
    const shrinks = of(events, 'isrShrunk')
    expect(shrinks.some((e) => e.reason === 'lag' && e.removed.includes(3))).toBe(true)
    expect(lostCount(events)).toBe(0)
  })

  it.each(SEEDS)('acks1-failover (seed %i): acknowledged records are lost', (seed) => {
    const { sim, events } = play('acks1-failover', seed, 8000)
    expect(lostCount(events)).toBeGreaterThan(0)
    expect(sim.metrics.lost).toBeGreaterThan(0)
  })

  it.each(SEEDS)('unclean-election (seed %i): an unclean leader loses committed data', (seed) => {
    const { events } = play('unclean-election', seed, 10_000)
    expect(of(events, 'leaderElected').some((e) => e.kind === 'unclean')).toBe(true)
    expect(lostCount(events)).toBeGreaterThan(0)
  })

  it.each(SEEDS)('kip101-hw-loss (seed %i): broker 1 truncates m2 to its HW', (seed) => {
    const { sim, events } = play('kip101-hw-loss', seed, 4500)
    expect(sim.partitions['orders-0']?.leader).toBe(1)
    expect(of(events, 'logTruncated')[0]).toMatchObject({
      broker: 1,
      from: 2,
      to: 1,
      mode: 'high-watermark',
    })
    expect(lostCount(events)).toBe(1)
    expect(ids(sim, 1)).toHaveLength(1)
  })

  it.each(SEEDS)('kip101-epoch-keeps (seed %i): broker 1 keeps m2 and leads', (seed) => {
    const { sim, events } = play('kip101-epoch-keeps', seed, 4500)
    expect(sim.partitions['orders-0']?.leader).toBe(1)
    expect(of(events, 'logTruncated')).toHaveLength(0)
    expect(lostCount(events)).toBe(0)
    expect(ids(sim, 1)).toHaveLength(2)
  })

  it.each(SEEDS)('kip101-hw-diverge (seed %i): offset 1 differs between the replicas', (seed) => {
    const { sim } = play('kip101-hw-diverge', seed, 7500)
    const a = ids(sim, 1)
    const b = ids(sim, 2)
    expect(a).toHaveLength(2)
    expect(b).toHaveLength(2)
    expect(a[0]).toBe(b[0])
    expect(a[1]).not.toBe(b[1])
  })

  it.each(SEEDS)('kip101-epoch-reconciles (seed %i): both replicas hold m1, m3', (seed) => {
    const { sim, events } = play('kip101-epoch-reconciles', seed, 7500)
    expect(ids(sim, 1)).toEqual(ids(sim, 2))
    expect(ids(sim, 1)).toHaveLength(2)
    expect(of(events, 'logTruncated')).toContainEqual(
      expect.objectContaining({ broker: 1, from: 2, to: 1, mode: 'leader-epoch' }),
    )
  })
})
