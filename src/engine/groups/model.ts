// Consumer-group state in two halves kept apart as in Kafka: the coordinator's in-memory group
// (GroupMetadata / MemberMetadata, rebuilt from __consumer_offsets when another broker takes over)
// and each consumer client (member id, generation, owned partitions, positions, fetch buffer,
// application thread). Plus, per group, the fate of consumption: how often each record was processed.

import { type Chunked, typedChunked } from '../chunks'
import type { AssignorName } from '../kafka/assignors'
import { stringPairTable } from '../keys'
import type { BrokerId, Tick } from '../model'
import type { CommitPolicy, ConsumerConfig } from './config'

export type GroupStateName =
  | 'Empty'
  | 'PreparingRebalance'
  | 'CompletingRebalance'
  | 'Stable'
  | 'Dead'

/** A member as the coordinator holds it (MemberMetadata). */
export interface CoordinatorMember {
  readonly memberId: string
  readonly clientId: string
  readonly host: string
  readonly groupInstanceId: string | null
  protocols: AssignorName[]
  topics: string[]
  /** Subscription ownedPartitions, the StickyAssignor's userData, and their generation. */
  owned: string[]
  userData: string[]
  ownedGeneration: number
  rebalanceTimeoutMs: number
  sessionTimeoutMs: number
  assignment: string[]
  /** The parked JoinGroup / SyncGroup request to answer (0: none). */
  joinRequest: number
  syncRequest: number
  lastHeartbeat: Tick
  /** Sequence of the current session-expiry timer; older timers are stale. */
  sessionSeq: number
}

export interface PendingJoin {
  readonly seq: number
  readonly kind: 'initial' | 'delayed'
  readonly deadline: Tick
  /** InitialDelayedJoin: what is left of the rebalance timeout. */
  readonly remaining: number
}

/** An append to __consumer_offsets waiting for the HW (acks=all), like DelayedProduce. */
export interface PendingAppend {
  readonly id: number
  readonly requiredOffset: number
  readonly deadline: Tick
  readonly offsets: Readonly<Record<string, number>>
  /** Who to answer: a consumer's OffsetCommit (request id), or the admin reset (null). */
  readonly clientId: string | null
  readonly inc: number
}

/** The leader's assignment appended to __consumer_offsets, waiting for the HW (completeSync.ts). */
export interface PendingGroupStore {
  readonly generation: number
  /** The offset the HW must reach, and the coordinator replica's leader epoch at the append. */
  readonly requiredOffset: number
  readonly leaderEpoch: number
  readonly deadline: Tick
  /** memberId -> partitions, set on the members once the record is committed. */
  readonly assignment: Readonly<Record<string, readonly string[]>>
}

/**
 * A static member's replacement waiting for its group record to commit (storeStaticMember.ts):
 * its JoinGroup is answered then, or the replacement is reverted.
 */
export interface PendingStaticStore {
  readonly instanceId: string
  readonly oldId: string
  readonly newId: string
  /** The new incarnation's JoinGroup, to answer. */
  readonly joinId: number
  readonly clientId: string
  /** The old member as it was, to put back if the record fails. */
  readonly old: CoordinatorMember
  readonly requiredOffset: number
  readonly leaderEpoch: number
  readonly deadline: Tick
}

/** The coordinator's in-memory group (GroupMetadata). */
export interface CoordinatorGroup {
  /** The broker that loaded it, and the offsets partition's leader epoch then; null: not loaded. */
  broker: BrokerId | null
  leaderEpoch: number
  state: GroupStateName
  generation: number
  protocol: AssignorName | null
  leader: string | null
  members: Record<string, CoordinatorMember>
  /** KIP-394: member ids handed out with MEMBER_ID_REQUIRED and not yet seen again. */
  pendingMembers: string[]
  /** group.instance.id -> member id. */
  staticMembers: Record<string, string>
  /** The committed offsets cache: partition -> next offset to read. */
  offsets: Record<string, number>
  rebalance: PendingJoin | null
  newMemberAdded: boolean
  rebalanceReason: string
  appends: Record<string, PendingAppend>
  /** The leader's assignment waiting for its group record to commit (null: none). */
  syncStore: PendingGroupStore | null
  /** Static members' replacements waiting for their group record, by the new member id. */
  staticStores: Record<string, PendingStaticStore>
}

export type AppState = 'polling' | 'processing' | 'committing' | 'paused' | 'stopped'
export type JoinState = 'unjoined' | 'joining' | 'syncing' | 'stable'

