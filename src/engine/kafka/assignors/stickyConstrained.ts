// Port of AbstractStickyAssignor.ConstrainedAssignmentBuilder (all members subscribe to the same
// topics): keep owned partitions up to minQuota/maxQuota (sorted by partition, then topic, since
// KAFKA-16277), then deal the unassigned partitions round-robin over the members below minQuota
// (sorted by id), then one each to the sorted exactly-minQuota members. Simplified: the
// rack-aware round-robin pass is omitted (it is a no-op without consumer racks).

import type { OwnershipInfo } from './abstractSticky'
import type { Assignment, PartitionsPerTopic, TopicPartition } from './common'
import { compareStrings, partitionsOf, unassignedByTwoPointers } from './common'

const byPartitionThenTopic = (a: TopicPartition, b: TopicPartition): number =>
  a.partition - b.partition || compareStrings(a.topic, b.topic)
const byTopicThenPartition = (a: TopicPartition, b: TopicPartition): number =>
  compareStrings(a.topic, b.topic) || a.partition - b.partition

/** A java.util.Iterator over a list that supports remove() of the last returned element. */
class ListIterator {
  private nextIndex = 0
  constructor(private readonly list: string[]) {}
  hasNext(): boolean {
    return this.nextIndex < this.list.length
  }
  next(): string {
    const value = this.list[this.nextIndex++]
    if (value === undefined) throw new Error('NoSuchElementException')
    return value
  }
  remove(): void {
    this.list.splice(--this.nextIndex, 1)
  }
}

