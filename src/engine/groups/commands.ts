// Commands for consumer groups: create a group (its consumers share one configuration), start,
// close, crash or stall a consumer, change the group's settings, reset its offsets (only while it
// is Empty, as kafka-consumer-groups.sh --reset-offsets requires), and commit now. Each is checked
// first and refused with a message naming the field; a refused command changes nothing.

import { type CommandResult, fail, OK } from '../commands'
import type { Ctx } from '../ctx'
import type { AssignorName } from '../kafka/assignors'
import { topicNamed } from '../lookup'
import type { SimState } from '../model'
import { placeableBrokers } from '../rules/topics'
import { reservedName } from '../validate'
import {
  COMMIT_POLICIES,
  type CommitPolicy,
  type ConsumerConfig,
  DEFAULT_CONSUMER_CONFIG,
  OFFSETS_TOPIC,
  strategyList,
  validateConsumerConfig,
  validateStrategy,
} from './config'
import { commitNow } from './dispatch'
import { consumerOf, groupEntry } from './lookup'
import { closeConsumer, crashConsumer, setPaused } from './poll'
import { planReset, type ResetTarget, resetOffsets } from './resetOffsets'
import { changeGroupSettings, createGroup, startConsumer } from './subscribe'

export type GroupCommand =
  | {
      type: 'addGroup'
      group: string
      topics: string[]
      /** partition.assignment.strategy: one assignor or a preference list. */
      strategy?: AssignorName | AssignorName[]
      config?: Partial<ConsumerConfig>
      commitPolicy?: CommitPolicy
      /** Processing time per record, in ms. */
      processingMs?: number
      /** Idempotent consumer: remember processed record ids and skip redeliveries. */
      dedupe?: boolean
      /** Consumers to start at once (c1, c2, ...). */
      consumers?: number
    }
  | { type: 'addConsumer'; group: string; clientId?: string; groupInstanceId?: string | null }
  | { type: 'removeConsumer'; group: string; clientId: string }
  | { type: 'crashConsumer'; group: string; clientId: string }
  | { type: 'pauseConsumer'; group: string; clientId: string; paused: boolean }
  | {
      type: 'setGroupConfig'
      group: string
      strategy?: AssignorName | AssignorName[]
      commitPolicy?: CommitPolicy
      processingMs?: number
      dedupe?: boolean
      config?: Partial<ConsumerConfig>
    }
  | { type: 'resetOffsets'; group: string; topic: string; to: ResetTarget; partition?: number }
  | { type: 'commitSync'; group: string; clientId: string }
  | { type: 'commitAsync'; group: string; clientId: string }

const GROUP_COMMANDS: ReadonlySet<string> = new Set<string>([
  'addGroup',
  'addConsumer',
  'removeConsumer',
  'crashConsumer',
  'pauseConsumer',
  'setGroupConfig',
  'resetOffsets',
  'commitSync',
  'commitAsync',
])

export const MAX_GROUPS = 8
export const MAX_CONSUMERS = 16
/**
 * group.id: Kafka takes any non-empty string, Chinese included. kafkascope keeps it to 249
 * characters without control characters or "/" (a consumer's endpoint is "consumer:group/client").
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what it refuses
const GROUP_ID = /^[^\u0000-\u001f\u007f/]{1,249}$/u
/** group.instance.id: Kafka validates it as a topic name (JoinGroupRequest.validateGroupInstanceId). */
const INSTANCE_ID = /^[a-zA-Z0-9._-]{1,249}$/

export function isGroupCommand(cmd: { type: string }): cmd is GroupCommand {
  return GROUP_COMMANDS.has(cmd.type)
}

function checkGroupId(sim: SimState, group: unknown, mustExist: boolean): CommandResult {
  if (typeof group !== 'string' || group === '') return fail('group id must not be empty', 'group')
  if (!GROUP_ID.test(group))
    return fail('group id must be 1–249 characters, without control characters or "/"', 'group')
  const reserved = reservedName(group)
  if (reserved !== null) return fail(reserved, 'group')
  if (mustExist && groupEntry(sim, group) === undefined)
    return fail(`unknown group ${group}`, 'group')
  return OK
}

function checkClient(sim: SimState, group: string, clientId: unknown): CommandResult {
  if (typeof clientId !== 'string' || clientId === '')
    return fail('clientId must not be empty', 'clientId')
  const c = consumerOf(sim, group, clientId)
  if (c === undefined) return fail(`unknown consumer ${clientId} in group ${group}`, 'clientId')
  if (c.status !== 'running')
    return fail(`consumer ${clientId} is not running (${c.status})`, 'clientId')
  return OK
}

