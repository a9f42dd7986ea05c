// Every command type the engine knows, at run time (a run file names them). The Record type makes
// the compiler list a new command type here before anything builds.

import type { CommandType } from '../../engine/commands'

const TYPES: Readonly<Record<CommandType, true>> = {
  killBroker: true,
  powerFailBroker: true,
  restartBroker: true,
  shutdownBroker: true,
  slowBroker: true,
  isolateBroker: true,
  reconnectBroker: true,
  addBroker: true,
  createTopic: true,
  addPartitions: true,
  setTopicConfig: true,
  setBrokerConfig: true,
  setTruncationMode: true,
  electPreferredLeaders: true,
  produce: true,
  setProducerConfig: true,
  setAutoProduce: true,
  addGroup: true,
  addConsumer: true,
  removeConsumer: true,
  crashConsumer: true,
  pauseConsumer: true,
  setGroupConfig: true,
  resetOffsets: true,
  commitSync: true,
  commitAsync: true,
}

export const COMMAND_TYPES: readonly CommandType[] = Object.keys(TYPES) as CommandType[]

export const isCommandType = (v: unknown): v is CommandType =>
  typeof v === 'string' && Object.hasOwn(TYPES, v)

/** Commands whose `config` field, when present, the engine reads as an object. */
export const CONFIG_OBJECT: ReadonlySet<string> = new Set([
  'createTopic',
  'setTopicConfig',
  'setBrokerConfig',
  'setProducerConfig',
  'addGroup',
  'setGroupConfig',
])

/** Commands that must carry a `config` object. */
export const CONFIG_REQUIRED: ReadonlySet<string> = new Set([
  'setTopicConfig',
  'setBrokerConfig',
  'setProducerConfig',
])