export interface FetchedRecord {
  readonly offset: number
  readonly id: number
}

export interface PolledRecord extends FetchedRecord {
  readonly partition: string
}

/** The batch the application is processing: processingMs per record, paused time excluded. */
export interface ProcessingBatch {
  readonly records: readonly PolledRecord[]
  readonly perRecordMs: number
  /** Processing time accumulated before runStart; runStart null while the thread is stuck. */
  elapsed: number
  runStart: Tick | null
  readonly seq: number
}

export type CommitPurpose = 'auto' | 'sync' | 'revoke' | 'close' | 'manual'

/** A commitSync the application thread is blocked on (retried on retriable errors). */
export interface SyncCommit {
  readonly offsets: Readonly<Record<string, number>>
  readonly purpose: CommitPurpose
  /** What the application does once the commit returns. */
  readonly then: 'poll' | 'process' | 'close' | 'none'
  readonly deadline: Tick
  request: number
}

/**
 * KIP-320, SubscriptionState.FetchPosition: the leader epoch of the record before `offset`
 * (offsetEpoch, -1: unknown), the leader epoch the position was last validated against
 * (currentLeader), and the OffsetsForLeaderEpoch in flight to validate it (0: none). It describes
 * the position only while the position is `offset`.
 */
export interface FetchEpochs {
  readonly offset: number
  readonly offsetEpoch: number
  leaderEpoch: number
  validation: number
}

export type ConsumerStatus = 'running' | 'crashed' | 'closed' | 'failed'

/** A consumer client (KafkaConsumer + ConsumerCoordinator + Fetcher + the application loop). */
export interface Consumer {
  readonly clientId: string
  readonly group: string
  readonly host: string
  groupInstanceId: string | null
  incarnation: number
  status: ConsumerStatus
  app: AppState
  paused: boolean
  closing: boolean
  coordinator: BrokerId | null
  /** FindCoordinator in flight (> 0) or waiting to be retried (< 0). */
  findRequest: number
  /** The current lookup backoff, doubling while lookups fail (0 after a success). */
  findBackoff: number
  memberId: string
  generation: number
  protocol: AssignorName | null
  isLeader: boolean
  joinState: JoinState
  rejoinNeeded: boolean
  rejoinReason: string
  joinRequest: number
  syncRequest: number
  heartbeatRequest: number
  leaveRequest: number
  /** The heartbeat thread left the group because poll() was not called in time. */
  leftGroup: boolean
  /** SyncGroup succeeded; the assignment is installed by the next poll() (onJoinComplete). */
  pendingAssignment: { generation: number; partitions: string[] } | null
  /** onJoinPrepare's commit has been made for the coming JoinGroup. */
  prepared: boolean
  assigned: string[]
  positions: Record<string, number>
  buffer: Record<string, FetchedRecord[]>
  fetchRequests: Record<string, number>
  offsetFetchRequest: number
  listOffsetsRequests: Record<string, number>
  /** The position a partition had when the leader called it out of range (-1: no position). */
  outOfRange: Record<string, number>
  batch: ProcessingBatch | null
  lastPoll: Tick
  nextAutoCommit: Tick
  syncCommit: SyncCommit | null
  asyncCommits: Record<
    string,
    { readonly offsets: Readonly<Record<string, number>>; readonly auto: boolean }
  >
  pollSeq: number
  /** Tick of the poll() wake-up scheduled with pollSeq, -1 when none. */
  pollAt: Tick
  hbSeq: number
  /** Its metadata: leaders and partition counts as of metadataAt. */
  leaders: Record<string, BrokerId | null>
  partitionCounts: Record<string, number>
  metadataAt: Tick
  /** A leader error asked for a metadata refresh before the next fetch. */
  needMetadata: boolean
  /** Its metadata's leader epoch per partition, as of metadataAt (-1: unknown). */
  leaderEpochs: Record<string, number>
  /** KIP-320 state of each position (validatePositions.ts). */
  fetchEpochs: Record<string, FetchEpochs>
  /** The leader's metadata when it computed the assignment (ConsumerCoordinator.assignmentSnapshot). */
  assignmentSnapshot: Record<string, number> | null
  /** The StickyAssignor's userData: the last assignment and its generation. */
  lastAssignment: string[]
  lastGeneration: number
}

