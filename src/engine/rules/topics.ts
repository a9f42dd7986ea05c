// Admin operations on the cluster: brokers joining, topics created (replica placement as Kafka's
// AdminUtils.assignReplicasToBrokersRackUnaware with a seeded start index and shift) and
// partitions added (never removed; keyed records then map to other partitions). A new partition
// starts with all its live replicas in the ISR and its first live replica as leader, epoch 0.

import type { TopicLevelConfig } from '../config'
import { type Ctx, emit, touchBroker } from '../ctx'
import { createLog } from '../log/replicaLog'
import { sortedBrokerIds } from '../lookup'
import type { Broker, BrokerId, PartitionMeta, Replica, SimState } from '../model'
import { partitionKey, replicaKey } from '../model'
import { randomInt } from '../rng'
import { schedule } from '../scheduler'
import { scheduleIsrExpiration } from './isr'
import { publishPartition } from './metadata'
import { addPartitionsStartIndex, assignReplicasRackUnaware } from './placement'

export function newBroker(id: BrokerId): Broker {
  return {
    id,
    status: 'online',
    slowMs: 0,
    epoch: 1,
    incarnation: 1,
    fenced: false,
    shuttingDown: false,
    lastHeartbeat: 0,
    registeredEpoch: 1,
    fetchInFlight: {},
    parked: {},
    purgatory: {},
    purgatoryWake: -1,
    hosted: [],
  }
}

/** Starts a broker's periodic tasks (heartbeat, ISR expiration, HW checkpoint, flush, retention). */
export function startBrokerTasks(ctx: Ctx, b: Broker): void {
  const { sim } = ctx
  const cfg = sim.config.broker
  const inc = b.incarnation
  schedule(sim, randomInt(sim, cfg.brokerHeartbeatIntervalMs), {
    kind: 'heartbeat',
    broker: b.id,
    inc,
  })
  scheduleIsrExpiration(ctx, b.id, inc)
  schedule(sim, cfg.replicaHighWatermarkCheckpointIntervalMs, {
    kind: 'hwCheckpoint',
    broker: b.id,
    inc,
  })
  schedule(sim, cfg.pageCacheFlushIntervalMs, { kind: 'pageFlush', broker: b.id, inc })
  schedule(sim, cfg.logRetentionCheckIntervalMs, { kind: 'retentionCheck', broker: b.id, inc })
}

export function addBroker(ctx: Ctx): BrokerId {
  const { sim } = ctx
  const id = Math.max(0, ...sortedBrokerIds(sim)) + 1
  const b = newBroker(id)
  b.fenced = true
  b.registeredEpoch = 0
  sim.brokers[id] = b
  startBrokerTasks(ctx, b)
  emit(ctx, { type: 'brokerAdded', broker: id, touches: [touchBroker(id)] })
  return id
}

/** Kafka's Uuid.toString: 16 random bytes in unpadded base64url, 22 characters. */
export function newTopicId(sim: SimState): string {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'
  let out = ''
  for (let i = 0; i < 22; i++) out += alphabet[randomInt(sim, 64)]
  return out
}

export function placeableBrokers(sim: SimState): BrokerId[] {
  return sortedBrokerIds(sim).filter((id) => {
    const br = sim.brokers[id]
    return br !== undefined && br.status !== 'offline' && !br.fenced
  })
}

function createPartition(ctx: Ctx, topic: string, p: number, replicas: number[]): void {
  const { sim } = ctx
  const key = partitionKey(topic, p)
  const live = replicas.filter((b) => {
    const br = sim.brokers[b]
    return br !== undefined && br.status !== 'offline' && !br.fenced
  })
  const leader = live[0] ?? null
  const meta: PartitionMeta = {
    key,
    topic,
    partition: p,
    replicas: replicas.slice(),
    leader,
    leaderEpoch: 0,
    partitionEpoch: 0,
    isr: live.length > 0 ? live : replicas.slice(0, 1),
    offline: leader === null,
    lastLeaderChange: 'initial',
  }
  sim.partitions[key] = meta
  for (const b of replicas) {
    const r: Replica = {
      key: replicaKey(key, b),
      partition: key,
      brokerId: b,
      log: createLog(sim.tick),
      highWatermark: 0,
      hwCheckpoint: 0,
      epochCache: [],
      role: 'none',
      leaderId: null,
      leaderEpoch: -1,
      partitionEpoch: -1,
      isr: [],
      pendingIsr: null,
      followers: {},
      fetcher: 'none',
      truncationEpoch: -1,
      truncationToken: 0,
    }
    sim.replicas[r.key] = r
    sim.brokers[b]?.hosted.push(r.key)
  }
  publishPartition(ctx, meta)
}

export function createTopic(
  ctx: Ctx,
  name: string,
  partitions: number,
  replicationFactor: number,
  config: Partial<TopicLevelConfig> = {},
  assignment?: readonly (readonly number[])[],
  internal = false,
): void {
  const { sim } = ctx
  const brokers = placeableBrokers(sim)
  const n = brokers.length
  const placement =
    assignment?.map((r) => r.slice()) ??
    assignReplicasRackUnaware(
      partitions,
      replicationFactor,
      brokers,
      randomInt(sim, n),
      0,
      randomInt(sim, n),
    )
  sim.topics[name] = {
    name,
    topicId: newTopicId(sim),
    partitions,
    replicationFactor,
    config: { ...config },
    internal,
  }
  placement.forEach((replicas, p) => {
    createPartition(ctx, name, p, replicas)
  })
  emit(ctx, {
    type: 'topicCreated',
    topic: name,
    partitions,
    replicationFactor,
    touches: [`topic-${name}`],
  })
}

export function addPartitions(ctx: Ctx, name: string, total: number): void {
  const { sim } = ctx
  const topic = sim.topics[name]
  if (topic === undefined) return
  const from = topic.partitions
  const brokers = placeableBrokers(sim)
  const first = sim.partitions[partitionKey(name, 0)]?.replicas[0] ?? brokers[0] ?? 1
  const start = addPartitionsStartIndex(brokers, first)
  const placement = assignReplicasRackUnaware(
    total - from,
    topic.replicationFactor,
    brokers,
    start,
    from,
    start,
  )
  topic.partitions = total
  placement.forEach((replicas, i) => {
    createPartition(ctx, name, from + i, replicas)
  })
  emit(ctx, { type: 'partitionsAdded', topic: name, from, to: total, touches: [`topic-${name}`] })
}
