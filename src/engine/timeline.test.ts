// Determinism and time travel: the same run gives the same state; seek(t) equals a fresh replay
// to t whatever the checkpoint interval; acting in the past forks the run.

import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { Command } from './commands'
import type { SimEvent } from './events'
import type { SimState } from './model'
import { applyCommand, createSim } from './sim'
import { runUntil } from './step'
import { SHORT_RETENTION } from './testing/retention'
import { replay, SLOTS_PER_HELD_RECORD, Timeline } from './timeline'

function script(t: Timeline): void {
  t.dispatch({ type: 'setAutoProduce', rate: 20, keys: 'uniform', topic: 'orders' })
  t.advance(700)
  t.dispatch({ type: 'killBroker', broker: 2 })
  t.advance(1500)
  t.dispatch({ type: 'produce', topic: 'orders', key: 'k', value: 'v' })
  t.advance(900)
  t.dispatch({ type: 'restartBroker', broker: 2 })
  t.advance(2600)
}

const fingerprint = (t: Timeline | ReturnType<typeof replay>): string =>
  JSON.stringify('current' in t ? t.current : t)

describe('determinism', () => {
  it('the same seed and inputs give identical states and events', () => {
    const a = new Timeline(5)
    const b = new Timeline(5)
    script(a)
    script(b)
    expect(fingerprint(a)).toBe(fingerprint(b))
    expect(JSON.stringify(a.events)).toBe(JSON.stringify(b.events))
  })

  it('a different seed gives a different run', () => {
    const a = new Timeline(5)
    const b = new Timeline(6)
    script(a)
    script(b)
    expect(fingerprint(a)).not.toBe(fingerprint(b))
  })

  it('a replay of the recorded run reproduces the state', () => {
    const a = new Timeline(5)
    script(a)
    expect(JSON.stringify(replay(a.run(), a.tick))).toBe(fingerprint(a))
  })
})

describe('seek', () => {
  for (const k of [250, 1000, 4000]) {
    it(`seek(t) equals a fresh replay to t (checkpoint interval ${k})`, () => {
      const a = new Timeline(9, {}, k)
      script(a)
      const run = a.run()
      for (const t of [0, 1, 699, 700, 701, 2200, 3000, 5699, 5700, 3333, 120]) {
        a.seek(t)
        expect(a.tick).toBe(t)
        expect(fingerprint(a), `tick ${t}`).toBe(JSON.stringify(replay(run, t)))
        expect(a.lastSeekReplayTicks).toBeLessThanOrEqual(k)
      }
    })
  }

  it('shows only the events up to the cursor, and all of them again after seeking forward', () => {
    const a = new Timeline(9)
    script(a)
    const all = a.events.length
    a.seek(1000)
    expect(a.events.every((e) => e.tick <= 1000)).toBe(true)
    expect(a.events.length).toBeLessThan(all)
    a.seek(a.head)
    expect(a.events.length).toBe(all)
  })

  it('acting in the past forks the run: later inputs and events are dropped', () => {
    const a = new Timeline(9)
    script(a)
    a.seek(800)
    expect(a.inPast).toBe(true)
    a.dispatch({ type: 'killBroker', broker: 3 })
    expect(a.run().inputs.map((i) => i.tick)).toEqual([0, 700, 800])
    expect(a.head).toBe(800)
    a.advance(500)
    expect(JSON.stringify(a.current)).toBe(JSON.stringify(replay(a.run(), 1300)))
  })

  it('keeps a scenario’s scripted future inputs when acting at the live edge', () => {
    const a = Timeline.fromRun({
      seed: 1,
      config: {},
      inputs: [{ tick: 1000, command: { type: 'killBroker', broker: 1 } }],
    })
    a.advance(100)
    a.dispatch({ type: 'produce', topic: 'orders', value: 'x' })
    expect(a.run().inputs.map((i) => i.tick)).toEqual([100, 1000])
    a.advance(2000)
    expect(a.current.brokers[1]?.status).toBe('offline')
  })
})

const commandArb: fc.Arbitrary<Command> = fc.oneof(
  fc.record({ type: fc.constant('killBroker' as const), broker: fc.integer({ min: 1, max: 3 }) }),
  fc.record({
    type: fc.constant('restartBroker' as const),
    broker: fc.integer({ min: 1, max: 3 }),
  }),
  fc.record({
    type: fc.constant('isolateBroker' as const),
    broker: fc.integer({ min: 1, max: 3 }),
  }),
  fc.record({
    type: fc.constant('reconnectBroker' as const),
    broker: fc.integer({ min: 1, max: 3 }),
  }),
  fc.record({
    type: fc.constant('produce' as const),
    topic: fc.constant('orders'),
    value: fc.string({ maxLength: 5 }),
    key: fc.option(fc.string({ maxLength: 3 })),
  }),
)

describe('seek property', () => {
  it('seek(t) equals replay(t) for random runs and targets', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1000 }),
        fc.array(fc.tuple(fc.integer({ min: 0, max: 800 }), commandArb), { maxLength: 8 }),
        fc.integer({ min: 0, max: 5000 }),
        (seed, steps, target) => {
          const t = new Timeline(seed, {}, 500)
          for (const [gap, cmd] of steps) {
            t.advance(gap)
            t.dispatch(cmd)
          }
          t.advance(500)
          const run = t.run()
          const goal = Math.min(target, t.head)
          t.seek(goal)
          return JSON.stringify(t.current) === JSON.stringify(replay(run, goal))
        },
      ),
      { numRuns: 40 },
    )
  })
})

