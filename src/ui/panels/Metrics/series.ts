// What the metrics charts plot, derived from the sampled history: rates from the cumulative
// counters (records/s over a one-second window), gauges as they are, consumer lag per group.
// Each chart is titled by Kafka's JMX name where Kafka has one. Pure: no React, no d3.

import type { MetricsSample } from '../../../engine/metricsHistory'
import type { MessageKey } from '../../i18n/catalog'

/** A point: simulated seconds, value. */
export interface Point {
  readonly t: number
  readonly v: number
}

export interface Series {
  readonly id: string
  /** A message key, or a literal label (a group id). */
  readonly label: { readonly key: MessageKey } | { readonly text: string }
  readonly color: string
  readonly dashed?: boolean
  readonly points: readonly Point[]
}

export interface ChartData {
  readonly id: string
  /** Kafka's metric name (not translated). */
  readonly title: string
  /** The MBean or tool it comes from, when Kafka has one. */
  readonly source: string | null
  readonly subtitle: MessageKey
  /** Whole numbers (partition counts, records) or rates. */
  readonly integer: boolean
  /** Drawn as steps (gauges, counters) rather than lines (rates). */
  readonly step: boolean
  readonly unit: MessageKey
  /** Red: anything above zero is bad news. */
  readonly alarm: boolean
  readonly series: readonly Series[]
}

type Counter = 'produced' | 'committed' | 'acked'
type Gauge = 'underReplicated' | 'underMinIsr' | 'offline' | 'isrShrinks' | 'isrExpands'
type Cumulative = 'lost' | 'duplicated'

/** Samples averaged over for a rate: 4 × 250 ms = one second. */
export const RATE_WINDOW = 4

const sec = (s: MetricsSample) => s.tick / 1000

/** Per-second rate of a cumulative value over the last `window` samples. */
export function rateOf(
  samples: readonly MetricsSample[],
  pick: (s: MetricsSample) => number,
  window = RATE_WINDOW,
): Point[] {
  return samples.map((s, i) => {
    const base = samples[Math.max(0, i - window)] as MetricsSample
    const dt = (s.tick - base.tick) / 1000
    return { t: sec(s), v: dt > 0 ? Math.max(0, pick(s) - pick(base)) / dt : 0 }
  })
}

export function valuesOf(
  samples: readonly MetricsSample[],
  pick: (s: MetricsSample) => number,
): Point[] {
  return samples.map((s) => ({ t: sec(s), v: pick(s) }))
}

/** Group ids present in any sample, sorted. */
export function groupIds(samples: readonly MetricsSample[]): string[] {
  const ids = new Set<string>()
  for (const s of samples) for (const g of Object.keys(s.groups ?? {})) ids.add(g)
  return [...ids].sort()
}

/** Okabe–Ito colours for per-group lines. */
const GROUP_COLORS = ['#0072b2', '#d55e00', '#009e73', '#cc79a7', '#56b4e9', '#e69f00', '#8a94a3']

const k = (key: MessageKey) => ({ key })
const rate = (s: readonly MetricsSample[], c: Counter) => rateOf(s, (x) => x[c])
const gauge = (s: readonly MetricsSample[], g: Gauge | Cumulative) => valuesOf(s, (x) => x[g])

