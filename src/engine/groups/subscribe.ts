// new KafkaConsumer(config) + subscribe(topics) + the application's first poll(). A group is the
// shared settings of its consumers; client ids are short and stable (c1, c2, ...), hosts /10.0.0.n;
// restarting a dead client id starts a new process with the same id and group.instance.id. The
// first group creates __consumer_offsets; creating a group asks for the coordinators' watch
// (watch.ts).
// Simplified: all consumers of a group share one configuration.

import { type Ctx, emit } from '../ctx'
import type { AssignorName } from '../kafka/assignors'
import { coordinatorPartition } from '../kafka/javaHash'
import { requestRejoin } from './client'
import type { CommitPolicy, ConsumerConfig } from './config'
import {
  DEFAULT_CONSUMER_CONFIG,
  DEFAULT_PROCESSING_MS,
  DEFAULT_STRATEGY,
  OFFSETS_TOPIC,
  rebalanceProtocolOf,
  strategyList,
} from './config'
import { lookupCoordinator } from './findCoordinator'
import { startHeartbeatThread } from './heartbeat'
import { groupEntry, nextSeq, touches } from './lookup'
import type { Consumer, GroupEntry } from './model'
import { emptyCoordinatorGroup, emptyFate } from './model'
import { poll, refreshMetadata } from './poll'
import { ensureOffsetsTopic } from './storeGroup'
import { watchGroups } from './watch'

export function createGroup(
  ctx: Ctx,
  id: string,
  topics: readonly string[],
  strategy: readonly AssignorName[] | undefined,
  config: Partial<ConsumerConfig> | undefined,
  commitPolicy: CommitPolicy | undefined,
  processingMs: number | undefined,
  dedupe?: boolean,
): GroupEntry {
  const { sim } = ctx
  ensureOffsetsTopic(ctx)
  const partitionsAtStart: Record<string, number> = {}
  for (const t of topics) partitionsAtStart[t] = sim.topics[t]?.partitions ?? 0
  const g: GroupEntry = {
    id,
    topics: topics.slice(),
    strategy: (strategy ?? DEFAULT_STRATEGY).slice(),
    commitPolicy: commitPolicy ?? 'auto',
    processingMs: processingMs ?? DEFAULT_PROCESSING_MS,
    dedupe: dedupe ?? false,
    config: { ...DEFAULT_CONSUMER_CONFIG, ...config },
    createdTick: sim.tick,
    nextClient: 1,
    consumers: {},
    coord: emptyCoordinatorGroup(),
    fate: { ...emptyFate(), partitionsAtStart },
  }
  sim.groups.groups[id] = g
  emit(ctx, {
    type: 'groupCreated',
    group: id,
    topics: g.topics.slice(),
    strategy: g.strategy.slice(),
    protocol: rebalanceProtocolOf(g.strategy),
    offsetsPartition: coordinatorPartition(id, sim.topics[OFFSETS_TOPIC]?.partitions ?? 1),
    touches: touches(id),
  })
  watchGroups(sim)
  return g
}

function newConsumer(
  ctx: Ctx,
  g: GroupEntry,
  clientId: string,
  host: string,
  inc: number,
): Consumer {
  return {
    clientId,
    group: g.id,
    host,
    groupInstanceId: null,
    incarnation: inc,
    status: 'running',
    app: 'polling',
    paused: false,
    closing: false,
    coordinator: null,
    findRequest: 0,
    findBackoff: 0,
    memberId: '',
    generation: -1,
    protocol: null,
    isLeader: false,
    joinState: 'unjoined',
    rejoinNeeded: false,
    rejoinReason: '',
    joinRequest: 0,
    syncRequest: 0,
    heartbeatRequest: 0,
    leaveRequest: 0,
    leftGroup: false,
    pendingAssignment: null,
    prepared: false,
    assigned: [],
    positions: {},
    buffer: {},
    fetchRequests: {},
    offsetFetchRequest: 0,
    listOffsetsRequests: {},
    outOfRange: {},
    batch: null,
    lastPoll: ctx.sim.tick,
    nextAutoCommit: ctx.sim.tick + g.config.autoCommitIntervalMs,
    syncCommit: null,
    asyncCommits: {},
    pollSeq: 0,
    pollAt: -1,
    hbSeq: 0,
    leaders: {},
    partitionCounts: {},
    metadataAt: ctx.sim.tick,
    needMetadata: false,
    leaderEpochs: {},
    fetchEpochs: {},
    assignmentSnapshot: null,
    lastAssignment: [],
    lastGeneration: -1,
  }
}

