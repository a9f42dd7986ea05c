// The simulation's identifiers: ticks, broker ids, and the string keys of partitions and replicas.

export type Tick = number
export type BrokerId = number
/** Kafka's TopicPartition string form, e.g. "orders-0". */
export type PartitionKey = string
/** A replica: partition key and broker, e.g. "orders-0@2". */
export type ReplicaKey = string

/**
 * A pure cache of the strings `build` makes from a string and a small number, each built once:
 * the fetch paths look replicas up for every partition of every fetch, and a reused string has
 * its hash computed once instead of being built anew each time.
 */
function stringTable(build: (s: string, n: number) => string): (s: string, n: number) => string {
  const bySecond = new Map<string, string[]>()
  return (s, n) => {
    let row = bySecond.get(s)
    if (row === undefined) {
      row = []
      bySecond.set(s, row)
    }
    let key = row[n]
    if (key === undefined) {
      key = build(s, n)
      row[n] = key
    }
    return key
  }
}

/** The same cache for strings made from two strings (e.g. a consumer's endpoint). */
export function stringPairTable(
  build: (a: string, b: string) => string,
): (a: string, b: string) => string {
  const byFirst = new Map<string, Map<string, string>>()
  return (a, b) => {
    let row = byFirst.get(a)
    if (row === undefined) {
      row = new Map()
      byFirst.set(a, row)
    }
    let key = row.get(b)
    if (key === undefined) {
      key = build(a, b)
      row.set(b, key)
    }
    return key
  }
}

/** A replica's key, e.g. "orders-0@2". */
export const replicaKey: (p: PartitionKey, b: BrokerId) => ReplicaKey = stringTable(
  (p, b) => `${p}@${b}`,
)

/** A partition's key, e.g. "orders-0". */
export const partitionKey: (topic: string, partition: number) => PartitionKey = stringTable(
  (t, i) => `${t}-${i}`,
)
