// Creating a simulation and applying commands to it. A command is validated against the current
// state first (validateCommand.ts); a refused command changes nothing and returns an error naming
// the field. Every command that is accepted is a pure function of (state, command), so replaying
// the recorded inputs reproduces the run.

import { appendOnly, typedChunked } from './chunks'
import { type Command, type CommandResult, DEFAULT_PRODUCER, OK } from './commands'
import { type ClusterConfig, completeConfig, type PartialClusterConfig } from './config'
import { BROKER_CONFIG_INFO, type ConfigInfo, PRODUCER_CONFIG_INFO } from './configInfo'
import type { Ctx } from './ctx'
import type { SimEvent } from './events'
import { applyGroupCommand, isGroupCommand } from './groups/commands'
import { emptyGroups } from './groups/model'
import type { SimState } from './model'
import { seedRng } from './rng'
import { electController, electPreferredLeaders } from './rules/controller'
import * as faults from './rules/faults'
import { createProducer, sendRecord } from './rules/producer'
import { runSender } from './rules/producerSender'
import { addBroker, addPartitions, createTopic, newBroker, startBrokerTasks } from './rules/topics'
import { schedule } from './scheduler'
import { runUntil } from './step'
import { ConfigError, validateClusterConfig } from './validate'
import { validateCommand } from './validateCommand'

export { DEFAULT_PRODUCER, validateCommand }

/** A new simulation at tick 0; `events` receives what setting it up reports (controller, topics). */
/** A config change for the event log, in Kafka's words: "min.insync.replicas=2". */
function describeChanges(
  config: Readonly<Record<string, unknown>>,
  infos: Readonly<Record<string, ConfigInfo>>,
): string[] {
  return Object.keys(config).map((k) => `${infos[k]?.kafkaName ?? k}=${String(config[k])}`)
}

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
      recordFloor: 0,
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
        changes: describeChanges(cmd.config, BROKER_CONFIG_INFO),
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
        changes: describeChanges(cmd.config, BROKER_CONFIG_INFO),
        tick: sim.tick,
        touches: [],
      })
      break
    case 'setTruncationMode':
      sim.config = { ...sim.config, truncation: cmd.mode }
      ctx.events.push({
        type: 'configChanged',
        scope: 'brokers',
        changes: [`truncation=${cmd.mode}`],
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
        changes: describeChanges(cmd.config, PRODUCER_CONFIG_INFO),
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
