// How records spread over a topic's partitions: records written to each partition (the leader's
// log end offset) since a baseline taken when the auto-produce settings last changed. A hot key
// sends most records to one partition; the bars make that skew visible. Pure.

import type { PartitionView } from '../../../engine/view'

export interface Baseline {
  readonly topic: string
  readonly tick: number
  readonly leo: Readonly<Record<string, number>>
}

export interface SkewBar {
  readonly key: string
  readonly partition: number
  readonly count: number
  /** Share of all records counted, 0..1. */
  readonly share: number
  /** Bar length relative to the largest, 0..1. */
  readonly fraction: number
}

type Partitions = Readonly<Record<string, PartitionView>>

function partitionsOf(partitions: Partitions, topic: string): PartitionView[] {
  return Object.values(partitions)
    .filter((p) => p.topic === topic)
    .sort((a, b) => a.partition - b.partition)
}

export function snapshot(partitions: Partitions, topic: string, tick: number): Baseline {
  const leo: Record<string, number> = {}
  for (const p of partitionsOf(partitions, topic)) leo[p.key] = p.logEndOffset
  return { topic, tick, leo }
}

/**
 * Records per partition since the baseline (or since the start when there is none, it belongs to
 * another topic, or the cursor went back before it). A partition without a leader reports 0.
 */
export function skewBars(
  partitions: Partitions,
  topic: string,
  baseline: Baseline | null,
  tick: number,
): SkewBar[] {
  const use = baseline !== null && baseline.topic === topic && tick >= baseline.tick
  const counts = partitionsOf(partitions, topic).map((p) => ({
    key: p.key,
    partition: p.partition,
    count: Math.max(0, p.logEndOffset - (use ? (baseline.leo[p.key] ?? 0) : 0)),
  }))
  const total = counts.reduce((a, c) => a + c.count, 0)
  const max = counts.reduce((a, c) => Math.max(a, c.count), 0)
  return counts.map((c) => ({
    ...c,
    share: total > 0 ? c.count / total : 0,
    fraction: max > 0 ? c.count / max : 0,
  }))
}
