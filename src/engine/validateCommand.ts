// Whether a command may be applied to the current state: every field is checked against the
// state (the broker exists and runs, the topic is known, the value is in Kafka's range) before
// anything changes; a refused command returns an error naming the field (sim.ts applies it).

import { type Command, type CommandResult, DEFAULT_PRODUCER, fail, OK } from './commands'
import { isGroupCommand, validateGroupCommand } from './groups/commands'
import { topicNamed } from './lookup'
import type { SimState } from './model'
import { placeableBrokers } from './rules/topics'
import {
  collidingTopic,
  collisionMessage,
  MAX_BROKERS,
  MAX_PARTITIONS,
  validateBrokerConfig,
  validateProducerConfig,
  validateTopicLevelConfig,
  validateTopicSpec,
} from './validate'

function brokerCheck(sim: SimState, b: unknown, want?: 'alive' | 'offline'): CommandResult {
  if (typeof b !== 'number' || sim.brokers[b] === undefined)
    return fail(`unknown broker ${String(b)}`, 'broker')
  const st = sim.brokers[b]?.status
  if (want === 'alive' && st === 'offline') return fail(`broker ${b} is not running`, 'broker')
  if (want === 'offline' && st !== 'offline')
    return fail(`broker ${b} is already running`, 'broker')
  return OK
}

function firstError(errors: readonly { field?: string; message: string }[]): CommandResult {
  const e = errors[0]
  return e === undefined ? OK : fail(e.message, e.field)
}

/** Manual placement: one replica list per partition, RF distinct existing brokers each. */
function checkAssignment(sim: SimState, a: unknown, partitions: number, rf: number): string | null {
  if (!Array.isArray(a) || a.length !== partitions)
    return `give one replica list per partition (${partitions})`
  for (let p = 0; p < a.length; p++) {
    const list: unknown = a[p]
    if (!Array.isArray(list) || list.length !== rf) return `partition ${p} needs ${rf} replicas`
    if (new Set(list).size !== list.length) return `partition ${p} names a broker twice`
    for (const b of list) {
      if (typeof b !== 'number' || sim.brokers[b] === undefined)
        return `partition ${p}: unknown broker ${String(b)}`
    }
  }
  return null
}

