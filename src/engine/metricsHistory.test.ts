// Metrics history: one sample every 250 simulated ms, identical however the run was computed
// (same seed twice, a replay with other checkpoints, seeks back and forth, a fork).

import { describe, expect, it } from 'vitest'
import { SAMPLE_INTERVAL_MS, sampleMetrics } from './metricsHistory'
import { Timeline } from './timeline'

function script(t: Timeline): void {
  t.dispatch({ type: 'setAutoProduce', rate: 20, keys: 'uniform', topic: 'orders' })
  t.advance(700)
  t.dispatch({ type: 'killBroker', broker: 2 })
  t.advance(1500)
  t.dispatch({ type: 'produce', topic: 'orders', key: 'k', value: 'v' })
  t.advance(1050)
  t.dispatch({ type: 'restartBroker', broker: 2 })
  t.advance(2600)
}

const all = (t: Timeline) => t.samplesBetween(0, t.sampleCount)
const json = (t: Timeline) => JSON.stringify(all(t))

describe('metrics history', () => {
  it('samples every 250 ms from tick 0 up to the cursor', () => {
    const t = new Timeline(5)
    script(t)
    const ticks = all(t).map((s) => s.tick)
    expect(ticks[0]).toBe(0)
    expect(ticks.every((tick, i) => tick === i * SAMPLE_INTERVAL_MS)).toBe(true)
    expect(ticks[ticks.length - 1]).toBe(Math.floor(t.tick / SAMPLE_INTERVAL_MS) * 250)
    const last = all(t).at(-1)
    expect(last?.produced).toBeGreaterThan(50)
    expect(last?.isrShrinks).toBeGreaterThan(0)
  })

  it('is identical across two runs with the same seed, and in a replay with other checkpoints', () => {
    const a = new Timeline(5)
    const b = new Timeline(5)
    script(a)
    script(b)
    expect(json(a)).toBe(json(b))
    const c = Timeline.fromRun(a.run(), 300)
    c.advance(a.tick)
    expect(json(c)).toBe(json(a))
    const d = new Timeline(6)
    script(d)
    expect(json(d)).not.toBe(json(a))
  })

  it('seek back shows samples up to the cursor; seek forward gives identical samples', () => {
    const t = new Timeline(9, {}, 1000)
    script(t)
    const before = json(t)
    const n = t.sampleCount
    t.seek(1234)
    expect(t.sampleCount).toBe(5)
    expect(all(t).every((s) => s.tick <= 1234)).toBe(true)
    expect(t.samplesBetween(0, n)).toHaveLength(5)
    t.seek(3000)
    t.seek(t.head)
    expect(t.sampleCount).toBe(n)
    expect(json(t)).toBe(before)
  })

  it('a fork drops later samples, and the new branch samples like a fresh replay', () => {
    const t = new Timeline(9)
    script(t)
    t.seek(1600)
    t.dispatch({ type: 'killBroker', broker: 3 })
    expect(all(t).at(-1)?.tick).toBe(1500)
    t.advance(3000)
    const fresh = Timeline.fromRun(t.run())
    fresh.advance(t.tick)
    expect(json(fresh)).toBe(json(t))
  })

  it('derives UnderReplicatedPartitions and OfflinePartitionsCount from the state', () => {
    const t = new Timeline(1)
    t.advance(500)
    expect(all(t).at(-1)).toMatchObject({ underReplicated: 0, offline: 0 })
    t.dispatch({ type: 'killBroker', broker: 3 })
    t.advance(3000)
    const s = all(t).at(-1)
    expect(s?.underReplicated).toBeGreaterThanOrEqual(3)
    expect(s?.offline).toBe(0)
    for (const b of [1, 2]) t.dispatch({ type: 'killBroker', broker: b })
    t.advance(3000)
    // No broker, so no controller: every partition whose leader is down counts as offline.
    const dead = sampleMetrics(t.current)
    expect(t.current.controller.activeId).toBeNull()
    expect(dead.offline).toBe(Object.keys(t.current.partitions).length)
    expect(dead.groups).toBeUndefined()
  })

  it('samples lag per consumer group once a group exists', () => {
    const t = new Timeline(3)
    t.dispatch({ type: 'setAutoProduce', rate: 20, keys: 'uniform', topic: 'orders' })
    const r = t.dispatch({ type: 'addGroup', group: 'g1', topics: ['orders'], consumers: 1 })
    expect(r.ok).toBe(true)
    t.advance(4000)
    const s = all(t).at(-1)
    expect(s?.groups?.g1).toBeDefined()
    expect(typeof s?.groups?.g1?.lag).toBe('number')
    expect(s?.groups?.g1?.processed).toBeGreaterThanOrEqual(0)
  })
})
