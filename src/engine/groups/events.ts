// Events of consumer groups: facts in the past tense, named so the UI's generic describer can
// place them (group*, member*, rebalance*, consumer*, offset*, records*, plus partitionsRevoked,
// partitionsAssigned, partitionsLost and coordinatorMoved). `touches` carries "group-<g>" and,
// for one consumer, "member-<g>-<clientId>".

import type { AssignorName } from '../kafka/assignors'

export type MemberLeftReason = 'leave' | 'sessionTimeout' | 'pollTimeout' | 'rebalanceTimeout'

export type CommitException =
  | 'CommitFailedException'
  | 'RebalanceInProgressException'
  | 'RetriableCommitFailedException'
  | 'TimeoutException'

export type SkipReason =
  | 'committedBeforeProcessing'
  | 'autoOffsetResetLatest'
  | 'deletedBeforeRead'
  | 'resetOffsets'
  | 'offsetReused'

export type GroupEvent =
  | {
      type: 'groupCreated'
      group: string
      topics: string[]
      strategy: AssignorName[]
      protocol: 'eager' | 'cooperative'
      offsetsPartition: number
    }
  | {
      type: 'groupConfigChanged'
      group: string
      changes: string[]
      /** The new value of each change, as the Config panel would show it. */
      values: Record<string, string>
    }
  | {
      type: 'consumerStarted'
      group: string
      clientId: string
      groupInstanceId: string | null
      restart: boolean
    }
  | { type: 'consumerClosed'; group: string; clientId: string }
  | {
      type: 'consumerCrashed'
      group: string
      clientId: string
      unprocessed: number
      /** Records it processed past the group's committed offsets (processed again by the next owner). */
      uncommitted: number
    }
  | { type: 'consumerPaused'; group: string; clientId: string; paused: boolean }
  | { type: 'consumerFailed'; group: string; clientId: string; error: string; detail: string }
  | { type: 'consumerIdle'; group: string; clientId: string; generation: number }
  | {
      type: 'consumerLostCoordinator'
      group: string
      clientId: string
      broker: number
      /** NOT_COORDINATOR, COORDINATOR_NOT_AVAILABLE, NETWORK_EXCEPTION (connection dropped), ... */
      error: string
      /** Requests that failed with it and are retried once the coordinator is found again. */
      inFlight: string[]
    }
  | {
      type: 'consumerPollTimeout'
      group: string
      clientId: string
      sinceLastPollMs: number
      maxPollIntervalMs: number
    }
  | {
      /** KIP-320: validating its position, the consumer found the log truncated under it. */
      type: 'consumerTruncationDetected'
      group: string
      clientId: string
      partition: string
      /** The position, and the leader epoch of the record before it. */
      from: number
      epoch: number
      /** The first offset known to diverge (null: the leader could not say). */
      divergedAt: number | null
      /** Back to divergedAt; auto.offset.reset when it is unknown; or LogTruncationException (none). */
      action: 'seek' | 'reset' | 'fail'
    }
  | {
      type: 'consumerSawNewPartitions'
      group: string
      clientId: string
      topic: string
      from: number
      to: number
    }
  | {
      type: 'coordinatorMoved'
      group: string
      from: number | null
      to: number | null
      generation: number
      members: number
      offsetsPartition: string
    }
  | {
      type: 'memberJoined'
      group: string
      clientId: string
      memberId: string
      groupInstanceId: string | null
    }
  | {
      type: 'memberLeft'
      group: string
      clientId: string
      memberId: string
      reason: MemberLeftReason
    }
  | { type: 'rebalanceStarted'; group: string; generation: number; reason: string }
  | {
      /** The leader's assignment was appended; SyncGroup is answered once the record commits. */
      type: 'groupAssignmentWritten'
      group: string
      generation: number
      leader: string | null
      offsetsPartition: string
      /** The group record's offset in offsetsPartition. */
      offset: number
    }
  | {
      type: 'staticMemberReverted'
      group: string
      clientId: string
      /** The old member id, back in the group; the error the group record's append failed with. */
      memberId: string
      error: 'NOT_COORDINATOR' | 'COORDINATOR_NOT_AVAILABLE' | 'REBALANCE_IN_PROGRESS'
      offsetsPartition: string
    }
  | {
      /** The group record of a generation was not committed: the parked SyncGroups got `error`. */
      type: 'rebalanceFailed'
      group: string
      generation: number
      error: 'NOT_COORDINATOR' | 'COORDINATOR_NOT_AVAILABLE' | 'REBALANCE_IN_PROGRESS'
      offsetsPartition: string
    }
  | {
      type: 'rebalanceCompleted'
      group: string
      generation: number
      protocol: 'eager' | 'cooperative'
      assignor: AssignorName | null
      leader: string | null
      /** clientId -> partitions of the new generation. */
      assignment: Record<string, string[]>
    }
  | {
      type: 'partitionsRevoked'
      group: string
      clientId: string
      partitions: string[]
      protocol: 'eager' | 'cooperative'
    }
  | { type: 'partitionsLost'; group: string; clientId: string; partitions: string[] }
  | {
      type: 'partitionsAssigned'
      group: string
      clientId: string
      partitions: string[]
      generation: number
    }
  | {
      type: 'offsetsCommitted'
      group: string
      clientId: string | null
      offsets: Record<string, number>
      how: 'auto' | 'sync' | 'async' | 'revoke' | 'close' | 'admin'
    }
  | {
      type: 'offsetCommitFailed'
      group: string
      clientId: string
      exception: CommitException
      error: string
      offsets: Record<string, number>
    }
  | {
      type: 'offsetReset'
      group: string
      clientId: string
      partition: string
      strategy: 'earliest' | 'latest'
      offset: number
      reason: 'noCommittedOffset' | 'outOfRange'
    }
  | {
      type: 'offsetsReset'
      group: string
      topic: string
      offsets: Record<string, number>
      to: string
    }
  | {
      type: 'recordsReprocessed'
      group: string
      clientId: string
      partition: string
      count: number
      offsets: number[]
    }
  | {
      /** Redelivered records an idempotent consumer recognised and did not apply again. */
      type: 'recordsDeduplicated'
      group: string
      clientId: string
      partition: string
      count: number
      offsets: number[]
    }
  | {
      type: 'recordsSkipped'
      group: string
      partition: string
      count: number
      offsets: number[]
      reason: SkipReason
      /** In plain words, e.g. "written to orders-3 before c1's metadata showed the partition". */
      detail: string
    }
