// Module-level selectors (stable functions, so components do not re-subscribe every render).
// Those returning arrays build new ones each call: use them through useShallow.

import type { BrokerView, PartitionView, ProducerView, ReplicaView } from '../../engine/view'
import type { SimStore } from './types'

export const DEFAULT_PRODUCER = 'producer-1'

export const selectReady = (s: SimStore): boolean => s.view !== null
export const selectTick = (s: SimStore): number => s.tick
/** The simulated time of the published view (what the numbers on screen show; see simSlice.ts). */
export const selectViewTick = (s: SimStore): number => s.view?.tick ?? 0
/** The messages in flight in the latest frame (they move with every frame; see simSlice.ts). */
export const selectMessages = (s: SimStore) => s.latest?.messages
export const selectHead = (s: SimStore): number => s.head
export const selectPlaying = (s: SimStore): boolean => s.playing
export const selectSpeed = (s: SimStore): number => s.speed
export const selectInPast = (s: SimStore): boolean => s.inPast
export const selectLang = (s: SimStore) => s.lang
export const selectMetrics = (s: SimStore) => s.view?.metrics ?? null
export const selectTopics = (s: SimStore) => s.view?.topics
export const selectPartitions = (s: SimStore) => s.view?.partitions
export const selectProducer = (s: SimStore): ProducerView | undefined =>
  s.view?.producers[DEFAULT_PRODUCER]

/** Broker ids in numeric order. */
export const selectBrokerIds = (s: SimStore): number[] =>
  s.view === null
    ? []
    : Object.values(s.view.brokers)
        .map((b) => b.id)
        .sort((a, b) => a - b)

export const selectUserTopicNames = (s: SimStore): string[] =>
  s.view === null
    ? []
    : Object.values(s.view.topics)
        .filter((t) => !t.internal)
        .map((t) => t.name)
        .sort()

export function comparePartitions(a: PartitionView, b: PartitionView): number {
  return a.topic === b.topic ? a.partition - b.partition : a.topic < b.topic ? -1 : 1
}

function userPartitions(s: SimStore): PartitionView[] {
  if (s.view === null) return []
  const topics = s.view.topics
  return Object.values(s.view.partitions)
    .filter((p) => topics[p.topic]?.internal !== true)
    .sort(comparePartitions)
}

/** Partition keys of user topics ("orders-0", …), by topic then partition number. */
export const selectUserPartitionKeys = (s: SimStore): string[] =>
  userPartitions(s).map((p) => p.key)

/** Replica keys hosted by broker `id`, in partition order. */
export const selectReplicaKeysOf =
  (id: number) =>
  (s: SimStore): string[] =>
    s.view === null
      ? []
      : userPartitions(s)
          .filter((p) => p.replicas.includes(id))
          .map((p) => `${p.key}@${id}`)

export const selectBroker =
  (id: number) =>
  (s: SimStore): BrokerView | undefined =>
    s.view?.brokers[id]

export const selectPartition =
  (key: string) =>
  (s: SimStore): PartitionView | undefined =>
    s.view?.partitions[key]

export const selectReplica =
  (key: string) =>
  (s: SimStore): ReplicaView | undefined =>
    s.view?.replicas[key]

/** Whether the element with this test id is highlighted (after a click in the event log). */
export const selectHighlighted =
  (testId: string) =>
  (s: SimStore): boolean =>
    s.highlight?.ids.includes(testId) ?? false