/** Starts a consumer (or restarts a dead client id) and runs its first poll(). */
export function startConsumer(
  ctx: Ctx,
  g: GroupEntry,
  clientId: string | undefined,
  groupInstanceId: string | null | undefined,
): Consumer {
  const { sim } = ctx
  let id = clientId
  if (id === undefined) {
    while (Object.hasOwn(g.consumers, `c${g.nextClient}`)) g.nextClient++
    id = `c${g.nextClient++}`
  }
  const old = Object.hasOwn(g.consumers, id) ? g.consumers[id] : undefined
  const host = old?.host ?? `/10.0.0.${++sim.groups.hosts}`
  const c = newConsumer(ctx, g, id, host, (old?.incarnation ?? 0) + 1)
  c.groupInstanceId =
    groupInstanceId === undefined ? (old?.groupInstanceId ?? null) : groupInstanceId
  g.consumers[id] = c
  refreshMetadata(ctx, g, c, false)
  emit(ctx, {
    type: 'consumerStarted',
    group: g.id,
    clientId: id,
    groupInstanceId: c.groupInstanceId,
    restart: old !== undefined,
    touches: touches(g.id, id),
  })
  c.pollSeq = nextSeq(sim)
  startHeartbeatThread(ctx, c)
  lookupCoordinator(ctx, c)
  poll(ctx, c)
  return c
}

/** setGroupConfig: new settings for every consumer; a new assignor list makes each rejoin, as a rolling restart would. */
export function changeGroupSettings(
  ctx: Ctx,
  cmd: {
    group: string
    strategy?: AssignorName | AssignorName[]
    commitPolicy?: CommitPolicy
    processingMs?: number
    dedupe?: boolean
    config?: Partial<ConsumerConfig>
  },
): void {
  const g = groupEntry(ctx.sim, cmd.group)
  if (g === undefined) return
  const changes: string[] = []
  const values: Record<string, string> = {}
  const changed = (key: string, value: unknown) => {
    changes.push(key)
    values[key] = Array.isArray(value) ? `[${value.join(', ')}]` : String(value)
  }
  if (cmd.config !== undefined) {
    g.config = { ...g.config, ...cmd.config }
    for (const [k, v] of Object.entries(cmd.config)) changed(k, v)
  }
  if (cmd.commitPolicy !== undefined) {
    g.commitPolicy = cmd.commitPolicy
    changed('commitPolicy', cmd.commitPolicy)
  }
  if (cmd.processingMs !== undefined) {
    g.processingMs = cmd.processingMs
    changed('processingMs', `${cmd.processingMs} ms`)
  }
  if (cmd.dedupe !== undefined) {
    g.dedupe = cmd.dedupe
    changed('dedupe', cmd.dedupe)
  }
  const next = cmd.strategy === undefined ? null : strategyList(cmd.strategy)
  const strategyChanged = next !== null && next.join(',') !== g.strategy.join(',')
  if (next !== null) {
    g.strategy = next
    changed('strategy', next)
  }
  emit(ctx, { type: 'groupConfigChanged', group: g.id, changes, values, touches: touches(g.id) })
  if (!strategyChanged) return
  for (const c of Object.values(g.consumers))
    if (c.status === 'running')
      requestRejoin(ctx, c, 'partition.assignment.strategy changed (rolling restart)')
}
