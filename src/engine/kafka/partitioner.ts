// Ports of the producer's partition choice: BuiltInPartitioner.partitionForKey (keyed, 3.3+; same
// formula as DefaultPartitioner since 0.9), BuiltInPartitioner.nextPartition without adaptive
// weights (KIP-794 uniform sticky), StickyPartitionCache.nextPartition (KIP-480, 2.4-3.2) and the
// round-robin index rule of DefaultPartitioner <= 2.3 / RoundRobinPartitioner. Simplified: the
// caller supplies the random ints (from its seeded RNG) in place of ThreadLocalRandom.

import { murmur2, toPositive } from './murmur2'

/** toPositive(murmur2(serializedKey)) % numPartitions, over ALL partitions of the topic. */
export function partitionForKey(key: Uint8Array, numPartitions: number): number {
  return toPositive(murmur2(key)) % numPartitions
}

/**
 * KIP-794 (3.3+) BuiltInPartitioner.nextPartition with adaptive partitioning off or without load
 * stats: `available[toPositive(random) % available.length]`, or `toPositive(random) % numPartitions`
 * when no partition has a leader. Since 3.3 the current partition is NOT excluded, so `_current` is
 * accepted for call-site symmetry with the KIP-480 helper and ignored.
 */
export function stickyNextPartition(
  available: readonly number[],
  _current: number | null,
  randomInt: number,
  numPartitions: number,
): number {
  const random = toPositive(randomInt)
  const chosen = available.length > 0 ? available[random % available.length] : undefined
  return chosen ?? random % numPartitions
}

/**
 * KIP-480 (2.4-3.2) StickyPartitionCache.nextPartition when the sticky partition must change:
 * none available -> random over all partitions; exactly one -> it; otherwise draw until the pick
 * differs from `current`. `nextRandom` is called once per draw, like ThreadLocalRandom.nextInt().
 */
export function stickyNextPartitionKip480(
  available: readonly number[],
  current: number | null,
  nextRandom: () => number,
  numPartitions: number,
): number {
  if (available.length < 1) return toPositive(nextRandom()) % numPartitions
  const only = available[0]
  if (available.length === 1 && only !== undefined) return only
  let next: number | null = null
  while (next === null || next === current) {
    next = available[toPositive(nextRandom()) % available.length] ?? null
  }
  return next
}

/**
 * DefaultPartitioner (<= 2.3) for null keys and RoundRobinPartitioner: with `counter` the value of
 * the per-topic counter before its getAndIncrement, index `toPositive(counter) % available.length`
 * into the available partitions, or `% numPartitions` over all partitions when none is available.
 */
export function roundRobinPartition(
  counter: number,
  available: readonly number[],
  numPartitions: number,
): number {
  const n = toPositive(counter)
  const chosen = available.length > 0 ? available[n % available.length] : undefined
  return chosen ?? n % numPartitions
}
