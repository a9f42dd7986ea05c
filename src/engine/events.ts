// Events: facts the engine reports, in the past tense. They drive the event log, the narration,
// the timeline markers and the metrics. `touches` names what the UI highlights (test-id suffixes
// such as "broker-2", "partition-orders-1", "replica-orders-1-2", "group-g1").

import type { GroupEvent } from './groups/events'

export type ProduceErrorCode =
  | 'NOT_ENOUGH_REPLICAS'
  | 'NOT_ENOUGH_REPLICAS_AFTER_APPEND'
  | 'REQUEST_TIMED_OUT'
  | 'NOT_LEADER_OR_FOLLOWER'
  | 'NETWORK_EXCEPTION'
  | 'DELIVERY_TIMEOUT'

export type ClusterEvent =
  | { type: 'brokerKilled'; broker: number }
  | { type: 'brokerPowerFailed'; broker: number; lostRecords: number }
  | { type: 'brokerRestarted'; broker: number }
  | { type: 'brokerShutdown'; broker: number; movedLeaders: number }
  | { type: 'brokerSlowed'; broker: number; extraMs: number }
  | { type: 'brokerIsolated'; broker: number }
  | { type: 'brokerReconnected'; broker: number }
  | { type: 'brokerAdded'; broker: number }
  | { type: 'brokerFenced'; broker: number; reason: 'sessionTimeout' | 'shutdown' }
  | { type: 'brokerUnfenced'; broker: number }
  | { type: 'controllerElected'; broker: number; epoch: number }
  | { type: 'controllerLost'; broker: number; hasQuorum: boolean }
  | {
      type: 'leaderElected'
      partition: string
      leader: number
      previous: number | null
      epoch: number
      kind: 'initial' | 'clean' | 'unclean' | 'preferred' | 'controlled'
    }
  | { type: 'partitionOffline'; partition: string; isr: number[] }
  | {
      type: 'isrShrunk'
      partition: string
      removed: number[]
      isr: number[]
      reason: 'lag' | 'fenced' | 'shutdown'
    }
  | { type: 'isrExpanded'; partition: string; added: number[]; isr: number[] }
  | {
      type: 'logTruncated'
      partition: string
      broker: number
      from: number
      to: number
      mode: 'high-watermark' | 'leader-epoch'
      removed: number
    }
  | {
      /** The follower needed offsets the leader had deleted: it emptied its log, fetching from `to`. */
      type: 'logRestartedAt'
      partition: string
      broker: number
      from: number
      to: number
    }
  | {
      type: 'produceError'
      producer: string
      partition: string
      error: ProduceErrorCode
      willRetry: boolean
      records: number
    }
  | { type: 'recordsLost'; partition: string; count: number; offsets: number[]; reason: string }
  | {
      type: 'recordsDuplicated'
      partition: string
      count: number
      offsets: number[]
      /** Written by an idempotent producer (the batch carries a producer id). */
      idempotent?: boolean
    }
  | { type: 'duplicateDropped'; producer: string; partition: string; baseSequence: number }
  | { type: 'recordsReordered'; producer: string; partition: string; offsets: number[] }
  | { type: 'recordsExpired'; producer: string; partition: string; count: number }
  | { type: 'segmentRolled'; partition: string; broker: number; baseOffset: number }
  | {
      type: 'segmentsDeleted'
      partition: string
      broker: number
      count: number
      logStartOffset: number
    }
  | { type: 'topicCreated'; topic: string; partitions: number; replicationFactor: number }
  | { type: 'partitionsAdded'; topic: string; from: number; to: number }
  | { type: 'configChanged'; scope: string; changes: string[] }

export type SimEvent = (ClusterEvent | GroupEvent) & { tick: number; touches: string[] }

export type SimEventType = SimEvent['type']
