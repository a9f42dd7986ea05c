// Creating a simulation and applying commands to it. A command is validated against the current
// state first; a refused command changes nothing and returns an error naming the field. Every
// command that is accepted is a pure function of (state, command), so replaying the recorded
// inputs reproduces the run.

import { appendOnly, typedChunked } from './chunks'
import { type Command, type CommandResult, fail, OK } from './commands'
import { type ClusterConfig, completeConfig, type PartialClusterConfig } from './config'
import type { Ctx } from './ctx'
import type { SimEvent } from './events'
import { applyGroupCommand, isGroupCommand, validateGroupCommand } from './groups/commands'
import { emptyGroups } from './groups/model'
import type { SimState } from './model'
import { seedRng } from './rng'
import { electController, electPreferredLeaders } from './rules/controller'
import * as faults from './rules/faults'
import { createProducer, sendRecord } from './rules/producer'
import { runSender } from './rules/producerSender'
import {
  addBroker,
  addPartitions,
  createTopic,
  newBroker,
  placeableBrokers,
  startBrokerTasks,
} from './rules/topics'
import { schedule } from './scheduler'
import { runUntil } from './step'
import {
  ConfigError,
  MAX_BROKERS,
  MAX_PARTITIONS,
  validateBrokerConfig,
  validateClusterConfig,
  validateProducerConfig,
  validateTopicLevelConfig,
  validateTopicSpec,
} from './validate'

export const DEFAULT_PRODUCER = 'producer-1'

