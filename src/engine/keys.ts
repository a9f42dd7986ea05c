// The simulation's identifiers: ticks, broker ids, and the string keys of partitions and replicas.

export type Tick = number
export type BrokerId = number
/** Kafka's TopicPartition string form, e.g. "orders-0". */
export type PartitionKey = string
/** A replica: partition key and broker, e.g. "orders-0@2". */
export type ReplicaKey = string

/**
 * Replica keys by partition, then broker: a pure cache, so the fetch paths, which look replicas up
 * for every partition of every fetch, reuse one string (its hash computed once) instead of building
 * a new one each time.
 */
const replicaKeys = new Map<PartitionKey, ReplicaKey[]>()

export function replicaKey(p: PartitionKey, b: BrokerId): ReplicaKey {
  let byBroker = replicaKeys.get(p)
  if (byBroker === undefined) {
    byBroker = []
    replicaKeys.set(p, byBroker)
  }
  let key = byBroker[b]
  if (key === undefined) {
    key = `${p}@${b}`
    byBroker[b] = key
  }
  return key
}
/** Partition keys by topic, then partition number: a pure cache, as replicaKeys. */
const partitionKeys = new Map<string, PartitionKey[]>()

export function partitionKey(topic: string, partition: number): PartitionKey {
  let byNumber = partitionKeys.get(topic)
  if (byNumber === undefined) {
    byNumber = []
    partitionKeys.set(topic, byNumber)
  }
  let key = byNumber[partition]
  if (key === undefined) {
    key = `${topic}-${partition}`
    byNumber[partition] = key
  }
  return key
}
