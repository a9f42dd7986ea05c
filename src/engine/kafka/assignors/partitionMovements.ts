// Port of AbstractStickyAssignor.PartitionMovements (used by the general sticky path): records
// which partitions moved between which consumer pairs so that a later move in the opposite
// direction returns a previously moved partition instead (stickiness). The per-pair partition sets
// are java.util.HashSet<TopicPartition> emulations, since `iterator().next()` picks the partition.
// Simplified: isSticky()/hasCycles() (diagnostics only) are not ported.

import { JavaHashSet } from '../javaHash'
import type { TopicPartition } from './common'
import { topicPartitionHash, topicPartitionId } from './common'

interface ConsumerPair {
  readonly src: string
  readonly dst: string
}

// ConsumerPair equality is (src, dst); JSON encoding keeps the key unambiguous.
const pairKey = (src: string, dst: string): string => JSON.stringify([src, dst])

interface PairMovements {
  readonly pair: ConsumerPair
  readonly partitions: JavaHashSet<TopicPartition>
}

export class PartitionMovements {
  private readonly partitionMovementsByTopic = new Map<string, Map<string, PairMovements>>()
  private readonly partitionMovements = new Map<string, ConsumerPair>()

  private removeMovementRecordOfPartition(partition: TopicPartition): ConsumerPair {
    const pair = this.partitionMovements.get(partition.key)
    if (pair === undefined) throw new Error(`no movement recorded for ${partition.key}`)
    this.partitionMovements.delete(partition.key)
    const forTopic = this.partitionMovementsByTopic.get(partition.topic)
    const key = pairKey(pair.src, pair.dst)
    const entry = forTopic?.get(key)
    if (forTopic !== undefined && entry !== undefined) {
      entry.partitions.delete(partition)
      if (entry.partitions.size === 0) forTopic.delete(key)
      if (forTopic.size === 0) this.partitionMovementsByTopic.delete(partition.topic)
    }
    return pair
  }

  private addPartitionMovementRecord(partition: TopicPartition, pair: ConsumerPair): void {
    this.partitionMovements.set(partition.key, pair)
    let forTopic = this.partitionMovementsByTopic.get(partition.topic)
    if (forTopic === undefined) {
      forTopic = new Map()
      this.partitionMovementsByTopic.set(partition.topic, forTopic)
    }
    const key = pairKey(pair.src, pair.dst)
    let entry = forTopic.get(key)
    if (entry === undefined) {
      entry = { pair, partitions: new JavaHashSet(topicPartitionHash, topicPartitionId) }
      forTopic.set(key, entry)
    }
    entry.partitions.add(partition)
  }

  movePartition(partition: TopicPartition, oldConsumer: string, newConsumer: string): void {
    if (this.partitionMovements.has(partition.key)) {
      // this partition has previously moved
      const existingPair = this.removeMovementRecordOfPartition(partition)
      if (existingPair.src !== newConsumer) {
        // not moving back to its original consumer
        this.addPartitionMovementRecord(partition, { src: existingPair.src, dst: newConsumer })
      }
    } else {
      this.addPartitionMovementRecord(partition, { src: oldConsumer, dst: newConsumer })
    }
  }

  getTheActualPartitionToBeMoved(
    partition: TopicPartition,
    oldConsumer: string,
    newConsumer: string,
  ): TopicPartition {
    const forTopic = this.partitionMovementsByTopic.get(partition.topic)
    if (forTopic === undefined) return partition
    const previous = this.partitionMovements.get(partition.key)
    const src = previous === undefined ? oldConsumer : previous.src
    const reverse = forTopic.get(pairKey(newConsumer, src))
    if (reverse === undefined) return partition
    return reverse.partitions.first() ?? partition
  }
}
