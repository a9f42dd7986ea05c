// The wire shapes of the group APIs (FindCoordinator, JoinGroup, SyncGroup, Heartbeat, LeaveGroup,
// OffsetCommit, OffsetFetch) and of a consumer's Fetch and ListOffsets, with Kafka's error names.
// Simplified: one request per message, no versions, no batching of groups; every request carries
// the client's id and incarnation so an answer reaching a restarted client is recognised as stale.

import type { AssignorName } from '../kafka/assignors'
import type { BrokerId } from '../model'
import type { FetchedRecord } from './model'

export type GroupError =
  | 'NONE'
  | 'NOT_COORDINATOR'
  | 'COORDINATOR_NOT_AVAILABLE'
  | 'MEMBER_ID_REQUIRED'
  | 'UNKNOWN_MEMBER_ID'
  | 'ILLEGAL_GENERATION'
  | 'REBALANCE_IN_PROGRESS'
  | 'INCONSISTENT_GROUP_PROTOCOL'
  | 'INVALID_SESSION_TIMEOUT'
  | 'FENCED_INSTANCE_ID'
  | 'NETWORK_EXCEPTION'

/** A member's subscription as the leader receives it in the JoinGroup response. */
export interface JoinMember {
  readonly memberId: string
  readonly groupInstanceId: string | null
  readonly topics: readonly string[]
  readonly owned: readonly string[]
  readonly userData: readonly string[]
  readonly generation: number
}

interface Base {
  readonly id: number
  readonly group: string
  readonly clientId: string
  readonly inc: number
}

export type GroupRequest =
  | (Base & { readonly api: 'FindCoordinator' })
  | (Base & {
      readonly api: 'JoinGroup'
      readonly memberId: string
      readonly groupInstanceId: string | null
      readonly host: string
      readonly protocols: readonly AssignorName[]
      readonly topics: readonly string[]
      /** Subscription ownedPartitions (what it owns now) and the StickyAssignor's userData. */
      readonly owned: readonly string[]
      readonly userData: readonly string[]
      readonly ownedGeneration: number
      readonly sessionTimeoutMs: number
      readonly rebalanceTimeoutMs: number
      readonly reason: string
    })
  | (Base & {
      readonly api: 'SyncGroup'
      readonly memberId: string
      readonly generation: number
      readonly assignments: Readonly<Record<string, readonly string[]>> | null
    })
  | (Base & {
      readonly api: 'Heartbeat'
      readonly memberId: string
      readonly generation: number
      readonly groupInstanceId: string | null
    })
  | (Base & {
      readonly api: 'LeaveGroup'
      readonly memberId: string
      readonly why: 'leave' | 'pollTimeout'
      readonly reason: string
    })
  | (Base & {
      readonly api: 'OffsetCommit'
      readonly memberId: string
      readonly generation: number
      readonly groupInstanceId: string | null
      readonly offsets: Readonly<Record<string, number>>
    })
  | (Base & { readonly api: 'OffsetFetch'; readonly partitions: readonly string[] })

export type GroupResponse =
  | {
      readonly api: 'FindCoordinator'
      readonly id: number
      readonly error: GroupError
      readonly coordinator: BrokerId | null
    }
  | {
      readonly api: 'JoinGroup'
      readonly id: number
      readonly error: GroupError
      readonly memberId: string
      readonly generation: number
      readonly protocol: AssignorName | null
      readonly leader: string | null
      /** Only the leader gets the members' subscriptions, in the coordinator's member order. */
      readonly members: readonly JoinMember[]
      /** KIP-814: a static leader that rejoined without a rebalance must not reassign. */
      readonly skipAssignment: boolean
    }
  | {
      readonly api: 'SyncGroup'
      readonly id: number
      readonly error: GroupError
      readonly generation: number
      readonly assignment: readonly string[]
    }
  | { readonly api: 'Heartbeat'; readonly id: number; readonly error: GroupError }
  | { readonly api: 'LeaveGroup'; readonly id: number; readonly error: GroupError }
  | {
      readonly api: 'OffsetCommit'
      readonly id: number
      readonly error: GroupError
      readonly offsets: Readonly<Record<string, number>>
    }
  | {
      readonly api: 'OffsetFetch'
      readonly id: number
      readonly error: GroupError
      /** Committed offset per requested partition, -1 when there is none. */
      readonly offsets: Readonly<Record<string, number>>
    }

