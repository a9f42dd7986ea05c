// Shared pieces of the client-side assignors: TopicPartition (equals/hashCode as in
// org.apache.kafka.common.TopicPartition), the Subscription fields the assignors read, Java's
// String.compareTo, and AbstractPartitionAssignor.MemberInfo.compareTo. Simplified: no rack ids
// (rack-aware assignment, KIP-881, never triggers), no userData bytes (see abstractSticky.ts).

import { javaStringHashCode } from '../javaHash'

export type AssignorName = 'range' | 'roundrobin' | 'sticky' | 'cooperative-sticky'

/** One group member as the leader sees it in the JoinGroup response. */
export interface AssignorMember {
  memberId: string
  groupInstanceId?: string | null
  topics: string[]
  /** "topic-partition" strings the member reports as owned (cooperative) / in userData (sticky). */
  ownedPartitions?: string[]
  /** Generation reported with the owned partitions; null/undefined = not supplied (-1). */
  generation?: number | null
}

export interface TopicPartition {
  readonly topic: string
  readonly partition: number
  /** `${topic}-${partition}`: the identity used for equals(). */
  readonly key: string
}

/** The subscription fields the assignors use, normalised from AssignorMember. */
export interface Subscription {
  readonly memberId: string
  readonly groupInstanceId: string | null
  readonly topics: readonly string[]
  readonly ownedPartitions: readonly TopicPartition[]
  readonly generation: number | null
}

/** topic -> partition count, only subscribed topics that exist (AbstractPartitionAssignor.assign). */
export type PartitionsPerTopic = ReadonlyMap<string, number>

export type Assignment = Map<string, TopicPartition[]>

export const DEFAULT_GENERATION = -1

export function topicPartition(topic: string, partition: number): TopicPartition {
  return { topic, partition, key: `${topic}-${partition}` }
}

/** Parses "topic-partition"; topic names may contain '-', so split at the last one. */
export function parseTopicPartition(s: string): TopicPartition | null {
  const i = s.lastIndexOf('-')
  if (i < 0) return null
  const digits = s.slice(i + 1)
  if (!/^\d+$/.test(digits)) return null
  const partition = Number(digits)
  return Number.isSafeInteger(partition) ? topicPartition(s.slice(0, i), partition) : null
}

/** TopicPartition.hashCode: 31 * (31 + partition) + topic.hashCode(), int32. */
export function topicPartitionHash(tp: TopicPartition): number {
  return (Math.imul(31, (31 + tp.partition) | 0) + javaStringHashCode(tp.topic)) | 0
}

export const topicPartitionId = (tp: TopicPartition): string => tp.key

/** Java String.compareTo sign (UTF-16 code unit order, like JS relational operators). */
export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

/** AbstractPartitionAssignor.MemberInfo.compareTo: static members (by instance id) first. */
export function compareMemberInfo(a: Subscription, b: Subscription): number {
  if (a.groupInstanceId !== null && b.groupInstanceId !== null)
    return compareStrings(a.groupInstanceId, b.groupInstanceId)
  if (a.groupInstanceId !== null) return -1
  if (b.groupInstanceId !== null) return 1
  return compareStrings(a.memberId, b.memberId)
}

/** Java List.remove(Object): removes the first equal element. */
export function removeFirst(list: TopicPartition[], tp: TopicPartition): boolean {
  const i = list.findIndex((x) => x.key === tp.key)
  if (i < 0) return false
  list.splice(i, 1)
  return true
}

export function containsPartition(list: readonly TopicPartition[], tp: TopicPartition): boolean {
  return list.some((x) => x.key === tp.key)
}

/** AbstractPartitionAssignor.partitions(topic, n): topic-0 .. topic-(n-1). */
export function partitionsOf(topic: string, count: number): TopicPartition[] {
  const out: TopicPartition[] = []
  for (let i = 0; i < count; i++) out.push(topicPartition(topic, i))
  return out
}

/**
 * Two-pointer difference used by both sticky builders' getUnassignedPartitions: `all` in its
 * order, skipping elements of `assigned` once sorted with `compare` (Java relies on both lists
 * sharing that order; the port keeps the same walk).
 */
export function unassignedByTwoPointers(
  all: readonly TopicPartition[],
  assigned: TopicPartition[],
  compare: (a: TopicPartition, b: TopicPartition) => number,
): TopicPartition[] {
  if (assigned.length === 0) return [...all]
  assigned.sort(compare)
  const out: TopicPartition[] = []
  let addDirectly = false
  let next = 0
  for (const tp of all) {
    if (addDirectly || assigned[next]?.key !== tp.key) {
      out.push(tp)
    } else if (next + 1 < assigned.length) {
      next++
    } else {
      addDirectly = true
    }
  }
  return out
}