function checkSettings(
  sim: SimState,
  cmd: {
    strategy?: unknown
    commitPolicy?: unknown
    processingMs?: unknown
    config?: unknown
    dedupe?: unknown
  },
  base: ConsumerConfig,
): CommandResult {
  if (cmd.strategy !== undefined) {
    const e = validateStrategy(cmd.strategy)
    if (e !== null) return fail(e.message, e.field)
  }
  if ('dedupe' in cmd && cmd.dedupe !== undefined && typeof cmd.dedupe !== 'boolean')
    return fail('dedupe must be true or false', 'dedupe')
  if (cmd.commitPolicy !== undefined && !COMMIT_POLICIES.includes(cmd.commitPolicy as CommitPolicy))
    return fail(`the commit policy must be ${COMMIT_POLICIES.join(', ')}`, 'commitPolicy')
  const p = cmd.processingMs
  if (p !== undefined && (typeof p !== 'number' || !Number.isInteger(p) || p < 0 || p > 60_000))
    return fail(
      'the processing time per record must be a whole number of ms from 0 to 60000',
      'processingMs',
    )
  if (cmd.config !== undefined) {
    const errors = validateConsumerConfig(
      cmd.config as Partial<ConsumerConfig>,
      base,
      sim.config.broker,
    )
    const e = errors[0]
    if (e !== undefined) return fail(e.message, e.field)
  }
  return OK
}

function checkTopics(sim: SimState, topics: unknown): CommandResult {
  if (!Array.isArray(topics) || topics.length === 0)
    return fail('subscribe to at least one topic', 'topics')
  for (const t of topics) {
    if (typeof t !== 'string' || topicNamed(sim, t) === undefined)
      return fail(`cannot subscribe to ${String(t)}: the topic does not exist`, 'topics')
    if (topicNamed(sim, t)?.internal) return fail(`${t} is an internal topic`, 'topics')
  }
  if (new Set(topics).size !== topics.length) return fail('a topic is listed twice', 'topics')
  return OK
}

export function validateGroupCommand(sim: SimState, cmd: GroupCommand): CommandResult {
  const exists = cmd.type !== 'addGroup'
  const id = checkGroupId(sim, cmd.group, exists)
  if (!id.ok) return id
  switch (cmd.type) {
    case 'addGroup': {
      if (groupEntry(sim, cmd.group) !== undefined)
        return fail(`group ${cmd.group} already exists`, 'group')
      if (Object.keys(sim.groups.groups).length >= MAX_GROUPS)
        return fail(`at most ${MAX_GROUPS} groups`, 'group')
      if (sim.topics[OFFSETS_TOPIC] === undefined && placeableBrokers(sim).length === 0)
        return fail(`no live broker can host ${OFFSETS_TOPIC} for the first group`, 'group')
      const t = checkTopics(sim, cmd.topics)
      if (!t.ok) return t
      const n = cmd.consumers
      if (n !== undefined && (!Number.isInteger(n) || n < 0 || n > MAX_CONSUMERS))
        return fail(`consumers must be between 0 and ${MAX_CONSUMERS}`, 'consumers')
      return checkSettings(sim, cmd, DEFAULT_CONSUMER_CONFIG)
    }
    case 'addConsumer':
      return checkAddConsumer(sim, cmd)
    case 'removeConsumer':
    case 'crashConsumer':
    case 'commitSync':
    case 'commitAsync':
      return checkClient(sim, cmd.group, cmd.clientId)
    case 'pauseConsumer': {
      const r = checkClient(sim, cmd.group, cmd.clientId)
      if (!r.ok) return r
      return typeof cmd.paused === 'boolean' ? OK : fail('paused must be true or false', 'paused')
    }
    case 'setGroupConfig':
      return checkSetConfig(sim, cmd)
    case 'resetOffsets':
      return planReset(sim, cmd).result
  }
}

