// Port of AbstractStickyAssignor.assignPartitions / allSubscriptionsEqual (clients 3.8-3.9): reads
// each member's owned partitions and generation, resolves conflicting claims (same generation ->
// invalid for both, else the higher generation wins) and picks the constrained builder (identical
// subscriptions) or the general one. Simplified: MemberData comes straight from the member (as for
// ConsumerProtocol v2+ subscriptions); no racks; maxGeneration starts at -1 on every call.

import { javaHashMapOrder } from '../javaHash'
import type { Assignment, PartitionsPerTopic, Subscription, TopicPartition } from './common'
import { DEFAULT_GENERATION, removeFirst } from './common'
import { constrainedAssign } from './stickyConstrained'
import { generalAssign } from './stickyGeneral'

export interface StickyResult {
  readonly assignment: Assignment
  /** tp key -> new owner; null on the general path (CooperativeStickyAssignor recomputes it). */
  readonly partitionsTransferringOwnership: Map<string, string> | null
  readonly algorithmPath: 'constrained' | 'general'
}

/** What allSubscriptionsEqual fills in besides its boolean result. */
export interface OwnershipInfo {
  /** member -> valid owned partitions (existing topics, conflicts resolved), Java HashMap. */
  readonly consumerToOwnedPartitions: Map<string, TopicPartition[]>
  /** Iteration order of consumerToOwnedPartitions (a java.util.HashMap filled in member order). */
  readonly ownedIterationOrder: readonly string[]
  readonly partitionsWithMultiplePreviousOwners: Set<string>
  readonly maxGeneration: number
}

const generationOf = (s: Subscription): number => s.generation ?? DEFAULT_GENERATION

function allSubscriptionsEqual(
  allTopics: PartitionsPerTopic,
  subscriptions: readonly Subscription[],
): { equal: boolean; info: OwnershipInfo } {
  let isAllSubscriptionsEqual = true
  const subscribedTopics = new Set<string>()
  const consumerToOwnedPartitions = new Map<string, TopicPartition[]>()
  const partitionsWithMultiplePreviousOwners = new Set<string>()
  const allPreviousPartitionsToOwner = new Map<string, string>()
  const byId = new Map(subscriptions.map((s) => [s.memberId, s]))
  let maxGeneration = DEFAULT_GENERATION

  for (const subscription of subscriptions) {
    const consumer = subscription.memberId
    // Java re-initialises the reference set while it is still empty (an empty first subscription).
    if (subscribedTopics.size === 0) {
      for (const t of subscription.topics) subscribedTopics.add(t)
    } else if (
      isAllSubscriptionsEqual &&
      !(
        subscription.topics.length === subscribedTopics.size &&
        subscription.topics.every((t) => subscribedTopics.has(t))
      )
    ) {
      isAllSubscriptionsEqual = false
    }

    const memberGeneration = generationOf(subscription)
    maxGeneration = Math.max(maxGeneration, memberGeneration)
    const ownedPartitions: TopicPartition[] = []
    consumerToOwnedPartitions.set(consumer, ownedPartitions)

    for (const tp of subscription.ownedPartitions) {
      if (!allTopics.has(tp.topic)) continue
      const otherConsumer = allPreviousPartitionsToOwner.get(tp.key)
      if (otherConsumer === undefined) {
        ownedPartitions.push(tp)
        allPreviousPartitionsToOwner.set(tp.key, consumer)
        continue
      }
      const other = byId.get(otherConsumer)
      const otherMemberGeneration = other === undefined ? DEFAULT_GENERATION : generationOf(other)
      const otherOwned = consumerToOwnedPartitions.get(otherConsumer) ?? []
      if (memberGeneration === otherMemberGeneration) {
        // two members of the same generation claim it: invalidate it for both
        partitionsWithMultiplePreviousOwners.add(tp.key)
        removeFirst(otherOwned, tp)
        allPreviousPartitionsToOwner.set(tp.key, consumer)
      } else if (memberGeneration > otherMemberGeneration) {
        ownedPartitions.push(tp)
        removeFirst(otherOwned, tp)
        allPreviousPartitionsToOwner.set(tp.key, consumer)
      }
      // else: the other member, of a higher generation, keeps it
    }
  }

  const ownedIterationOrder = javaHashMapOrder(subscriptions.map((s) => s.memberId))
  return {
    equal: isAllSubscriptionsEqual,
    info: {
      consumerToOwnedPartitions,
      ownedIterationOrder,
      partitionsWithMultiplePreviousOwners,
      maxGeneration,
    },
  }
}

/**
 * AbstractStickyAssignor.assignPartitions. `subscriptions` must be in the order the leader
 * iterates its java.util.HashMap of subscriptions (see javaHashMapOrder).
 */
export function abstractStickyAssign(
  partitionsPerTopic: PartitionsPerTopic,
  subscriptions: readonly Subscription[],
): StickyResult {
  const { equal, info } = allSubscriptionsEqual(partitionsPerTopic, subscriptions)
  if (subscriptions.length === 0) {
    return {
      assignment: new Map(),
      partitionsTransferringOwnership: new Map(),
      algorithmPath: 'constrained',
    }
  }
  if (equal) {
    const { assignment, partitionsTransferringOwnership } = constrainedAssign(
      partitionsPerTopic,
      info,
    )
    return { assignment, partitionsTransferringOwnership, algorithmPath: 'constrained' }
  }
  const assignment = generalAssign(partitionsPerTopic, subscriptions, info)
  return { assignment, partitionsTransferringOwnership: null, algorithmPath: 'general' }
}

/** StickyAssignor (eager): the AbstractStickyAssignor result as is. */
export function stickyAssign(
  partitionsPerTopic: PartitionsPerTopic,
  subscriptions: readonly Subscription[],
): Assignment {
  return abstractStickyAssign(partitionsPerTopic, subscriptions).assignment
}
