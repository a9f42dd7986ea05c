// Input validation: every config and command is checked before it touches the state, and a bad
// one is refused with a message naming the field and the allowed range. Nothing is half-applied.

import type { CommandError } from './commands'
import {
  BROKER_CONFIG_INFO,
  type BrokerConfig,
  type ClusterConfig,
  type ConfigInfo,
  PRODUCER_CONFIG_INFO,
  type ProducerConfig,
  type TopicLevelConfig,
} from './config'

export const MAX_BROKERS = 12
export const MAX_PARTITIONS = 48
export const TOPIC_NAME = /^[a-zA-Z0-9._-]{1,249}$/

/**
 * Names every JavaScript object already has (`constructor`, `toString`, `__proto__`, …). The
 * simulation keys its maps by topic, group and client names, so it refuses these (a
 * simplification: Kafka accepts them).
 */
export function reservedName(name: string): string | null {
  return name === '__proto__' || name in Object.prototype
    ? `"${name}" is reserved in kafkascope (a name every JavaScript object has); choose another`
    : null
}

function checkNumber(field: string, v: unknown, info: ConfigInfo): CommandError | null {
  if (typeof v !== 'number' || !Number.isFinite(v) || !Number.isInteger(v)) {
    return { field, message: `${info.kafkaName} must be a whole number` }
  }
  const min = info.min ?? Number.NEGATIVE_INFINITY
  const max = info.max ?? Number.POSITIVE_INFINITY
  if (v < min || v > max)
    return { field, message: `${info.kafkaName} must be between ${min} and ${max}, got ${v}` }
  return null
}

function checkFields<T extends object>(
  prefix: string,
  values: Partial<T>,
  infos: Record<keyof T, ConfigInfo>,
  special: (key: keyof T, v: unknown) => CommandError | null | undefined,
): CommandError[] {
  const errors: CommandError[] = []
  for (const k of Object.keys(values) as (keyof T)[]) {
    const info = infos[k]
    const field = `${prefix}${String(k)}`
    if (info === undefined) {
      errors.push({ field, message: `unknown setting ${String(k)}` })
      continue
    }
    const v = values[k]
    const s = special(k, v)
    if (s !== undefined) {
      if (s !== null) errors.push({ ...s, field })
      continue
    }
    if (typeof info.kafkaDefault === 'boolean') {
      if (typeof v !== 'boolean')
        errors.push({ field, message: `${info.kafkaName} must be true or false` })
      continue
    }
    const e = checkNumber(field, v, info)
    if (e !== null) errors.push(e)
  }
  return errors
}

export function validateBrokerConfig(c: Partial<BrokerConfig>, prefix = 'broker.'): CommandError[] {
  const errors = checkFields(prefix, c, BROKER_CONFIG_INFO, () => undefined)
  const hb = c.brokerHeartbeatIntervalMs
  const st = c.brokerSessionTimeoutMs
  if (hb !== undefined && st !== undefined && hb >= st) {
    errors.push({
      field: `${prefix}brokerHeartbeatIntervalMs`,
      message: 'broker.heartbeat.interval.ms must be below broker.session.timeout.ms',
    })
  }
  return errors
}

export function validateTopicLevelConfig(
  c: Partial<TopicLevelConfig>,
  prefix = 'config.',
): CommandError[] {
  return checkFields(
    prefix,
    c,
    BROKER_CONFIG_INFO as Record<keyof TopicLevelConfig, ConfigInfo>,
    () => undefined,
  )
}

export function validateProducerConfig(
  c: Partial<ProducerConfig>,
  prefix = 'producer.',
): CommandError[] {
  return checkFields(prefix, c, PRODUCER_CONFIG_INFO, (k, v) => {
    if (k === 'acks')
      return v === 0 || v === 1 || v === 'all' ? null : { message: 'acks must be 0, 1 or all' }
    if (k === 'partitioner') {
      return v === 'sticky' || v === 'round-robin'
        ? null
        : { message: 'partitioner must be sticky or round-robin' }
    }
    return undefined
  })
}

/**
 * The existing topic `name` collides with (Kafka's Topic.hasCollision): "." and "_" become the
 * same character in metric names, so Kafka refuses "a_b" beside "a.b".
 */
