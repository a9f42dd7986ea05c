// Commands: what a user (or a lesson, or a test) asks the cluster to do. They are data, recorded
// in the run's input log with the tick they were applied at, so a replay applies them again.
// Events (events.ts) are what happened as a result.

import type { BrokerConfig, ProducerConfig, TopicLevelConfig } from './config'
import type { GroupCommand } from './groups/commands'

/** The producer every cluster starts with; commands without `producer` use it. */
export const DEFAULT_PRODUCER = 'producer-1'

export type BrokerCommand =
  | { type: 'killBroker'; broker: number }
  | { type: 'powerFailBroker'; broker: number }
  | { type: 'restartBroker'; broker: number }
  | { type: 'shutdownBroker'; broker: number }
  | { type: 'slowBroker'; broker: number; extraMs: number }
  | { type: 'isolateBroker'; broker: number }
  | { type: 'reconnectBroker'; broker: number }
  | { type: 'addBroker' }

export type AdminCommand =
  | {
      type: 'createTopic'
      name: string
      partitions: number
      replicationFactor: number
      config?: Partial<TopicLevelConfig>
      assignment?: number[][]
    }
  | { type: 'addPartitions'; topic: string; totalPartitions: number }
  | { type: 'setTopicConfig'; topic: string; config: Partial<TopicLevelConfig> }
  | { type: 'setBrokerConfig'; config: Partial<BrokerConfig> }
  | { type: 'setTruncationMode'; mode: 'leader-epoch' | 'high-watermark' }
  | { type: 'electPreferredLeaders'; topic?: string; broker?: number }

export type ProducerCommand =
  | {
      type: 'produce'
      producer?: string
      topic: string
      key?: string | null
      value: string
      partition?: number | null
      headers?: Record<string, string>
    }
  | { type: 'setProducerConfig'; producer?: string; config: Partial<ProducerConfig> }
  | {
      type: 'setAutoProduce'
      producer?: string
      topic?: string
      /** Several topics, one record each in turn (replaces `topic`). */
      topics?: string[]
      rate: number
      keys?: 'none' | 'uniform' | 'few' | 'hot'
    }

export type Command = BrokerCommand | AdminCommand | ProducerCommand | GroupCommand

export type CommandType = Command['type']

export interface CommandError {
  /** The field that caused the error, as named in the command (e.g. "replicationFactor"). */
  readonly field?: string
  readonly message: string
}

export type CommandResult =
  | { readonly ok: true }
  | { readonly ok: false; readonly error: CommandError }

export const OK: CommandResult = { ok: true }

export function fail(message: string, field?: string): CommandResult {
  return { ok: false, error: field === undefined ? { message } : { field, message } }
}