describe('Timeline.fromRun', () => {
  // Inputs at tick 0: the group and the producer start with the cluster.
  const run = {
    seed: 9,
    config: {},
    inputs: [
      {
        tick: 0,
        command: {
          type: 'addGroup',
          group: 'g1',
          topics: ['orders'],
          consumers: 2,
          config: { autoOffsetReset: 'earliest' },
        },
      },
      { tick: 0, command: { type: 'setAutoProduce', rate: 20, keys: 'uniform', topic: 'orders' } },
      { tick: 0, command: { type: 'produce', topic: 'orders', key: 'k', value: 'v' } },
      { tick: 1200, command: { type: 'killBroker', broker: 2 } },
    ] as { tick: number; command: Command }[],
  }

  /** The events of a fresh simulation that applies the run's inputs as they come, up to `tick`. */
  function referenceEvents(tick: number): SimEvent[] {
    const events: SimEvent[] = []
    const sim = createSim(run.seed, run.config, events)
    const ctx = { sim, events }
    for (const inp of run.inputs) {
      if (inp.tick > tick) break
      runUntil(ctx, inp.tick)
      applyCommand(ctx, inp.command)
      runUntil(ctx, inp.tick)
    }
    runUntil(ctx, tick)
    return events
  }

  it('reports the events of the inputs at tick 0', () => {
    const t = Timeline.fromRun(run)
    const atZero = referenceEvents(0)
    expect(atZero.some((e) => e.type === 'groupCreated')).toBe(true)
    expect(JSON.stringify(t.events)).toBe(JSON.stringify(atZero))
    t.advance(3000)
    expect(JSON.stringify(t.events)).toBe(JSON.stringify(referenceEvents(3000)))
    t.seek(0)
    expect(JSON.stringify(t.events)).toBe(JSON.stringify(atZero))
    expect(fingerprint(t)).toBe(fingerprint(replay(run, 0)))
  })
})

describe('bounded history', () => {
  const busy = (t: Timeline) => {
    t.dispatch({ type: 'setAutoProduce', rate: 50, keys: 'uniform', topic: 'orders' })
    t.advance(20_000)
    t.dispatch({ type: 'killBroker', broker: 2 })
    t.advance(10_000)
    t.dispatch({ type: 'restartBroker', broker: 2 })
    t.advance(30_000)
  }

  it('thins old checkpoints to the budget, and seeking still equals a fresh replay', () => {
    const t = new Timeline(3, {}, 1000)
    t.checkpointBudget = 40_000
    busy(t)
    const stats = t.checkpointStats
    // The latest stretch keeps every checkpoint; older ones were thinned out.
    expect(stats.ticks.slice(-3)).toEqual([58_000, 59_000, 60_000])
    expect(stats.count).toBeLessThan(30)
    expect(stats.slots).toBeLessThanOrEqual(40_000)
    const run = t.run()
    for (const tick of [0, 1234, 17_500, 29_999, 41_000, 59_999]) {
      t.seek(tick)
      expect(fingerprint(t)).toBe(fingerprint(replay(run, tick)))
    }
  })

  it('does not let checkpoints keep every record retention deleted', () => {
    // 200 records/s for a minute into a log that keeps about 2 s of them, a checkpoint a second.
    const t = new Timeline(5, SHORT_RETENTION, 1000)
    t.checkpointBudget = 60_000
    t.dispatch({ type: 'setAutoProduce', rate: 200, keys: 'uniform', topic: 'orders' })
    t.advance(60_000)
    const live = t.current
    expect(live.counters.recordFloor).toBeGreaterThan(10_000)
    // The record chunks only checkpoints hold, counted by identity.
    const liveChunks = new Set<unknown>(live.records.chunks)
    const held = new Set<unknown>()
    const cps = (t as unknown as { checkpoints: Map<number, SimState> }).checkpoints
    for (const cp of cps.values())
      for (const c of cp.records.chunks) if (c.length > 0 && !liveChunks.has(c)) held.add(c)
    // Within the budget (give or take a chunk at each end of a window), not the whole run.
    const budgetChunks = t.checkpointBudget / SLOTS_PER_HELD_RECORD / 256
    expect(held.size).toBeLessThanOrEqual(budgetChunks + 2 * cps.size)
    expect(held.size * 256).toBeLessThan(live.counters.recordFloor / 2)
    const run = t.run()
    for (const tick of [2500, 31_000, 59_500]) {
      t.seek(tick)
      expect(fingerprint(t)).toBe(fingerprint(replay(run, tick)))
    }
  })

  it('keeps every event of a long run, sealed or not, as a fresh run has them', () => {
    // Blocks of 16 events sealed behind the latest 32 (the defaults: 1024 behind 4096).
    const a = new Timeline(3, {}, undefined, { block: 16, hot: 32 })
    busy(a)
    const b = Timeline.fromRun(a.run())
    b.advanceTo(60_000)
    expect(a.eventCount).toBeGreaterThan(150)
    expect(JSON.stringify(a.events)).toBe(JSON.stringify(b.events))
    a.seek(25_000)
    expect(JSON.stringify(a.events)).toBe(JSON.stringify(b.events.filter((e) => e.tick <= 25_000)))
    // A fork inside sealed events keeps those before the cursor.
    a.dispatch({ type: 'produce', topic: 'orders', key: 'k', value: 'v' })
    expect(a.events.slice(0, -5).every((e) => e.tick <= 25_000)).toBe(true)
  })
})
