// ConsumerConfig with Kafka 3.9's defaults beside the scaled values: times ÷10 except
// metadata.max.age.ms (÷100, like the producer's), sizes ÷1024. enable.auto.commit is the group's
// commit policy ('auto'). Also the rebalance protocol a strategy list implies (ConsumerCoordinator)
// and the offsets topic's broker-side constants.

import type { CommandError } from '../commands'
import type { BrokerConfig, ConfigInfo } from '../config'
import type { AssignorName } from '../kafka/assignors'

export type AutoOffsetReset = 'earliest' | 'latest' | 'none'

/**
 * How the application commits: 'auto' is enable.auto.commit=true; the others set it false and call
 * commitSync() after processing each batch, or right after poll() before processing (at-most-once).
 */
export type CommitPolicy = 'auto' | 'after-processing' | 'before-processing'
export const COMMIT_POLICIES: readonly CommitPolicy[] = [
  'auto',
  'after-processing',
  'before-processing',
]

export interface ConsumerConfig {
  readonly sessionTimeoutMs: number
  readonly heartbeatIntervalMs: number
  readonly maxPollIntervalMs: number
  readonly autoCommitIntervalMs: number
  readonly maxPollRecords: number
  readonly fetchMaxWaitMs: number
  readonly maxPartitionFetchBytes: number
  readonly metadataMaxAgeMs: number
  readonly retryBackoffMs: number
  readonly defaultApiTimeoutMs: number
  readonly autoOffsetReset: AutoOffsetReset
}

export const DEFAULT_CONSUMER_CONFIG: ConsumerConfig = {
  sessionTimeoutMs: 4500,
  heartbeatIntervalMs: 300,
  maxPollIntervalMs: 30_000,
  autoCommitIntervalMs: 500,
  maxPollRecords: 500,
  fetchMaxWaitMs: 50,
  maxPartitionFetchBytes: 1024,
  metadataMaxAgeMs: 3000,
  retryBackoffMs: 10,
  defaultApiTimeoutMs: 6000,
  autoOffsetReset: 'latest',
}

const ms = (kafkaName: string, kafkaDefault: number, min: number, max: number): ConfigInfo => ({
  kafkaName,
  kafkaDefault,
  min,
  max,
  unit: 'ms',
  scale: '÷10',
})

export const CONSUMER_CONFIG_INFO: Record<keyof ConsumerConfig, ConfigInfo> = {
  sessionTimeoutMs: ms('session.timeout.ms', 45_000, 1, 1_800_000),
  heartbeatIntervalMs: ms('heartbeat.interval.ms', 3000, 1, 600_000),
  maxPollIntervalMs: ms('max.poll.interval.ms', 300_000, 1, 3_600_000),
  autoCommitIntervalMs: ms('auto.commit.interval.ms', 5000, 1, 600_000),
  maxPollRecords: {
    kafkaName: 'max.poll.records',
    kafkaDefault: 500,
    min: 1,
    max: 100_000,
    unit: 'count',
  },
  fetchMaxWaitMs: ms('fetch.max.wait.ms', 500, 0, 60_000),
  maxPartitionFetchBytes: {
    kafkaName: 'max.partition.fetch.bytes',
    kafkaDefault: 1_048_576,
    min: 1,
    max: 1_048_576,
    unit: 'bytes',
    scale: '÷1024',
  },
  metadataMaxAgeMs: {
    kafkaName: 'metadata.max.age.ms',
    kafkaDefault: 300_000,
    min: 1,
    max: 3_600_000,
    unit: 'ms',
    scale: '÷100',
  },
  retryBackoffMs: ms('retry.backoff.ms', 100, 0, 60_000),
  defaultApiTimeoutMs: ms('default.api.timeout.ms', 60_000, 1, 3_600_000),
  autoOffsetReset: { kafkaName: 'auto.offset.reset', kafkaDefault: 'latest' },
}

/** What each commit policy stands for in Kafka terms (for the UI). */
export const COMMIT_POLICY_INFO: Record<CommitPolicy, string> = {
  auto: 'enable.auto.commit=true: poll() commits the positions of earlier polls every auto.commit.interval.ms',
  'after-processing':
    'enable.auto.commit=false; commitSync() after each batch is processed (at-least-once)',
  'before-processing':
    'enable.auto.commit=false; commitSync() right after poll(), then process (at-most-once)',
}