export function collidingTopic(name: string, existing: Iterable<string>): string | undefined {
  const key = name.replaceAll('.', '_')
  for (const other of existing)
    if (other !== name && other.replaceAll('.', '_') === key) return other
  return undefined
}

/** Why `name` is refused beside `clash` (collidingTopic). */
export const collisionMessage = (name: string, clash: string): string =>
  `topic ${name} collides with topic ${clash}: "." and "_" are the same in metric names`

export function validateTopicSpec(
  name: unknown,
  partitions: unknown,
  rf: unknown,
  liveBrokers: number,
  prefix = '',
): CommandError[] {
  const errors: CommandError[] = []
  if (name === '.' || name === '..') {
    errors.push({ field: `${prefix}name`, message: 'a topic name cannot be "." or ".."' })
  } else if (typeof name !== 'string' || !TOPIC_NAME.test(name)) {
    errors.push({
      field: `${prefix}name`,
      message: 'topic name must be 1–249 characters of letters, digits, ".", "_" or "-"',
    })
  } else if (reservedName(name) !== null) {
    errors.push({ field: `${prefix}name`, message: reservedName(name) as string })
  } else if (name.startsWith('__')) {
    errors.push({
      field: `${prefix}name`,
      message: 'names starting with "__" are reserved for internal topics',
    })
  }
  if (
    typeof partitions !== 'number' ||
    !Number.isInteger(partitions) ||
    partitions < 1 ||
    partitions > MAX_PARTITIONS
  ) {
    errors.push({
      field: `${prefix}partitions`,
      message: `partitions must be between 1 and ${MAX_PARTITIONS}`,
    })
  }
  if (typeof rf !== 'number' || !Number.isInteger(rf) || rf < 1 || rf > liveBrokers) {
    errors.push({
      field: `${prefix}replicationFactor`,
      message: `replication factor must be between 1 and the number of live brokers (${liveBrokers})`,
    })
  }
  return errors
}

export function validateClusterConfig(c: ClusterConfig): CommandError[] {
  const errors: CommandError[] = []
  if (!Number.isInteger(c.brokers) || c.brokers < 1 || c.brokers > MAX_BROKERS) {
    errors.push({ field: 'brokers', message: `brokers must be between 1 and ${MAX_BROKERS}` })
  }
  errors.push(...validateBrokerConfig(c.broker))
  errors.push(...validateProducerConfig(c.producer))
  if (c.truncation !== 'leader-epoch' && c.truncation !== 'high-watermark') {
    errors.push({
      field: 'truncation',
      message: 'truncation must be leader-epoch or high-watermark',
    })
  }
  const { latencyMs, jitterMs } = c.network
  if (!Number.isInteger(latencyMs) || latencyMs < 1 || latencyMs > 10_000) {
    errors.push({ field: 'network.latencyMs', message: 'latency must be between 1 and 10000 ms' })
  }
  if (!Number.isInteger(jitterMs) || jitterMs < 0 || jitterMs > 10_000) {
    errors.push({ field: 'network.jitterMs', message: 'jitter must be between 0 and 10000 ms' })
  }
  const names = new Set<string>()
  c.topics.forEach((t, i) => {
    errors.push(
      ...validateTopicSpec(t.name, t.partitions, t.replicationFactor, c.brokers, `topics.${i}.`),
    )
    const clash = typeof t.name === 'string' ? collidingTopic(t.name, names) : undefined
    if (names.has(t.name))
      errors.push({ field: `topics.${i}.name`, message: `topic ${t.name} is listed twice` })
    else if (clash !== undefined)
      errors.push({ field: `topics.${i}.name`, message: collisionMessage(t.name, clash) })
    names.add(t.name)
    if (t.config !== undefined)
      errors.push(...validateTopicLevelConfig(t.config, `topics.${i}.config.`))
  })
  return errors
}

export class ConfigError extends Error {
  readonly errors: readonly CommandError[]
  constructor(errors: readonly CommandError[]) {
    super(
      errors
        .map((e) => (e.field === undefined ? e.message : `${e.field}: ${e.message}`))
        .join('; '),
    )
    this.errors = errors
  }
}