function checkAddConsumer(
  sim: SimState,
  cmd: Extract<GroupCommand, { type: 'addConsumer' }>,
): CommandResult {
  const g = groupEntry(sim, cmd.group)
  if (g === undefined) return fail(`unknown group ${cmd.group}`, 'group')
  if (cmd.clientId !== undefined) {
    if (typeof cmd.clientId !== 'string' || !/^[a-zA-Z0-9._-]{1,64}$/.test(cmd.clientId))
      return fail('clientId must be 1–64 letters, digits, ".", "_" or "-"', 'clientId')
    const reserved = reservedName(cmd.clientId)
    if (reserved !== null) return fail(reserved, 'clientId')
    const c = consumerOf(sim, cmd.group, cmd.clientId)
    if (c?.status === 'running')
      return fail(`consumer ${cmd.clientId} is already running in group ${cmd.group}`, 'clientId')
  }
  const running = Object.values(g.consumers).filter((c) => c.status === 'running')
  if (running.length >= MAX_CONSUMERS)
    return fail(`at most ${MAX_CONSUMERS} consumers per group`, 'group')
  const iid = cmd.groupInstanceId
  if (iid !== undefined && iid !== null) {
    if (typeof iid !== 'string' || !INSTANCE_ID.test(iid) || iid === '.' || iid === '..')
      return fail(
        'group.instance.id must be 1–249 letters, digits, ".", "_" or "-", and not "." or ".."',
        'groupInstanceId',
      )
    const reserved = reservedName(iid)
    if (reserved !== null) return fail(reserved, 'groupInstanceId')
    if (running.some((c) => c.groupInstanceId === iid))
      return fail(
        `group.instance.id ${iid} is already used by a running consumer`,
        'groupInstanceId',
      )
  }
  return OK
}

function checkSetConfig(
  sim: SimState,
  cmd: Extract<GroupCommand, { type: 'setGroupConfig' }>,
): CommandResult {
  const g = groupEntry(sim, cmd.group)
  if (g === undefined) return fail(`unknown group ${cmd.group}`, 'group')
  if (
    cmd.strategy === undefined &&
    cmd.commitPolicy === undefined &&
    cmd.processingMs === undefined &&
    cmd.dedupe === undefined &&
    cmd.config === undefined
  )
    return fail(
      'nothing to change: give a strategy, a commit policy, a processing time or config',
      'config',
    )
  const r = checkSettings(sim, cmd, g.config)
  if (!r.ok || cmd.strategy === undefined) return r
  const next = strategyList(cmd.strategy)
  if (Object.keys(g.coord.members).length > 0 && !next.some((s) => g.strategy.includes(s)))
    return fail(
      `the members use ${g.strategy.join(', ')}; a list sharing none of them is refused by the coordinator (INCONSISTENT_GROUP_PROTOCOL). Roll out a list with both first`,
      'strategy',
    )
  return OK
}

export function applyGroupCommand(ctx: Ctx, cmd: GroupCommand): CommandResult {
  const { sim } = ctx
  const check = validateGroupCommand(sim, cmd)
  if (!check.ok) return check
  if (cmd.type === 'addGroup') {
    const strategy = cmd.strategy === undefined ? undefined : strategyList(cmd.strategy)
    const g = createGroup(
      ctx,
      cmd.group,
      cmd.topics,
      strategy,
      cmd.config,
      cmd.commitPolicy,
      cmd.processingMs,
      cmd.dedupe,
    )
    for (let i = 0; i < (cmd.consumers ?? 0); i++) startConsumer(ctx, g, undefined, null)
    return OK
  }
  const g = groupEntry(sim, cmd.group)
  if (g === undefined) return fail(`unknown group ${cmd.group}`, 'group')
  const c =
    'clientId' in cmd && cmd.clientId !== undefined
      ? consumerOf(sim, g.id, cmd.clientId)
      : undefined
  switch (cmd.type) {
    case 'addConsumer':
      startConsumer(ctx, g, cmd.clientId, cmd.groupInstanceId)
      break
    case 'removeConsumer':
      if (c !== undefined) closeConsumer(ctx, c)
      break
    case 'crashConsumer':
      if (c !== undefined) crashConsumer(ctx, c)
      break
    case 'pauseConsumer':
      if (c !== undefined && c.paused !== cmd.paused) setPaused(ctx, c, cmd.paused)
      break
    case 'commitSync':
    case 'commitAsync':
      if (c !== undefined) commitNow(ctx, c, cmd.type === 'commitSync')
      break
    case 'setGroupConfig':
      changeGroupSettings(ctx, cmd)
      break
    case 'resetOffsets': {
      const r = resetOffsets(ctx, g, cmd)
      if (!r.ok) return r
      break
    }
  }
  return OK
}