export function constrainedAssign(
  partitionsPerTopic: PartitionsPerTopic,
  info: OwnershipInfo,
): { assignment: Assignment; partitionsTransferringOwnership: Map<string, string> } {
  const { consumerToOwnedPartitions, ownedIterationOrder, partitionsWithMultiplePreviousOwners } =
    info
  const partitionsTransferringOwnership = new Map<string, string>()
  const allRevokedPartitions = new Set<string>()
  const unfilledMembersWithUnderMinQuotaPartitions: string[] = []
  let unfilledMembersWithExactlyMinQuotaPartitions: string[] = []

  let totalPartitionsCount = 0
  for (const n of partitionsPerTopic.values()) totalPartitionsCount += n
  const numberOfConsumers = consumerToOwnedPartitions.size
  const minQuota = Math.floor(totalPartitionsCount / numberOfConsumers)
  const maxQuota = Math.ceil(totalPartitionsCount / numberOfConsumers)
  const expectedNumMembersWithOverMinQuotaPartitions = totalPartitionsCount % numberOfConsumers
  let currentNumMembersWithOverMinQuotaPartitions = 0

  const assignment: Assignment = new Map()
  for (const consumer of ownedIterationOrder) assignment.set(consumer, [])
  const assignedPartitions: TopicPartition[] = []
  const assignmentOf = (consumer: string): TopicPartition[] => {
    const list = assignment.get(consumer)
    if (list === undefined) throw new Error(`unknown consumer ${consumer}`)
    return list
  }

  // 1. Reassign previously owned partitions, up to the expected number per consumer
  for (const consumer of ownedIterationOrder) {
    const ownedPartitions = [...(consumerToOwnedPartitions.get(consumer) ?? [])]
      .sort(byPartitionThenTopic)
      .filter((tp) => !partitionsWithMultiplePreviousOwners.has(tp.key))
    const consumerAssignment = assignmentOf(consumer)

    if (ownedPartitions.length < minQuota) {
      consumerAssignment.push(...ownedPartitions)
      assignedPartitions.push(...ownedPartitions)
      unfilledMembersWithUnderMinQuotaPartitions.push(consumer)
    } else if (
      ownedPartitions.length >= maxQuota &&
      currentNumMembersWithOverMinQuotaPartitions < expectedNumMembersWithOverMinQuotaPartitions
    ) {
      currentNumMembersWithOverMinQuotaPartitions++
      if (
        currentNumMembersWithOverMinQuotaPartitions === expectedNumMembersWithOverMinQuotaPartitions
      )
        unfilledMembersWithExactlyMinQuotaPartitions = []
      const kept = ownedPartitions.slice(0, maxQuota)
      consumerAssignment.push(...kept)
      assignedPartitions.push(...kept)
      for (const tp of ownedPartitions.slice(maxQuota)) allRevokedPartitions.add(tp.key)
    } else {
      const kept = ownedPartitions.slice(0, minQuota)
      consumerAssignment.push(...kept)
      assignedPartitions.push(...kept)
      for (const tp of ownedPartitions.slice(minQuota)) allRevokedPartitions.add(tp.key)
      if (
        currentNumMembersWithOverMinQuotaPartitions < expectedNumMembersWithOverMinQuotaPartitions
      )
        unfilledMembersWithExactlyMinQuotaPartitions.push(consumer)
    }
  }

  // 2. Unassigned = all partitions (topics sorted by name) minus the kept ones
  const sortedAllTopics = [...partitionsPerTopic.keys()].sort(compareStrings)
  const allPartitions = sortedAllTopics.flatMap((t) =>
    partitionsOf(t, partitionsPerTopic.get(t) ?? 0),
  )
  const unassignedPartitions = unassignedByTwoPointers(
    allPartitions,
    assignedPartitions,
    byTopicThenPartition,
  )

  unfilledMembersWithUnderMinQuotaPartitions.sort(compareStrings)
  unfilledMembersWithExactlyMinQuotaPartitions.sort(compareStrings)

  const assignNewPartition = (tp: TopicPartition, consumer: string): number => {
    const consumerAssignment = assignmentOf(consumer)
    consumerAssignment.push(tp)
    // newly assigned here, or claimed by several previous owners and invalidated for all of them
    if (allRevokedPartitions.has(tp.key) || partitionsWithMultiplePreviousOwners.has(tp.key))
      partitionsTransferringOwnership.set(tp.key, consumer)
    return consumerAssignment.length
  }

  // 3. Round-robin over the unfilled members, up to minQuota, then maxQuota where expected
  let unfilledConsumerIter = new ListIterator(unfilledMembersWithUnderMinQuotaPartitions)
  for (const unassignedPartition of unassignedPartitions) {
    let consumer: string
    if (unfilledConsumerIter.hasNext()) {
      consumer = unfilledConsumerIter.next()
    } else if (
      unfilledMembersWithUnderMinQuotaPartitions.length === 0 &&
      unfilledMembersWithExactlyMinQuotaPartitions.length === 0
    ) {
      throw new Error('IllegalStateException: No more unfilled consumers to be assigned.')
    } else if (unfilledMembersWithUnderMinQuotaPartitions.length === 0) {
      consumer = unfilledMembersWithExactlyMinQuotaPartitions.shift() as string
    } else {
      unfilledConsumerIter = new ListIterator(unfilledMembersWithUnderMinQuotaPartitions)
      consumer = unfilledConsumerIter.next()
    }

    const currentAssignedCount = assignNewPartition(unassignedPartition, consumer)
    if (currentAssignedCount === minQuota) {
      unfilledConsumerIter.remove()
      unfilledMembersWithExactlyMinQuotaPartitions.push(consumer)
    } else if (currentAssignedCount === maxQuota) {
      currentNumMembersWithOverMinQuotaPartitions++
    }
  }

  // 4. verifyUnfilledMembers
  if (unfilledMembersWithUnderMinQuotaPartitions.length > 0) {
    if (
      currentNumMembersWithOverMinQuotaPartitions !== expectedNumMembersWithOverMinQuotaPartitions
    )
      throw new Error('IllegalStateException: expected members over minQuota not reached')
    for (const member of unfilledMembersWithUnderMinQuotaPartitions) {
      if (assignmentOf(member).length !== minQuota)
        throw new Error(`IllegalStateException: Consumer: [${member}] doesn't reach minQuota`)
    }
  }

  return { assignment, partitionsTransferringOwnership }
}