/** The group's consumption fate: counts by record id, and what was skipped. */
export interface GroupFate {
  counts: Chunked<number>
  processed: number
  /** Records processed more than once. */
  reprocessed: number
  /** Redelivered records an idempotent consumer recognised and did not apply again. */
  deduplicated: number
  /**
   * Records the group's position moved past while nobody had processed them: a commit made before
   * processing, or records written at offsets the group had passed (the log was truncated under it).
   */
  skipped: number
  /** Records on a partition created after the subscription, written before `latest` found it. */
  skippedByLatest: number
  /** Records moved past by resetOffsets. */
  skippedByReset: number
  /** Records deleted by retention before the group read them (OFFSET_OUT_OF_RANGE). */
  expiredUnread: number
  /** Per partition: below this offset, skips have been looked for. */
  checked: Record<string, number>
  /**
   * Per partition: the leader's batches up to here (append tick, then base offset) have been looked
   * at for records written below the group's position (processRecords.noteWrittenBelow).
   */
  scanned: Record<string, { readonly tick: number; readonly offset: number }>
  /** Partition count of each subscribed topic when the group was created. */
  partitionsAtStart: Record<string, number>
}

export interface GroupEntry {
  readonly id: string
  topics: string[]
  strategy: AssignorName[]
  commitPolicy: CommitPolicy
  processingMs: number
  /**
   * The idempotent-consumer remedy for duplicates: the application remembers the ids of the
   * records it processed and ignores a redelivery (the notes' "save and query" pattern).
   */
  dedupe: boolean
  config: ConsumerConfig
  readonly createdTick: Tick
  nextClient: number
  consumers: Record<string, Consumer>
  coord: CoordinatorGroup
  fate: GroupFate
}

/** A consumer fetch parked at a leader (DelayedFetch) until data or fetch.max.wait.ms. */
export interface ParkedConsumerFetch {
  readonly broker: BrokerId
  readonly deadline: Tick
  readonly request: import('./protocol').ConsumerFetchRequest
}

export interface GroupsState {
  groups: Record<string, GroupEntry>
  /** Request ids and timer generations of the group machinery. */
  seq: number
  /** Consumer hosts handed out so far (/10.0.0.n). */
  hosts: number
  /** The tick the coordinators' watch is due at (groups/watch.ts), or -1. */
  watchAt: number
  /** Consumer fetches parked at each broker (by broker, then request id). */
  parked: Record<string, Record<string, ParkedConsumerFetch>>
}

export function emptyGroups(): GroupsState {
  return { groups: {}, seq: 1, hosts: 0, watchAt: -1, parked: {} }
}

export function emptyCoordinatorGroup(): CoordinatorGroup {
  return {
    broker: null,
    leaderEpoch: -1,
    state: 'Empty',
    generation: 0,
    protocol: null,
    leader: null,
    members: {},
    pendingMembers: [],
    staticMembers: {},
    offsets: {},
    rebalance: null,
    newMemberAdded: false,
    rebalanceReason: '',
    appends: {},
    syncStore: null,
    staticStores: {},
  }
}

export function emptyFate(): GroupFate {
  return {
    counts: typedChunked('u16'),
    processed: 0,
    reprocessed: 0,
    deduplicated: 0,
    skipped: 0,
    skippedByLatest: 0,
    skippedByReset: 0,
    expiredUnread: 0,
    checked: {},
    scanned: {},
    partitionsAtStart: {},
  }
}

// Endpoint strings are interned (keys.ts: a pure cache, like the replica keys): one string per
// consumer however many messages it sends, so the maps keyed by endpoints hash it once.
const parsedEndpoints = new Map<string, { readonly group: string; readonly clientId: string }>()

/** "consumer:<group>/<clientId>", the consumer's network endpoint. */
export const consumerEndpoint: (group: string, clientId: string) => string = stringPairTable(
  (group, clientId) => {
    const e = `consumer:${group}/${clientId}`
    parsedEndpoints.set(e, { group, clientId })
    return e
  },
)

/** The group and client of a consumer endpoint, or undefined for any other endpoint. */
export function parseConsumerEndpoint(
  endpoint: unknown,
): { readonly group: string; readonly clientId: string } | undefined {
  if (typeof endpoint !== 'string') return undefined
  const known = parsedEndpoints.get(endpoint)
  if (known !== undefined || !endpoint.startsWith('consumer:')) return known
  const rest = endpoint.slice('consumer:'.length)
  const i = rest.indexOf('/')
  return i < 0 ? undefined : { group: rest.slice(0, i), clientId: rest.slice(i + 1) }
}
export const touchGroup = (group: string): string => `group-${group}`
export const touchMember = (group: string, clientId: string): string =>
  `member-${group}-${clientId}`