/** partition.assignment.strategy default since 3.0: [RangeAssignor, CooperativeStickyAssignor]. */
export const DEFAULT_STRATEGY: readonly AssignorName[] = ['range', 'cooperative-sticky']
export const ASSIGNORS: readonly AssignorName[] = [
  'range',
  'roundrobin',
  'sticky',
  'cooperative-sticky',
]

/** Per record, the application's processing time (not a Kafka setting). */
export const DEFAULT_PROCESSING_MS = 5

/** offsets.commit.timeout.ms 5000 ÷10: how long a commit waits for the offsets topic's HW. */
export const OFFSETS_COMMIT_TIMEOUT_MS = 500
/** offsets.topic.segment.bytes 104857600 ÷2²⁰ (the topic is compacted in Kafka; never deleted here). */
export const OFFSETS_TOPIC_SEGMENT_BYTES = 102_400
export const OFFSETS_TOPIC = '__consumer_offsets'

/**
 * The highest RebalanceProtocol every configured assignor supports (EAGER < COOPERATIVE): only
 * cooperative-sticky supports COOPERATIVE, so one other assignor in the list makes it eager.
 */
export function rebalanceProtocolOf(strategy: readonly AssignorName[]): 'eager' | 'cooperative' {
  return strategy.length > 0 && strategy.every((s) => s === 'cooperative-sticky')
    ? 'cooperative'
    : 'eager'
}

export function validateStrategy(v: unknown, field = 'strategy'): CommandError | null {
  const list = typeof v === 'string' ? [v] : v
  if (!Array.isArray(list) || list.length === 0)
    return { field, message: `${field} must be one assignor or a non-empty list of them` }
  for (const s of list) {
    if (!ASSIGNORS.includes(s as AssignorName))
      return { field, message: `unknown assignor ${String(s)}: use ${ASSIGNORS.join(', ')}` }
  }
  if (new Set(list).size !== list.length)
    return { field, message: `${field} lists an assignor twice` }
  return null
}

export function strategyList(v: AssignorName | readonly AssignorName[]): AssignorName[] {
  return typeof v === 'string' ? [v] : v.slice()
}

export function validateConsumerConfig(
  c: Partial<ConsumerConfig>,
  full: ConsumerConfig,
  broker: BrokerConfig,
  prefix = 'config.',
): CommandError[] {
  const errors: CommandError[] = []
  if (typeof c !== 'object' || c === null)
    return [{ field: 'config', message: 'config must be an object' }]
  for (const k of Object.keys(c) as (keyof ConsumerConfig)[]) {
    const info = CONSUMER_CONFIG_INFO[k]
    const field = `${prefix}${k}`
    const v = c[k]
    if (info === undefined) errors.push({ field, message: `unknown consumer setting ${k}` })
    else if (k === 'autoOffsetReset') {
      if (v !== 'earliest' && v !== 'latest' && v !== 'none')
        errors.push({ field, message: 'auto.offset.reset must be earliest, latest or none' })
    } else if (typeof v !== 'number' || !Number.isInteger(v))
      errors.push({ field, message: `${info.kafkaName} must be a whole number` })
    else if (v < (info.min ?? 0) || v > (info.max ?? Number.MAX_SAFE_INTEGER))
      errors.push({
        field,
        message: `${info.kafkaName} must be between ${info.min} and ${info.max}, got ${v}`,
      })
  }
  if (errors.length > 0) return errors
  const m = { ...full, ...c }
  const { groupMinSessionTimeoutMs: lo, groupMaxSessionTimeoutMs: hi } = broker
  if (m.sessionTimeoutMs < lo || m.sessionTimeoutMs > hi) {
    errors.push({
      field: `${prefix}sessionTimeoutMs`,
      message: `session.timeout.ms must lie within the broker's group.min.session.timeout.ms (${lo}) and group.max.session.timeout.ms (${hi}), got ${m.sessionTimeoutMs}`,
    })
  }
  if (m.heartbeatIntervalMs >= m.sessionTimeoutMs) {
    errors.push({
      field: `${prefix}heartbeatIntervalMs`,
      message: 'heartbeat.interval.ms must be lower than session.timeout.ms',
    })
  }
  return errors
}
