// Port of org.apache.kafka.clients.consumer.CooperativeStickyAssignor.assignPartitions: the
// AbstractStickyAssignor result minus every partition that is transferring ownership (it must
// first be revoked by its current owner; the follow-up rebalance hands it out). On the general
// path the transfers are recomputed as (assigned - owned) intersect (owned - assigned) over the
// members' reported ownedPartitions. Not simplified beyond abstractSticky.ts.

import type { StickyResult } from './abstractSticky'
import { abstractStickyAssign } from './abstractSticky'
import type { Assignment, PartitionsPerTopic, Subscription } from './common'
import { removeFirst, topicPartition } from './common'

function computePartitionsTransferringOwnership(
  subscriptions: readonly Subscription[],
  assignments: Assignment,
): Map<string, string> {
  const ownedOf = new Map(subscriptions.map((s) => [s.memberId, s.ownedPartitions]))
  const allAddedPartitions = new Map<string, string>()
  const allRevokedPartitions = new Set<string>()
  for (const [consumer, assigned] of assignments) {
    const owned = ownedOf.get(consumer) ?? []
    const ownedSet = new Set(owned.map((tp) => tp.key))
    for (const tp of assigned) if (!ownedSet.has(tp.key)) allAddedPartitions.set(tp.key, consumer)
    const assignedSet = new Set(assigned.map((tp) => tp.key))
    for (const tp of owned) if (!assignedSet.has(tp.key)) allRevokedPartitions.add(tp.key)
  }
  for (const key of [...allAddedPartitions.keys()])
    if (!allRevokedPartitions.has(key)) allAddedPartitions.delete(key)
  return allAddedPartitions
}

/** Runs the sticky algorithm and applies the cooperative adjustment; also returns the transfers. */
export function cooperativeStickyAssignWithDetails(
  partitionsPerTopic: PartitionsPerTopic,
  subscriptions: readonly Subscription[],
): StickyResult & { readonly withheld: Map<string, string> } {
  const result = abstractStickyAssign(partitionsPerTopic, subscriptions)
  const withheld =
    result.partitionsTransferringOwnership ??
    computePartitionsTransferringOwnership(subscriptions, result.assignment)
  for (const [key, consumer] of withheld) {
    const list = result.assignment.get(consumer)
    const i = key.lastIndexOf('-')
    if (list !== undefined)
      removeFirst(list, topicPartition(key.slice(0, i), Number(key.slice(i + 1))))
  }
  return { ...result, withheld }
}

export function cooperativeStickyAssign(
  partitionsPerTopic: PartitionsPerTopic,
  subscriptions: readonly Subscription[],
): Assignment {
  return cooperativeStickyAssignWithDetails(partitionsPerTopic, subscriptions).assignment
}