/** A new simulation at tick 0; `events` receives what setting it up reports (controller, topics). */
export function createSim(
  seed: number,
  partial: PartialClusterConfig | ClusterConfig = {},
  events: SimEvent[] = [],
): SimState {
  const config = completeConfig(partial)
  const errors = validateClusterConfig(config)
  if (errors.length > 0) throw new ConfigError(errors)
  const sim: SimState = {
    tick: 0,
    rng: seedRng(seed),
    config,
    counters: {
      timerSeq: 0,
      messageId: 1,
      recordId: 0,
      batchId: 1,
      requestId: 1,
      producerId: 1000,
      fetchToken: 0,
    },
    brokers: {},
    controller: { activeId: null, epoch: 0, voters: [], metadataOffset: 0 },
    topics: {},
    partitions: {},
    replicas: {},
    producers: {},
    records: appendOnly(),
    fate: {
      flags: typedChunked('u8'),
      offsets: typedChunked('i32'),
      appendCount: typedChunked('u16'),
    },
    openRecords: {},
    timers: [],
    timerAt: [],
    timerSeq: [],
    linkClock: {},
    appendOrder: {},
    metrics: {
      produced: 0,
      acked: 0,
      committed: 0,
      lost: 0,
      duplicated: 0,
      failed: 0,
      isrShrinks: 0,
      isrExpands: 0,
      elections: 0,
      uncleanElections: 0,
    },
    groups: emptyGroups(),
  }
  const ctx: Ctx = { sim, events }
  for (let id = 1; id <= config.brokers; id++) sim.brokers[id] = newBroker(id)
  sim.controller.voters = Object.keys(sim.brokers).map(Number).slice(0, 3)
  electController(ctx)
  for (let id = 1; id <= config.brokers; id++)
    startBrokerTasks(ctx, sim.brokers[id] as SimState['brokers'][string])
  for (const t of config.topics)
    createTopic(ctx, t.name, t.partitions, t.replicationFactor, t.config, t.assignment)
  sim.producers[DEFAULT_PRODUCER] = createProducer(
    sim,
    DEFAULT_PRODUCER,
    config.topics[0]?.name ?? '',
  )
  // Let the initial metadata settle so the cluster starts healthy.
  runUntil(ctx, 0)
  return sim
}

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
      if (typeof cmd.name === 'string' && sim.topics[cmd.name] !== undefined)
        return fail(`topic ${cmd.name} already exists`, 'name')
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
      const t = sim.topics[cmd.topic]
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
      if (sim.topics[cmd.topic] === undefined)
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
      return cmd.topic === undefined || sim.topics[cmd.topic] !== undefined
        ? OK
        : fail(`unknown topic ${cmd.topic}`, 'topic')
    case 'produce': {
      if (sim.producers[cmd.producer ?? DEFAULT_PRODUCER] === undefined)
        return fail(`unknown producer ${cmd.producer}`, 'producer')
      const t = sim.topics[cmd.topic]
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
      if (cmd.topic !== undefined && sim.topics[cmd.topic] === undefined)
        return fail(`unknown topic ${cmd.topic}`, 'topic')
      if (cmd.topics !== undefined) {
        if (!Array.isArray(cmd.topics) || cmd.topics.length === 0 || cmd.topics.length > 64)
          return fail('topics must list 1 to 64 topics', 'topics')
        for (const t of cmd.topics)
          if (typeof t !== 'string' || sim.topics[t] === undefined)
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

/** Validates and applies a command at the current tick. */
export function applyCommand(ctx: Ctx, cmd: Command): CommandResult {
  const { sim } = ctx
  const check = validateCommand(sim, cmd)
  if (!check.ok) return check
  switch (cmd.type) {
    case 'killBroker':
      faults.killBroker(ctx, cmd.broker)
      break
    case 'powerFailBroker':
      faults.powerFailBroker(ctx, cmd.broker)
      break
    case 'restartBroker':
      faults.restartBroker(ctx, cmd.broker)
      break
    case 'shutdownBroker':
      faults.shutdownBroker(ctx, cmd.broker)
      break
    case 'isolateBroker':
      faults.isolateBroker(ctx, cmd.broker)
      break
    case 'reconnectBroker':
      faults.reconnectBroker(ctx, cmd.broker)
      break
    case 'slowBroker':
      faults.slowBroker(ctx, cmd.broker, cmd.extraMs)
      break
    case 'addBroker':
      addBroker(ctx)
      break
    case 'createTopic':
      createTopic(ctx, cmd.name, cmd.partitions, cmd.replicationFactor, cmd.config, cmd.assignment)
      break
    case 'addPartitions':
      addPartitions(ctx, cmd.topic, cmd.totalPartitions)
      break
    case 'setTopicConfig': {
      const t = sim.topics[cmd.topic]
      if (t !== undefined) t.config = { ...t.config, ...cmd.config }
      ctx.events.push({
        type: 'configChanged',
        scope: `topic ${cmd.topic}`,
        changes: Object.keys(cmd.config),
        tick: sim.tick,
        touches: [`topic-${cmd.topic}`],
      })
      break
    }
    case 'setBrokerConfig':
      sim.config = { ...sim.config, broker: { ...sim.config.broker, ...cmd.config } }
      ctx.events.push({
        type: 'configChanged',
        scope: 'brokers',
        changes: Object.keys(cmd.config),
        tick: sim.tick,
        touches: [],
      })
      break
    case 'setTruncationMode':
      sim.config = { ...sim.config, truncation: cmd.mode }
      ctx.events.push({
        type: 'configChanged',
        scope: 'brokers',
        changes: ['truncation'],
        tick: sim.tick,
        touches: [],
      })
      break
    case 'electPreferredLeaders':
      electPreferredLeaders(ctx, cmd.topic, cmd.broker)
      break
    case 'produce': {
      const p = sim.producers[cmd.producer ?? DEFAULT_PRODUCER]
      if (p !== undefined) sendRecord(ctx, p, cmd)
      break
    }
    case 'setProducerConfig': {
      const p = sim.producers[cmd.producer ?? DEFAULT_PRODUCER]
      if (p !== undefined) {
        p.config = { ...p.config, ...cmd.config }
        runSender(ctx, p)
      }
      ctx.events.push({
        type: 'configChanged',
        scope: `producer ${cmd.producer ?? DEFAULT_PRODUCER}`,
        changes: Object.keys(cmd.config),
        tick: sim.tick,
        touches: [],
      })
      break
    }
    case 'setAutoProduce': {
      const p = sim.producers[cmd.producer ?? DEFAULT_PRODUCER]
      if (p === undefined) break
      p.autoRate = cmd.rate
      if (cmd.topics !== undefined) {
        p.autoTopics = cmd.topics.slice()
        p.autoTopic = cmd.topics[0] as string
      } else if (cmd.topic !== undefined) {
        p.autoTopic = cmd.topic
        p.autoTopics = []
      }
      if (cmd.keys !== undefined) p.autoKeys = cmd.keys
      p.autoGen++
      if (p.autoRate > 0)
        schedule(sim, Math.max(1, Math.round(1000 / p.autoRate)), {
          kind: 'autoProduce',
          producer: p.id,
          gen: p.autoGen,
        })
      break
    }
    default:
      if (isGroupCommand(cmd)) return applyGroupCommand(ctx, cmd)
  }
  return OK
}
