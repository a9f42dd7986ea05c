// The simulation's state: plain, JSON-shaped records. The engine works on a state it owns and
// mutates during a step (fast, simple rule code); a checkpoint is `cloneState`, which copies the
// small records and shares the big append-only chunks (log batches, record data, fate flags) by
// reference after freezing them. A frozen chunk is copied before it is written again, so a
// checkpoint can never change (see chunks.ts). Everything is keyed by strings or small integers
// and iterated in sorted or insertion order, so a run is reproducible.

import type { Chunked } from './chunks'
import type { ClusterConfig, ProducerConfig, TopicLevelConfig } from './config'
import type { GroupsState } from './groups/model'
import type { BrokerId, PartitionKey, ReplicaKey, Tick } from './keys'
import type { EpochCache } from './log/leaderEpochCache'
import type { FollowerFetchState } from './rules/replicaFetchState'
import type { Timer } from './scheduler'

export type { BrokerId, PartitionKey, ReplicaKey, Tick } from './keys'
export { partitionKey, replicaKey } from './keys'

export type BrokerStatus = 'online' | 'offline' | 'isolated'

export interface Broker {
  readonly id: BrokerId
  status: BrokerStatus
  /** Extra latency added to this broker's fetch requests ("slow follower"). */
  slowMs: number
  /** Broker epoch: bumped on every registration (restart). */
  epoch: number
  /** Process incarnation, so timers from before a restart are recognised as stale. */
  incarnation: number
  /** Controller's view: fenced brokers are not eligible for ISR or leadership. */
  fenced: boolean
  shuttingDown: boolean
  /** Controller's view: last heartbeat received. */
  lastHeartbeat: Tick
  /** Controller's view: the broker epoch it registered with (a restart re-registers). */
  registeredEpoch: number
  /** Fetcher: leader broker -> token of the running fetch session (0 or absent: none). */
  fetchInFlight: Record<string, number>
  /** Leader side: follower fetches parked until data arrives or replica.fetch.wait.max.ms. */
  parked: Record<string, ParkedFetch>
  /** Leader side: acks=all produce requests waiting for the HW (the produce purgatory). */
  purgatory: Record<string, PendingProduce>
  /** Tick of the purgatory's timeout timer (the earliest deadline), -1 when none. */
  purgatoryWake: Tick
  /** Keys of the replicas this broker hosts, in partition creation order (an index). */
  hosted: ReplicaKey[]
}

export interface FetchPartition {
  readonly partition: PartitionKey
  readonly fetchOffset: number
  readonly leaderEpoch: number
}

export interface ParkedFetch {
  readonly parkId: number
  /** When it was parked (the long poll started). */
  readonly since: Tick
  readonly follower: BrokerId
  readonly token: number
  readonly partitions: readonly FetchPartition[]
}

export interface ProduceEntry {
  readonly partition: PartitionKey
  readonly batchId: number
  readonly recordIds: readonly number[]
  readonly bytes: number
  readonly baseSequence: number
  readonly maxTimestamp: Tick
}

export type ProduceResult =
  | {
      readonly partition: PartitionKey
      readonly batchId: number
      readonly ok: true
      readonly baseOffset: number
      readonly duplicate: boolean
    }
  | {
      readonly partition: PartitionKey
      readonly batchId: number
      readonly ok: false
      readonly error: import('./events').ProduceErrorCode | 'OUT_OF_ORDER_SEQUENCE'
    }

export interface PendingProduce {
  readonly requestId: number
  readonly producer: string
  readonly deadline: Tick
  /** Per partition: the offset the HW must reach, or an already-final result. */
  readonly waiting: {
    partition: PartitionKey
    requiredOffset: number
    batchId: number
    baseOffset: number
    duplicate: boolean
  }[]
  readonly done: ProduceResult[]
}

export interface ControllerState {
  /** The active KRaft controller (combined mode: one of the brokers), null while none. */
  activeId: BrokerId | null
  epoch: number
  /** KRaft voters (the first three brokers): a majority must be alive to have a controller. */
  voters: BrokerId[]
  /** Monotonic offset of the metadata log: bumped by every committed change. */
  metadataOffset: number
}

/** The controller's committed view of a partition (the metadata log). */
export interface PartitionMeta {
  readonly key: PartitionKey
  readonly topic: string
  readonly partition: number
  replicas: BrokerId[]
  leader: BrokerId | null
  leaderEpoch: number
  partitionEpoch: number
  isr: BrokerId[]
  offline: boolean
  lastLeaderChange: 'initial' | 'clean' | 'unclean' | 'preferred' | 'controlled' | 'none'
}

