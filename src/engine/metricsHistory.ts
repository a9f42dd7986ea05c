// Metrics history: every SAMPLE_INTERVAL_MS of simulated time the Timeline records the cumulative
// counters of SimState.metrics plus a few gauges derived from the state, like a JMX reporter
// polling the cluster. A sample at tick t is taken once every timer due at t has run and before
// the inputs recorded at t are applied, so a replay (or a seek that recomputes the stretch) takes
// exactly the same sample. Samples are plain numbers: they cross the worker boundary as they are.

import { groupLag } from './groups/view'
import type { SimState } from './model'

export const SAMPLE_INTERVAL_MS = 250
/** At most this many samples (10 simulated minutes) travel in one frame. */
export const MAX_SAMPLES_PER_FRAME = 2400

/** Per consumer group: total lag (HW − committed over its partitions) and records processed. */
export interface GroupSample {
  readonly lag: number
  readonly processed: number
}

export interface MetricsSample {
  readonly tick: number
  /** Cumulative counters (SimState.metrics). */
  readonly produced: number
  readonly acked: number
  readonly committed: number
  readonly lost: number
  readonly duplicated: number
  readonly failed: number
  readonly isrShrinks: number
  readonly isrExpands: number
  readonly elections: number
  readonly uncleanElections: number
  /** kafka.server:type=ReplicaManager,name=UnderReplicatedPartitions: partitions with |ISR| < |replicas|. */
  readonly underReplicated: number
  /** kafka.server:type=ReplicaManager,name=UnderMinIsrPartitionCount: |ISR| < min.insync.replicas. */
  readonly underMinIsr: number
  /**
   * kafka.controller:type=KafkaController,name=OfflinePartitionsCount: partitions with no leader.
   * With no active controller (every broker down) Kafka reports nothing and nobody can elect a
   * leader: kafkascope then also counts partitions whose leader's broker is down.
   */
  readonly offline: number
  /** Present only while consumer groups exist. */
  readonly groups?: Readonly<Record<string, GroupSample>>
}

function minIsrOf(sim: SimState, topic: string): number {
  return sim.topics[topic]?.config.minInsyncReplicas ?? sim.config.broker.minInsyncReplicas
}

/**
 * HOOK (consumer groups): lag and records processed per group, read from the groups view
 * (src/engine/groups/view.ts), only when a group exists. Returns undefined otherwise, so samples
 * of runs without groups stay small.
 */
function groupSamples(sim: SimState): Record<string, GroupSample> | undefined {
  if (Object.keys(sim.groups.groups).length === 0) return undefined
  const out: Record<string, GroupSample> = {}
  for (const g of Object.values(sim.groups.groups))
    out[g.id] = { lag: groupLag(sim, g), processed: g.fate.processed }
  return out
}

export function sampleMetrics(sim: SimState): MetricsSample {
  let underReplicated = 0
  let underMinIsr = 0
  let offline = 0
  const noController = sim.controller.activeId === null
  for (const p of Object.values(sim.partitions)) {
    if (p.isr.length < p.replicas.length) underReplicated++
    if (p.isr.length < minIsrOf(sim, p.topic)) underMinIsr++
    if (p.leader === null || (noController && sim.brokers[p.leader]?.status !== 'online')) offline++
  }
  const m = sim.metrics
  const groups = groupSamples(sim)
  return {
    tick: sim.tick,
    produced: m.produced,
    acked: m.acked,
    committed: m.committed,
    lost: m.lost,
    duplicated: m.duplicated,
    failed: m.failed,
    isrShrinks: m.isrShrinks,
    isrExpands: m.isrExpands,
    elections: m.elections,
    uncleanElections: m.uncleanElections,
    underReplicated,
    underMinIsr,
    offline,
    ...(groups === undefined ? {} : { groups }),
  }
}

/** How many of `samples` (in tick order) lie at or before `tick`. */
export function countUpTo(samples: readonly MetricsSample[], tick: number): number {
  let lo = 0
  let hi = samples.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if ((samples[mid] as MetricsSample).tick <= tick) lo = mid + 1
    else hi = mid
  }
  return lo
}

/** The next tick after `tick` at which a sample is due. */
export function nextSampleTick(tick: number): number {
  return (Math.floor(tick / SAMPLE_INTERVAL_MS) + 1) * SAMPLE_INTERVAL_MS
}
