// Small lookups shared by the rules.

import { type TopicLevelConfig, topicConfig } from './config'
import type { BrokerId, PartitionMeta, Replica, SimState } from './model'
import { replicaKey } from './model'

export function topicOfPartition(key: string): { topic: string; partition: number } {
  const i = key.lastIndexOf('-')
  return { topic: key.slice(0, i), partition: Number(key.slice(i + 1)) }
}

export function partitionConfig(sim: SimState, key: string): TopicLevelConfig {
  const meta = sim.partitions[key]
  const topic = meta === undefined ? undefined : sim.topics[meta.topic]
  return topicConfig(sim.config.broker, topic?.config)
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
