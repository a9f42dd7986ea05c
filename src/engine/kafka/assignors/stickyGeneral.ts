// Port of AbstractStickyAssignor.GeneralAssignmentBuilder (unequal subscriptions): keep valid owned
// partitions, give each unassigned one (topics by potential consumers, then name) to the least
// loaded subscriber, then the balance loop (previous-generation owner first, PartitionMovements)
// and revert-if-not-better. Simplified: no racks; where Java throws a NullPointerException (the
// previous owner was set aside as "fixed"), the previous-owner rule is skipped instead.

import type { OwnershipInfo } from './abstractSticky'
import type { Assignment, PartitionsPerTopic, Subscription, TopicPartition } from './common'
import {
  compareStrings,
  containsPartition,
  DEFAULT_GENERATION,
  partitionsOf,
  removeFirst,
  unassignedByTwoPointers,
} from './common'
import { PartitionMovements } from './partitionMovements'

interface ConsumerGenerationPair {
  readonly consumer: string
  readonly generation: number
}

export function generalAssign(
  partitionsPerTopic: PartitionsPerTopic,
  subscriptions: readonly Subscription[],
  info: OwnershipInfo,
): Assignment {
  const currentAssignment: Assignment = info.consumerToOwnedPartitions
  const subscriptionOf = new Map(subscriptions.map((s) => [s.memberId, s]))
  let totalPartitionsCount = 0
  for (const n of partitionsPerTopic.values()) totalPartitionsCount += n

  const topic2AllPotentialConsumers = new Map<string, string[]>()
  for (const topic of partitionsPerTopic.keys()) topic2AllPotentialConsumers.set(topic, [])
  const consumer2AllPotentialTopics = new Map<string, string[]>()
  for (const sub of subscriptions) {
    const subscribedTopics: string[] = []
    consumer2AllPotentialTopics.set(sub.memberId, subscribedTopics)
    for (const topic of sub.topics) {
      if (!partitionsPerTopic.has(topic)) continue
      subscribedTopics.push(topic)
      topic2AllPotentialConsumers.get(topic)?.push(sub.memberId)
    }
    if (!currentAssignment.has(sub.memberId)) currentAssignment.set(sub.memberId, [])
  }

  const currentPartitionConsumer = new Map<string, string>()
  for (const [consumer, partitions] of currentAssignment)
    for (const tp of partitions) currentPartitionConsumer.set(tp.key, consumer)

  const potentialConsumers = (topic: string): readonly string[] =>
    topic2AllPotentialConsumers.get(topic) ?? []
  const potentialTopics = (consumer: string): readonly string[] =>
    consumer2AllPotentialTopics.get(consumer) ?? []
  const sizeOf = (consumer: string): number => currentAssignment.get(consumer)?.length ?? 0
  const listOf = (consumer: string): TopicPartition[] => {
    const list = currentAssignment.get(consumer)
    if (list === undefined) throw new Error(`no assignment for ${consumer}`)
    return list
  }

  // TopicComparator / PartitionComparator: number of potential consumers, then topic, then partition
  const compareTopics = (a: string, b: string): number =>
    potentialConsumers(a).length - potentialConsumers(b).length || compareStrings(a, b)
  const comparePartitions = (a: TopicPartition, b: TopicPartition): number =>
    compareTopics(a.topic, b.topic) || a.partition - b.partition
  const sortedAllTopics = [...topic2AllPotentialConsumers.keys()].sort(compareTopics)
  let sortedAllPartitions = sortedAllTopics.flatMap((t) =>
    partitionsOf(t, partitionsPerTopic.get(t) ?? 0),
  )

  // sortedCurrentSubscriptions: a TreeSet ordered by (assignment size, member id). It is only
  // read while sizes are consistent with it, so sorting on demand gives the same order.
  const members = new Set<string>()
  const sortedMembers = (): string[] =>
    [...members].sort((a, b) => sizeOf(a) - sizeOf(b) || compareStrings(a, b))

  let revocationRequired = false
  const partitionMovements = new PartitionMovements()

  // prepopulateCurrentAssignments: owners from older generations, latest generation wins
  const prevAssignment = new Map<string, ConsumerGenerationPair>()
  const updatePrevAssignment = (
    partitions: readonly TopicPartition[],
    consumer: string,
    generation: number,
  ): void => {
    for (const tp of partitions) {
      const existing = prevAssignment.get(tp.key)
      if (existing === undefined || generation > existing.generation)
        prevAssignment.set(tp.key, { consumer, generation })
    }
  }
  for (const sub of subscriptions) {
    if (sub.generation !== null && sub.generation < info.maxGeneration)
      updatePrevAssignment(sub.ownedPartitions, sub.memberId, sub.generation)
    else if (sub.generation === null && info.maxGeneration > DEFAULT_GENERATION)
      updatePrevAssignment(sub.ownedPartitions, sub.memberId, DEFAULT_GENERATION)
  }

  // assignOwnedPartitions
  const assignedPartitions: TopicPartition[] = []
  for (const [consumer, partitions] of currentAssignment) {
    const sub = subscriptionOf.get(consumer)
    for (let i = 0; i < partitions.length; ) {
      const tp = partitions[i] as TopicPartition
      if (!topic2AllPotentialConsumers.has(tp.topic)) {
        partitions.splice(i, 1)
        currentPartitionConsumer.delete(tp.key)
      } else if (sub === undefined || !sub.topics.includes(tp.topic)) {
        partitions.splice(i, 1)
        revocationRequired = true
      } else {
        assignedPartitions.push(tp)
        i++
      }
    }
  }
  let unassignedPartitions = unassignedByTwoPointers(
    sortedAllPartitions,
    assignedPartitions,
    comparePartitions,
  )
  for (const consumer of currentAssignment.keys()) members.add(consumer)

  const getMaxAssignmentSize = (topics: readonly string[]): number =>
    topics.length === partitionsPerTopic.size
      ? totalPartitionsCount
      : topics.reduce((sum, t) => sum + (partitionsPerTopic.get(t) ?? 0), 0)

  const isBalanced = (): boolean => {
    const sorted = sortedMembers()
    const min = sizeOf(sorted[0] ?? '')
    const max = sizeOf(sorted[sorted.length - 1] ?? '')
    if (min >= max - 1) return true
    const allPartitions = new Map<string, string>()
    for (const [consumer, partitions] of currentAssignment)
      for (const tp of partitions) allPartitions.set(tp.key, consumer)
    for (const consumer of sorted) {
      const consumerPartitions = listOf(consumer)
      const consumerPartitionCount = consumerPartitions.length
      const allSubscribedTopics = potentialTopics(consumer)
      if (consumerPartitionCount === getMaxAssignmentSize(allSubscribedTopics)) continue
      for (const topic of allSubscribedTopics) {
        for (const tp of partitionsOf(topic, partitionsPerTopic.get(topic) ?? 0)) {
          if (containsPartition(consumerPartitions, tp)) continue
          const otherConsumer = allPartitions.get(tp.key)
          if (otherConsumer === undefined) continue
          if (consumerPartitionCount + 1 < sizeOf(otherConsumer)) return false
        }
      }
    }
    return true
  }

  const getBalanceScore = (assignment: Assignment): number => {
    const sizes = [...assignment.values()].map((l) => l.length)
    let score = 0
    for (let i = 0; i < sizes.length; i++)
      for (let j = i + 1; j < sizes.length; j++)
        score += Math.abs((sizes[i] ?? 0) - (sizes[j] ?? 0))
    return score
  }

  const canConsumerParticipateInReassignment = (consumer: string): boolean => {
    const currentPartitions = listOf(consumer)
    if (currentPartitions.length < getMaxAssignmentSize(potentialTopics(consumer))) return true
    return currentPartitions.some((tp) => potentialConsumers(tp.topic).length >= 2)
  }

  const processPartitionMovement = (partition: TopicPartition, newConsumer: string): void => {
    const oldConsumer = currentPartitionConsumer.get(partition.key)
    if (oldConsumer === undefined) throw new Error(`${partition.key} has no current consumer`)
    partitionMovements.movePartition(partition, oldConsumer, newConsumer)
    removeFirst(listOf(oldConsumer), partition)
    listOf(newConsumer).push(partition)
    currentPartitionConsumer.set(partition.key, newConsumer)
  }

  const reassignPartitionTo = (partition: TopicPartition, newConsumer: string): void => {
    const consumer = currentPartitionConsumer.get(partition.key) ?? ''
    const toMove = partitionMovements.getTheActualPartitionToBeMoved(
      partition,
      consumer,
      newConsumer,
    )
    processPartitionMovement(toMove, newConsumer)
  }

  const reassignPartition = (partition: TopicPartition): void => {
    const newConsumer = sortedMembers().find((c) => potentialTopics(c).includes(partition.topic))
    if (newConsumer !== undefined) reassignPartitionTo(partition, newConsumer)
  }

  const performReassignments = (reassignablePartitions: readonly TopicPartition[]): boolean => {
    let reassignmentPerformed = false
    let modified: boolean
    do {
      modified = false
      for (const partition of reassignablePartitions) {
        if (isBalanced()) break
        const consumer = currentPartitionConsumer.get(partition.key)
        if (consumer === undefined) continue
        const prev = prevAssignment.get(partition.key)
        if (
          prev !== undefined &&
          currentAssignment.has(prev.consumer) &&
          sizeOf(consumer) > sizeOf(prev.consumer) + 1
        ) {
          reassignPartitionTo(partition, prev.consumer)
          reassignmentPerformed = true
          modified = true
          continue
        }
        for (const otherConsumer of potentialConsumers(partition.topic)) {
          if (sizeOf(consumer) > sizeOf(otherConsumer) + 1) {
            reassignPartition(partition)
            reassignmentPerformed = true
            modified = true
            break
          }
        }
      }
    } while (modified)
    return reassignmentPerformed
  }

  // balance()
  const sortedAtStart = sortedMembers()
  const initializing = sizeOf(sortedAtStart[sortedAtStart.length - 1] ?? '') === 0

  for (const partition of unassignedPartitions) {
    if (potentialConsumers(partition.topic).length === 0) continue
    const consumer = sortedMembers().find((c) => potentialTopics(c).includes(partition.topic))
    if (consumer === undefined) continue
    listOf(consumer).push(partition)
    currentPartitionConsumer.set(partition.key, consumer)
  }

  // narrow the reassignment scope to partitions and consumers that can actually move
  const fixedTopics = new Set(
    [...topic2AllPotentialConsumers.keys()].filter((t) => potentialConsumers(t).length < 2),
  )
  sortedAllPartitions = sortedAllPartitions.filter((tp) => !fixedTopics.has(tp.topic))
  unassignedPartitions = unassignedPartitions.filter((tp) => !fixedTopics.has(tp.topic))

  const fixedAssignments = new Map<string, TopicPartition[]>()
  for (const consumer of consumer2AllPotentialTopics.keys()) {
    if (!canConsumerParticipateInReassignment(consumer)) {
      members.delete(consumer)
      fixedAssignments.set(consumer, listOf(consumer))
      currentAssignment.delete(consumer)
    }
  }

  const preBalanceAssignment: Assignment = new Map(
    [...currentAssignment].map(([c, l]) => [c, [...l]] as [string, TopicPartition[]]),
  )
  const preBalancePartitionConsumers = new Map(currentPartitionConsumer)

  // if nothing must be revoked for subscription changes, first try moving only the new partitions
  if (!revocationRequired) performReassignments(unassignedPartitions)
  const reassignmentPerformed = performReassignments(sortedAllPartitions)

  if (
    !initializing &&
    reassignmentPerformed &&
    getBalanceScore(currentAssignment) >= getBalanceScore(preBalanceAssignment)
  ) {
    currentAssignment.clear()
    for (const [c, l] of preBalanceAssignment) currentAssignment.set(c, [...l])
    currentPartitionConsumer.clear()
    for (const [k, c] of preBalancePartitionConsumers) currentPartitionConsumer.set(k, c)
  }

  for (const [consumer, partitions] of fixedAssignments) currentAssignment.set(consumer, partitions)
  return currentAssignment
}
