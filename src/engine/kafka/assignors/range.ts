// Port of org.apache.kafka.clients.consumer.RangeAssignor (3.5+ structure, TopicAssignmentState).
// Per topic: subscribers sorted by MemberInfo.compareTo (static members by group.instance.id
// first, then member id); the first `n % c` take `n / c + 1` consecutive partitions, the rest
// `n / c`. Simplified: no rack-aware pass (KIP-881); it never applies without consumer racks.

import type { Assignment, PartitionsPerTopic, Subscription, TopicPartition } from './common'
import { compareMemberInfo, partitionsOf } from './common'

export function rangeAssign(
  partitionsPerTopic: PartitionsPerTopic,
  subscriptions: readonly Subscription[],
): Assignment {
  // consumersPerTopic: topic -> members in subscription iteration order
  const consumersPerTopic = new Map<string, Subscription[]>()
  for (const sub of subscriptions) {
    for (const topic of sub.topics) {
      const list = consumersPerTopic.get(topic)
      if (list === undefined) consumersPerTopic.set(topic, [sub])
      else list.push(sub)
    }
  }

  const assignment: Assignment = new Map()
  for (const sub of subscriptions) assignment.set(sub.memberId, [])

  for (const [topic, numPartitions] of partitionsPerTopic) {
    if (numPartitions <= 0) continue
    const consumers = [...(consumersPerTopic.get(topic) ?? [])].sort(compareMemberInfo)
    if (consumers.length === 0) continue
    const numPartitionsPerConsumer = Math.floor(numPartitions / consumers.length)
    let remainingConsumersWithExtraPartition = numPartitions % consumers.length
    const unassigned: TopicPartition[] = partitionsOf(topic, numPartitions)
    for (const consumer of consumers) {
      if (unassigned.length === 0) break
      const maxAssignable =
        numPartitionsPerConsumer + (remainingConsumersWithExtraPartition > 0 ? 1 : 0)
      const assigned = unassigned.splice(0, maxAssignable)
      if (assigned.length === 0) continue
      assignment.get(consumer.memberId)?.push(...assigned)
      if (assigned.length > numPartitionsPerConsumer) remainingConsumersWithExtraPartition--
    }
  }
  return assignment
}