export interface Topic {
  readonly name: string
  /** 22-character base64url id, like Kafka's Uuid. */
  readonly topicId: string
  partitions: number
  readonly replicationFactor: number
  config: Partial<TopicLevelConfig>
  readonly internal: boolean
}

/** A record of an internal topic, kept in its batch (it has no id and no fate). */
export interface InlineRecord {
  readonly key: string | null
  readonly value: string
}

/**
 * A record batch as it sits in a log. Record data lives in the record table, by id; an internal
 * topic's batch (__consumer_offsets) carries its records itself, with firstRecordId -1, so they
 * go away with the batch when the log cleaner compacts it.
 */
export interface Batch {
  readonly baseOffset: number
  readonly count: number
  readonly epoch: number
  readonly producerId: number
  readonly producerEpoch: number
  readonly baseSequence: number
  readonly firstRecordId: number
  /** Record ids are consecutive except after a duplicate retry, which reuses the same ids. */
  readonly recordIds: readonly number[] | null
  readonly bytes: number
  readonly maxTimestamp: Tick
  readonly appendTick: Tick
  readonly records?: readonly InlineRecord[]
}

/**
 * A segment's sparse index: append-only while the segment is active (chunks.ts: a checkpoint shares
 * it as it grows), a frozen plain array once rolled (smaller, and never written again).
 */
export type SegmentIndex = Chunked<number> | readonly number[]

export interface Segment {
  readonly baseOffset: number
  bytes: number
  readonly createdTick: Tick
  largestTimestamp: Tick
  /** Sparse offset index, flat: offset, position, … (every index.interval.bytes). */
  readonly index: SegmentIndex
  /** Sparse time index, flat: timestamp, offset, timestamp, offset, … */
  readonly timeIndex: SegmentIndex
  bytesSinceIndexEntry: number
}

export interface ReplicaLog {
  batches: Chunked<Batch>
  logStartOffset: number
  logEndOffset: number
  /**
   * The rolled segments, oldest first: a frozen list replaced when one rolls or goes, which
   * checkpoints share (an append-only one would let an old checkpoint keep later segments alive).
   */
  rolled: readonly Segment[]
  /** The active segment, the only one appended to (LogSegment: the last one). */
  active: Segment
  /** Offsets below this are on disk; the rest is page cache, lost on power failure. */
  flushedOffset: number
}

export type FetcherPhase = 'none' | 'truncating' | 'fetching'

export interface Replica {
  readonly key: ReplicaKey
  readonly partition: PartitionKey
  readonly brokerId: BrokerId
  log: ReplicaLog
  highWatermark: number
  /** replication-offset-checkpoint: the HW as last written to disk. */
  hwCheckpoint: number
  epochCache: EpochCache
  /** This broker's view of the partition, from the metadata it has replayed. */
  role: 'leader' | 'follower' | 'none'
  leaderId: BrokerId | null
  leaderEpoch: number
  partitionEpoch: number
  isr: BrokerId[]
  /** In-flight AlterPartition (leader only): the ISR proposed, null when none. */
  pendingIsr: BrokerId[] | null
  /** Leader only: what the leader knows about each follower, from its fetches. */
  followers: Record<string, FollowerFetchState>
  /** Follower only: reconciling with OffsetsForLeaderEpoch, or fetching. */
  fetcher: FetcherPhase
  /** KIP-279 multi-round: the epoch the next OffsetsForLeaderEpoch asks about. */
  truncationEpoch: number
  /** Token of the OffsetsForLeaderEpoch request in flight; an answer or retry with another is stale. */
  truncationToken: number
}

export interface RecordData {
  readonly id: number
  readonly producer: string
  readonly topic: string
  readonly partition: number
  readonly key: string | null
  readonly value: string
  readonly bytes: number
  readonly timestamp: Tick
  readonly headers?: Readonly<Record<string, string>>
}

/** Bit flags of a record's fate. */
export const FATE = {
  SENT: 1,
  APPENDED: 2,
  ACKED: 4,
  COMMITTED: 8,
  LOST: 16,
  FAILED: 32,
  DUPLICATED: 64,
  DELETED: 128,
} as const

export interface FateTable {
  flags: Chunked<number>
  /** Offset of the record's first append that still stands; -1 before any. */
  offsets: Chunked<number>
  appendCount: Chunked<number>
}

export interface OpenBatch {
  readonly id: number
  readonly partition: PartitionKey
  recordIds: number[]
  bytes: number
  readonly createdTick: Tick
  baseSequence: number
  /** The producer epoch its sequence belongs to (idempotence; -1 until first drained). */
  producerEpoch: number
  /** Its sequence was rewritten by an epoch bump (ProducerBatch.sequenceHasBeenReset). */
  sequenceReset: boolean
  attempts: number
  /** Set when the batch was drained and not yet answered. */
  inFlight: boolean
  /** Earliest tick at which a retry may be sent. */
  retryAt: Tick
}