export interface ConsumerFetchRequest extends Base {
  readonly partitions: readonly {
    readonly partition: string
    readonly offset: number
    /** KIP-320: the leader epoch the consumer's metadata shows (-1: unknown, not checked). */
    readonly currentLeaderEpoch: number
  }[]
  readonly maxBytes: number
  readonly maxWaitMs: number
}

export type ConsumerFetchError =
  | 'NOT_LEADER_OR_FOLLOWER'
  | 'OFFSET_OUT_OF_RANGE'
  | 'FENCED_LEADER_EPOCH'
  | 'UNKNOWN_LEADER_EPOCH'
  | null

export interface ConsumerFetchResponse {
  readonly id: number
  readonly broker: BrokerId
  readonly partitions: readonly {
    readonly partition: string
    readonly offset: number
    readonly error: ConsumerFetchError
    readonly records: readonly FetchedRecord[]
    /** The leader epoch of the batch holding the last record (-1: no records). */
    readonly lastEpoch: number
    readonly highWatermark: number
    readonly logStartOffset: number
  }[]
}

/** KIP-320: a consumer validates its position (OffsetsForLeaderEpoch, one partition). */
export interface ConsumerEpochRequest extends Base {
  readonly partition: string
  readonly currentLeaderEpoch: number
  /** The epoch of the record before the position (FetchPosition.offsetEpoch). */
  readonly leaderEpoch: number
}

export interface ConsumerEpochResponse {
  readonly id: number
  readonly broker: BrokerId
  readonly partition: string
  readonly currentLeaderEpoch: number
  readonly error: 'NOT_LEADER_OR_FOLLOWER' | 'FENCED_LEADER_EPOCH' | 'UNKNOWN_LEADER_EPOCH' | null
  /** The largest epoch <= the one asked about, and its end offset (-1, -1: undefined). */
  readonly leaderEpoch: number
  readonly endOffset: number
}

export type OffsetSpec = 'earliest' | 'latest'

export interface ListOffsetsRequest extends Base {
  readonly partitions: readonly { readonly partition: string; readonly spec: OffsetSpec }[]
}

export interface ListOffsetsResponse {
  readonly id: number
  readonly broker: BrokerId
  readonly partitions: readonly {
    readonly partition: string
    readonly spec: OffsetSpec
    readonly error: 'NOT_LEADER_OR_FOLLOWER' | null
    readonly offset: number
    readonly logStart: number
  }[]
}

export function joinGroupError(id: number, error: GroupError, memberId = ''): GroupResponse {
  return {
    api: 'JoinGroup',
    id,
    error,
    memberId,
    generation: -1,
    protocol: null,
    leader: null,
    members: [],
    skipAssignment: false,
  }
}

export function syncGroupError(id: number, error: GroupError): GroupResponse {
  return { api: 'SyncGroup', id, error, generation: -1, assignment: [] }
}

/** The answer a request gets when its connection drops or the coordinator cannot take it. */
export function errorResponse(req: GroupRequest, error: GroupError): GroupResponse {
  switch (req.api) {
    case 'FindCoordinator':
      return { api: 'FindCoordinator', id: req.id, error, coordinator: null }
    case 'JoinGroup':
      return joinGroupError(req.id, error, req.memberId)
    case 'SyncGroup':
      return syncGroupError(req.id, error)
    case 'Heartbeat':
      return { api: 'Heartbeat', id: req.id, error }
    case 'LeaveGroup':
      return { api: 'LeaveGroup', id: req.id, error }
    case 'OffsetCommit':
      return { api: 'OffsetCommit', id: req.id, error, offsets: req.offsets }
    case 'OffsetFetch':
      return { api: 'OffsetFetch', id: req.id, error, offsets: {} }
  }
}
