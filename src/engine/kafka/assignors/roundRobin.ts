// Port of org.apache.kafka.clients.consumer.RoundRobinAssignor. Members sorted by
// MemberInfo.compareTo form a CircularIterator; partitions of all subscribed topics (TreeSet of
// topic names, then partition order) go one by one to the next member subscribed to the topic.
// Not simplified.

import type { Assignment, PartitionsPerTopic, Subscription, TopicPartition } from './common'
import { compareMemberInfo, compareStrings, partitionsOf } from './common'

function allPartitionsSorted(
  partitionsPerTopic: PartitionsPerTopic,
  subscriptions: readonly Subscription[],
): TopicPartition[] {
  const topics = new Set<string>()
  for (const sub of subscriptions) for (const t of sub.topics) topics.add(t)
  const out: TopicPartition[] = []
  for (const topic of [...topics].sort(compareStrings)) {
    const n = partitionsPerTopic.get(topic)
    if (n !== undefined) out.push(...partitionsOf(topic, n))
  }
  return out
}

export function roundRobinAssign(
  partitionsPerTopic: PartitionsPerTopic,
  subscriptions: readonly Subscription[],
): Assignment {
  const assignment: Assignment = new Map()
  for (const sub of subscriptions) assignment.set(sub.memberId, [])
  if (subscriptions.length === 0) return assignment

  const members = [...subscriptions].sort(compareMemberInfo)
  let cursor = 0 // CircularIterator: members[cursor] is what peek() returns
  for (const partition of allPartitionsSorted(partitionsPerTopic, subscriptions)) {
    // A topic in the list always has a subscriber, so this loop ends within one turn.
    for (let skipped = 0; skipped < members.length; skipped++) {
      if (members[cursor]?.topics.includes(partition.topic)) break
      cursor = (cursor + 1) % members.length
    }
    const member = members[cursor]
    cursor = (cursor + 1) % members.length
    if (member !== undefined) assignment.get(member.memberId)?.push(partition)
  }
  return assignment
}