/** TransactionManager's TopicPartitionEntry, plus partitionsWithUnresolvedSequences. */
export interface PartitionSequences {
  /** The producer epoch the partition's sequences count under. */
  epoch: number
  /** Base sequence of the next batch drained. */
  next: number
  /** Last sequence acknowledged, -1 when none. */
  lastAcked: number
  /** A batch expired after it was sent: the sequence after it, -1 when resolved. */
  unresolved: number
}

export interface ProducerRequest {
  readonly id: number
  readonly broker: BrokerId
  readonly batchIds: number[]
  readonly sentTick: Tick
  /** When the client gives up waiting (request.timeout.ms plus a round trip). */
  readonly deadline: Tick
}

export interface Producer {
  readonly id: string
  config: ProducerConfig
  readonly producerId: number
  producerEpoch: number
  /** Per partition, the idempotent producer's sequence bookkeeping (TransactionManager). */
  sequences: Record<PartitionKey, PartitionSequences>
  /** Whether some partition's sequence may be unresolved (a cheap guard for every Sender round). */
  unresolvedSequences: boolean
  /** Partitions whose sequences the next epoch bump rewrites; non-empty: a bump is due. */
  epochBumpFor: PartitionKey[]
  /** Per partition, the queue of batches not yet acknowledged (the RecordAccumulator). */
  queues: Record<PartitionKey, number[]>
  batches: Record<string, OpenBatch>
  requests: Record<string, ProducerRequest>
  inFlightPerBroker: Record<string, number>
  /** Its cached metadata: partition leaders as of its last refresh. */
  leaders: Record<PartitionKey, BrokerId | null>
  partitionCounts: Record<string, number>
  metadataRefreshedAt: Tick
  sticky: Record<string, { partition: number; bytes: number }>
  roundRobin: Record<string, number>
  /** Auto-produce: records per second (0 = off) and how keys are drawn. */
  autoRate: number
  autoKeys: 'none' | 'uniform' | 'few' | 'hot'
  autoTopic: string
  /** Auto-produce to several topics in turn (empty: autoTopic only). */
  autoTopics: string[]
  autoSeq: number
  autoGen: number
  /** Tick of the sender's next scheduled wake-up, -1 when none. */
  nextWake: Tick
  /** Tick of the request-timeout timer (the earliest request deadline), -1 when none. */
  timeoutWake: Tick
  /** The last few batch outcomes, newest last, for the producer panel. */
  recent: BatchOutcome[]
}

export interface BatchOutcome {
  readonly batchId: number
  readonly partition: PartitionKey
  readonly records: number
  readonly tick: Tick
  readonly outcome:
    | 'acked'
    | 'duplicate'
    | 'sent'
    | 'expired'
    | import('./events').ProduceErrorCode
    | 'OUT_OF_ORDER_SEQUENCE'
  readonly willRetry: boolean
  readonly offset: number
}

export interface Counters {
  timerSeq: number
  messageId: number
  recordId: number
  batchId: number
  requestId: number
  producerId: number
  fetchToken: number
  /** Records below this id are forgotten: every replica deleted them (forgetRecords.ts). */
  recordFloor: number
}

export interface Metrics {
  produced: number
  acked: number
  committed: number
  lost: number
  duplicated: number
  failed: number
  isrShrinks: number
  isrExpands: number
  elections: number
  uncleanElections: number
}

export interface SimState {
  tick: Tick
  rng: number
  config: ClusterConfig
  counters: Counters
  brokers: Record<string, Broker>
  controller: ControllerState
  topics: Record<string, Topic>
  partitions: Record<PartitionKey, PartitionMeta>
  replicas: Record<ReplicaKey, Replica>
  producers: Record<string, Producer>
  records: Chunked<RecordData>
  fate: FateTable
  /** Per partition, ids of records whose fate is still open (acked or committed and could be lost). */
  openRecords: Record<PartitionKey, Chunked<number>>
  /** The timer heap (scheduler.ts), with each timer's tick and sequence in parallel arrays. */
  timers: Timer[]
  timerAt: number[]
  timerSeq: number[]
  /** Per "producer|partition", the highest record id appended so far (to see reordering). */
  appendOrder: Record<string, number>
  /** Per directed link, the latest arrival tick scheduled (connections deliver in order). */
  linkClock: Record<string, Tick>
  metrics: Metrics
  groups: GroupsState
}
