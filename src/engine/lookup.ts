// Small lookups shared by the rules.

import { type TopicLevelConfig, topicConfig } from './config'
import type { Ctx } from './ctx'
import type { AppendOptions } from './log/replicaLog'
import type { BrokerId, PartitionMeta, Replica, SimState } from './model'
import { replicaKey } from './model'

export function topicOfPartition(key: string): { topic: string; partition: number } {
  const i = key.lastIndexOf('-')
  return { topic: key.slice(0, i), partition: Number(key.slice(i + 1)) }
}

const NO_OVERRIDES: Partial<TopicLevelConfig> = Object.freeze({})
/** Effective configs by the topic's overrides object, valid while the broker config object is the same. */
const configCache = new WeakMap<object, { broker: object; config: TopicLevelConfig }>()

/**
 * The partition's effective topic config. Memoized (a pure cache: the overrides and broker config
 * objects are replaced, never changed in place, when a config changes); the result is frozen.
 */
export function partitionConfig(sim: SimState, key: string): TopicLevelConfig {
  const meta = sim.partitions[key]
  const topic = meta === undefined ? undefined : sim.topics[meta.topic]
  const overrides = topic?.config ?? NO_OVERRIDES
  const broker = sim.config.broker
  const hit = configCache.get(overrides)
  if (hit !== undefined && hit.broker === broker) return hit.config
  const config = Object.freeze(topicConfig(broker, overrides))
  configCache.set(overrides, { broker, config })
  return config
}

export function replicaOf(sim: SimState, key: string, broker: BrokerId): Replica | undefined {
  return sim.replicas[replicaKey(key, broker)]
}

export function metaOf(sim: SimState, key: string): PartitionMeta {
  const m = sim.partitions[key]
  if (m === undefined) throw new Error(`unknown partition ${key}`)
  return m
}

/** Replicas hosted by a broker, in partition order. */
export function replicasOnBroker(sim: SimState, broker: BrokerId): Replica[] {
  const out: Replica[] = []
  const hosted = sim.brokers[broker]?.hosted
  if (hosted === undefined) return out
  for (const key of hosted) {
    const r = sim.replicas[key]
    if (r !== undefined) out.push(r)
  }
  return out
}

export function sortedBrokerIds(sim: SimState): BrokerId[] {
  return Object.keys(sim.brokers)
    .map(Number)
    .sort((a, b) => a - b)
}

/** By effective topic config (partitionConfig memoizes those per broker config): a pure cache. */
const appendOptionsCache = new WeakMap<object, AppendOptions>()

/** segment.bytes, segment.ms and index.interval.bytes for appends to the partition. */
export function appendOptions(ctx: Ctx, partition: string): AppendOptions {
  const cfg = partitionConfig(ctx.sim, partition)
  let opts = appendOptionsCache.get(cfg)
  if (opts === undefined) {
    opts = Object.freeze({
      segmentBytes: cfg.segmentBytes,
      segmentMs: cfg.segmentMs,
      indexIntervalBytes: ctx.sim.config.broker.indexIntervalBytes,
    })
    appendOptionsCache.set(cfg, opts)
  }
  return opts
}

/** The topic of that name, an own entry only (a name like "constructor" is not a topic). */
export function topicNamed(sim: SimState, name: string): SimState['topics'][string] | undefined {
  return Object.hasOwn(sim.topics, name) ? sim.topics[name] : undefined
}