export function buildCharts(samples: readonly MetricsSample[]): ChartData[] {
  const base = {
    integer: true,
    step: true,
    unit: 'metrics.unit.partitions' as MessageKey,
    alarm: false,
  }
  const charts: ChartData[] = [
    {
      ...base,
      id: 'rates',
      title: 'record-send-rate',
      source: 'kafka.producer:type=producer-metrics,client-id=producer-1',
      subtitle: 'metrics.sub.rates',
      integer: false,
      step: false,
      unit: 'metrics.unit.perSec',
      series: [
        {
          id: 'sent',
          label: k('metrics.s.sent'),
          color: 'var(--leader)',
          points: rate(samples, 'produced'),
        },
        {
          id: 'committed',
          label: k('metrics.s.committed'),
          color: 'var(--isr)',
          dashed: true,
          points: rate(samples, 'committed'),
        },
      ],
    },
    {
      ...base,
      id: 'urp',
      title: 'UnderReplicatedPartitions',
      source: 'kafka.server:type=ReplicaManager,name=UnderReplicatedPartitions',
      subtitle: 'metrics.sub.urp',
      series: [
        {
          id: 'urp',
          label: k('metrics.s.partitions'),
          color: 'var(--osr)',
          points: gauge(samples, 'underReplicated'),
        },
      ],
    },
    {
      ...base,
      id: 'underMinIsr',
      title: 'UnderMinIsrPartitionCount',
      source: 'kafka.server:type=ReplicaManager,name=UnderMinIsrPartitionCount',
      subtitle: 'metrics.sub.underMinIsr',
      series: [
        {
          id: 'underMinIsr',
          label: k('metrics.s.partitions'),
          color: 'var(--warn)',
          points: gauge(samples, 'underMinIsr'),
        },
      ],
    },
    {
      ...base,
      id: 'offline',
      title: 'OfflinePartitionsCount',
      source: 'kafka.controller:type=KafkaController,name=OfflinePartitionsCount',
      subtitle: 'metrics.sub.offline',
      alarm: true,
      series: [
        {
          id: 'offline',
          label: k('metrics.s.partitions'),
          color: 'var(--danger)',
          points: gauge(samples, 'offline'),
        },
      ],
    },
    {
      ...base,
      id: 'isr',
      title: 'IsrShrinksPerSec / IsrExpandsPerSec',
      source: 'kafka.server:type=ReplicaManager,name=IsrShrinksPerSec',
      subtitle: 'metrics.sub.isr',
      unit: 'metrics.unit.total',
      series: [
        {
          id: 'shrinks',
          label: k('metrics.s.shrinks'),
          color: 'var(--osr)',
          points: gauge(samples, 'isrShrinks'),
        },
        {
          id: 'expands',
          label: k('metrics.s.expands'),
          color: 'var(--isr)',
          dashed: true,
          points: gauge(samples, 'isrExpands'),
        },
      ],
    },
    {
      ...base,
      id: 'loss',
      title: 'lost · duplicated',
      source: null,
      subtitle: 'metrics.sub.loss',
      unit: 'metrics.unit.records',
      alarm: true,
      series: [
        {
          id: 'lost',
          label: k('metrics.s.lost'),
          color: 'var(--danger)',
          points: gauge(samples, 'lost'),
        },
        {
          id: 'duplicated',
          label: k('metrics.s.duplicated'),
          color: 'var(--danger)',
          dashed: true,
          points: gauge(samples, 'duplicated'),
        },
      ],
    },
  ]
  const groups = groupIds(samples)
  if (groups.length === 0) return charts
  const perGroup = (pick: (g: { lag: number; processed: number }) => number, asRate: boolean) =>
    groups.map((g, i): Series => {
      const value = (s: MetricsSample) => {
        const x = s.groups?.[g]
        return x === undefined ? 0 : pick(x)
      }
      return {
        id: g,
        label: { text: g },
        color: GROUP_COLORS[i % GROUP_COLORS.length] as string,
        points: asRate ? rateOf(samples, value) : valuesOf(samples, value),
      }
    })
  charts.push(
    {
      ...base,
      id: 'lag',
      title: 'records-lag',
      source: 'kafka.consumer:type=consumer-fetch-manager-metrics · kafka-consumer-groups.sh LAG',
      subtitle: 'metrics.sub.lag',
      unit: 'metrics.unit.records',
      series: perGroup((g) => g.lag, false),
    },
    {
      ...base,
      id: 'consumed',
      title: 'records-consumed-rate',
      source: 'kafka.consumer:type=consumer-fetch-manager-metrics',
      subtitle: 'metrics.sub.consumed',
      integer: false,
      step: false,
      unit: 'metrics.unit.perSec',
      series: perGroup((g) => g.processed, true),
    },
  )
  return charts
}
