// Public entry to the client-side (classic protocol) assignors: what the group leader's
// ConsumerPartitionAssignor returns from AbstractPartitionAssignor.assign(Cluster, GroupSubscription).
// Like that method, only subscribed topics with metadata and at least one partition are passed
// on. Simplified: repeated member ids keep the first entry; repeated topics in one subscription
// and malformed "topic-partition" strings are dropped (a real client never sends them).

import { javaHashMapOrder } from '../javaHash'
import { stickyAssign } from './abstractSticky'
import type { Assignment, AssignorMember, AssignorName, Subscription } from './common'
import { parseTopicPartition } from './common'
import { cooperativeStickyAssign } from './cooperativeSticky'
import { rangeAssign } from './range'
import { roundRobinAssign } from './roundRobin'

export type { AssignorMember, AssignorName } from './common'

function toSubscriptions(members: readonly AssignorMember[]): Subscription[] {
  const seen = new Set<string>()
  const out: Subscription[] = []
  for (const m of members) {
    if (seen.has(m.memberId)) continue
    seen.add(m.memberId)
    const ownedPartitions = []
    for (const s of m.ownedPartitions ?? []) {
      const tp = parseTopicPartition(s)
      if (tp !== null) ownedPartitions.push(tp)
    }
    out.push({
      memberId: m.memberId,
      groupInstanceId: m.groupInstanceId ?? null,
      topics: [...new Set(m.topics)],
      ownedPartitions,
      generation: m.generation ?? null,
    })
  }
  return out
}

/**
 * Subscribed topics that exist with >= 1 partition (AbstractPartitionAssignor.assign), in the
 * iteration order of its HashMap (filled from a HashSet of all subscribed topics).
 */
function partitionsPerTopicOf(
  topics: Readonly<Record<string, number>>,
  subscriptions: readonly Subscription[],
): Map<string, number> {
  const allSubscribedTopics = javaHashMapOrder(subscriptions.flatMap((s) => s.topics))
  const existing = allSubscribedTopics.filter((topic) => {
    const n = Object.hasOwn(topics, topic) ? topics[topic] : undefined
    return n !== undefined && Number.isInteger(n) && n > 0
  })
  return new Map(javaHashMapOrder(existing).map((topic) => [topic, topics[topic] ?? 0]))
}

/**
 * Assignment computed by Kafka's `strategy` assignor. `members` must be in the order the group
 * leader iterates them (java.util.HashMap order of member ids: javaHashMapOrder in ../javaHash).
 * For 'cooperative-sticky' partitions that must first be revoked elsewhere are withheld until the
 * follow-up rebalance. Every input member appears in the result, possibly with [].
 */
export function assignPartitions(
  strategy: AssignorName,
  topics: Record<string, number>,
  members: AssignorMember[],
): Record<string, string[]> {
  const subscriptions = toSubscriptions(members)
  const partitionsPerTopic = partitionsPerTopicOf(topics, subscriptions)
  let assignment: Assignment
  switch (strategy) {
    case 'range':
      assignment = rangeAssign(partitionsPerTopic, subscriptions)
      break
    case 'roundrobin':
      assignment = roundRobinAssign(partitionsPerTopic, subscriptions)
      break
    case 'sticky':
      assignment = stickyAssign(partitionsPerTopic, subscriptions)
      break
    case 'cooperative-sticky':
      assignment = cooperativeStickyAssign(partitionsPerTopic, subscriptions)
      break
  }
  return Object.fromEntries(
    subscriptions.map((s) => [s.memberId, (assignment.get(s.memberId) ?? []).map((tp) => tp.key)]),
  )
}
