import { describe, expect, it } from 'vitest'
import type { MetricsSample } from '../../../engine/metricsHistory'
import { buildCharts, groupIds, rateOf, valuesOf } from './series'

function sample(i: number, over: Partial<MetricsSample> = {}): MetricsSample {
  return {
    tick: i * 250,
    produced: i * 5,
    acked: 0,
    committed: i * 4,
    lost: 0,
    duplicated: 0,
    failed: 0,
    isrShrinks: i >= 8 ? 1 : 0,
    isrExpands: 0,
    elections: 0,
    uncleanElections: 0,
    underReplicated: i >= 8 ? 3 : 0,
    underMinIsr: 0,
    offline: 0,
    ...over,
  }
}

const run = (n: number, over?: (i: number) => Partial<MetricsSample>) =>
  Array.from({ length: n }, (_, i) => sample(i, over?.(i)))

describe('rates from cumulative counters', () => {
  it('gives records per second over a one-second window', () => {
    const r = rateOf(run(12), (s) => s.produced)
    expect(r[0]).toEqual({ t: 0, v: 0 })
    // 5 records per 250 ms = 20 records/s, from the second sample on
    expect(r.slice(1).every((p) => p.v === 20)).toBe(true)
    expect(r[11]?.t).toBe(2.75)
  })
  it('never goes negative (a counter cannot, but a seek may hand an odd window)', () => {
    const s = [sample(0, { produced: 10 }), sample(1, { produced: 4 })]
    expect(rateOf(s, (x) => x.produced)[1]?.v).toBe(0)
  })
  it('reads gauges as they are', () => {
    expect(valuesOf(run(10), (s) => s.underReplicated).map((p) => p.v)).toEqual([
      0, 0, 0, 0, 0, 0, 0, 0, 3, 3,
    ])
  })
})

describe('buildCharts', () => {
  it('titles charts by their JMX names and has no consumer charts without groups', () => {
    const charts = buildCharts(run(10))
    expect(charts.map((c) => c.title)).toEqual([
      'record-send-rate',
      'UnderReplicatedPartitions',
      'UnderMinIsrPartitionCount',
      'OfflinePartitionsCount',
      'IsrShrinksPerSec / IsrExpandsPerSec',
      'lost · duplicated',
    ])
    const urp = charts.find((c) => c.id === 'urp')
    expect(urp?.source).toBe('kafka.server:type=ReplicaManager,name=UnderReplicatedPartitions')
    expect(urp?.series[0]?.points.at(-1)?.v).toBe(3)
    const rates = charts.find((c) => c.id === 'rates')
    expect(rates?.series.map((s) => s.points.at(-1)?.v)).toEqual([20, 16])
    expect(charts.find((c) => c.id === 'loss')?.alarm).toBe(true)
  })
  it('adds lag and consume rate, one line per group, when groups exist', () => {
    const s = run(6, (i) =>
      i >= 2 ? { groups: { g2: { lag: i, processed: i * 3 }, g1: { lag: 1, processed: 0 } } } : {},
    )
    expect(groupIds(s)).toEqual(['g1', 'g2'])
    const charts = buildCharts(s)
    const lag = charts.find((c) => c.id === 'lag')
    expect(lag?.series.map((x) => x.id)).toEqual(['g1', 'g2'])
    expect(lag?.series[1]?.points.map((p) => p.v)).toEqual([0, 0, 2, 3, 4, 5])
    expect(charts.find((c) => c.id === 'consumed')?.series[1]?.points.at(-1)?.v).toBe(15)
  })
})