/** Checks a command against the state without changing anything. */
export function validateCommand(sim: SimState, cmd: Command): CommandResult {
  if (
    typeof cmd !== 'object' ||
    cmd === null ||
    typeof (cmd as { type?: unknown }).type !== 'string'
  ) {
    return fail('a command must be an object with a type', 'type')
  }
  const withConfig = cmd as { type: string; config?: unknown }
  if (
    (cmd.type === 'setTopicConfig' ||
      cmd.type === 'setBrokerConfig' ||
      cmd.type === 'setProducerConfig') &&
    (typeof withConfig.config !== 'object' ||
      withConfig.config === null ||
      Array.isArray(withConfig.config))
  ) {
    return fail('config must be an object of settings', 'config')
  }
  switch (cmd.type) {
    case 'killBroker':
    case 'powerFailBroker':
    case 'shutdownBroker':
    case 'isolateBroker':
      return brokerCheck(sim, cmd.broker, 'alive')
    case 'restartBroker':
      return brokerCheck(sim, cmd.broker, 'offline')
    case 'reconnectBroker': {
      const r = brokerCheck(sim, cmd.broker)
      if (!r.ok) return r
      return sim.brokers[cmd.broker]?.status === 'isolated'
        ? OK
        : fail(`broker ${cmd.broker} is not isolated`, 'broker')
    }
    case 'slowBroker': {
      const r = brokerCheck(sim, cmd.broker, 'alive')
      if (!r.ok) return r
      return Number.isInteger(cmd.extraMs) && cmd.extraMs >= 0 && cmd.extraMs <= 60_000
        ? OK
        : fail('extra latency must be between 0 and 60000 ms', 'extraMs')
    }
    case 'addBroker':
      return Object.keys(sim.brokers).length < MAX_BROKERS
        ? OK
        : fail(`at most ${MAX_BROKERS} brokers`, 'brokers')
    case 'createTopic': {
      if (typeof cmd.name === 'string' && topicNamed(sim, cmd.name) !== undefined)
        return fail(`topic ${cmd.name} already exists`, 'name')
      const clash =
        typeof cmd.name === 'string' ? collidingTopic(cmd.name, Object.keys(sim.topics)) : undefined
      if (clash !== undefined) return fail(collisionMessage(cmd.name, clash), 'name')
      const e = validateTopicSpec(
        cmd.name,
        cmd.partitions,
        cmd.replicationFactor,
        placeableBrokers(sim).length,
      )
      if (e.length > 0) return firstError(e)
      if (cmd.assignment !== undefined) {
        const bad = checkAssignment(sim, cmd.assignment, cmd.partitions, cmd.replicationFactor)
        if (bad !== null) return fail(bad, 'assignment')
      }
      return firstError(validateTopicLevelConfig(cmd.config ?? {}))
    }
    case 'addPartitions': {
      const t = topicNamed(sim, cmd.topic)
      if (t === undefined) return fail(`unknown topic ${String(cmd.topic)}`, 'topic')
      if (t.internal) return fail('internal topics cannot be changed', 'topic')
      if (
        !Number.isInteger(cmd.totalPartitions) ||
        cmd.totalPartitions <= t.partitions ||
        cmd.totalPartitions > MAX_PARTITIONS
      ) {
        return fail(
          `the new partition count must be between ${t.partitions + 1} and ${MAX_PARTITIONS} (partitions can only be added)`,
          'totalPartitions',
        )
      }
      return placeableBrokers(sim).length >= t.replicationFactor
        ? OK
        : fail('not enough live brokers for the replication factor', 'totalPartitions')
    }
    case 'setTopicConfig':
      if (topicNamed(sim, cmd.topic) === undefined)
        return fail(`unknown topic ${String(cmd.topic)}`, 'topic')
      return firstError(validateTopicLevelConfig(cmd.config ?? {}))
    case 'setBrokerConfig':
      return firstError(validateBrokerConfig({ ...sim.config.broker, ...cmd.config }, ''))
    case 'setTruncationMode':
      return cmd.mode === 'leader-epoch' || cmd.mode === 'high-watermark'
        ? OK
        : fail('truncation must be leader-epoch or high-watermark', 'mode')
    case 'electPreferredLeaders':
      if (cmd.broker !== undefined && sim.brokers[cmd.broker] === undefined)
        return fail(`unknown broker ${String(cmd.broker)}`, 'broker')
      return cmd.topic === undefined || topicNamed(sim, cmd.topic) !== undefined
        ? OK
        : fail(`unknown topic ${cmd.topic}`, 'topic')
    case 'produce': {
      if (sim.producers[cmd.producer ?? DEFAULT_PRODUCER] === undefined)
        return fail(`unknown producer ${cmd.producer}`, 'producer')
      const t = topicNamed(sim, cmd.topic)
      if (t === undefined) return fail(`unknown topic ${String(cmd.topic)}`, 'topic')
      if (typeof cmd.value !== 'string') return fail('value must be text', 'value')
      if (cmd.value.length > 10_000)
        return fail('value is limited to 10000 characters here', 'value')
      if (cmd.key != null && (typeof cmd.key !== 'string' || cmd.key.length > 1000))
        return fail('key must be text of at most 1000 characters', 'key')
      if (
        cmd.partition != null &&
        (!Number.isInteger(cmd.partition) || cmd.partition < 0 || cmd.partition >= t.partitions)
      ) {
        return fail(`partition must be between 0 and ${t.partitions - 1}`, 'partition')
      }
      return OK
    }
    case 'setProducerConfig':
      if (sim.producers[cmd.producer ?? DEFAULT_PRODUCER] === undefined)
        return fail(`unknown producer ${cmd.producer}`, 'producer')
      return firstError(validateProducerConfig(cmd.config ?? {}, ''))
    case 'setAutoProduce': {
      if (sim.producers[cmd.producer ?? DEFAULT_PRODUCER] === undefined)
        return fail(`unknown producer ${cmd.producer}`, 'producer')
      if (
        typeof cmd.rate !== 'number' ||
        !Number.isFinite(cmd.rate) ||
        cmd.rate < 0 ||
        cmd.rate > 1000
      ) {
        return fail('rate must be between 0 and 1000 records per second', 'rate')
      }
      if (cmd.topic !== undefined && topicNamed(sim, cmd.topic) === undefined)
        return fail(`unknown topic ${cmd.topic}`, 'topic')
      if (cmd.topics !== undefined) {
        if (!Array.isArray(cmd.topics) || cmd.topics.length === 0 || cmd.topics.length > 64)
          return fail('topics must list 1 to 64 topics', 'topics')
        for (const t of cmd.topics)
          if (typeof t !== 'string' || topicNamed(sim, t) === undefined)
            return fail(`unknown topic ${String(t)}`, 'topics')
      }
      if (cmd.keys !== undefined && !['none', 'uniform', 'few', 'hot'].includes(cmd.keys))
        return fail('keys must be none, uniform, few or hot', 'keys')
      return OK
    }
    default:
      if (isGroupCommand(cmd)) return validateGroupCommand(sim, cmd)
      return fail(`unknown command ${String((cmd as { type: unknown }).type)}`, 'type')
  }
}
