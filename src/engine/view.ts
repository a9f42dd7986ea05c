// SimView: what crosses the worker boundary and what the UI renders. It is the state without the
// scheduler, RNG and log contents, plus a window of log cells for the partition in focus. Every
// collection is keyed by id so a frame can carry only the records that changed (diff.ts).

import type { ClusterConfig, ProducerConfig, TopicLevelConfig } from './config'
import { effectiveIdempotence, topicConfig } from './config'
import { buildGroupsView, type GroupsView } from './groups/view'
import type { EpochEntry } from './log/leaderEpochCache'
import type { BrokerStatus, Metrics, PartitionMeta, Replica, SimState } from './model'
import { replicaKey } from './model'
import { type MessageKind, messagesInFlight } from './network'
import { fetchMessageDetail } from './rules/fetchDetail'
import { buildFocus } from './viewFocus'

export interface BrokerView {
  readonly id: number
  readonly status: BrokerStatus
  readonly controller: boolean
  readonly voter: boolean
  readonly fenced: boolean
  readonly shuttingDown: boolean
  readonly slowMs: number
  readonly epoch: number
}

/** A follower's fetch parked at its leader (the long poll), from `since` until at most `until`. */
export interface ParkedFetchView {
  readonly leader: number
  readonly follower: number
  readonly since: number
  readonly until: number
}

export interface TopicView {
  readonly name: string
  readonly topicId: string
  readonly partitions: number
  readonly replicationFactor: number
  readonly internal: boolean
  readonly config: TopicLevelConfig
  readonly overrides: readonly string[]
}

export interface PartitionView {
  readonly key: string
  readonly topic: string
  readonly partition: number
  readonly replicas: readonly number[]
  readonly leader: number | null
  readonly leaderEpoch: number
  readonly isr: readonly number[]
  readonly offline: boolean
  readonly lastLeaderChange: PartitionMeta['lastLeaderChange']
  /** The leader's HW and LEO (what consumers and the CLI see). */
  readonly highWatermark: number
  readonly logEndOffset: number
  readonly logStartOffset: number
}

export interface ReplicaView {
  readonly key: string
  readonly partition: string
  readonly broker: number
  readonly role: 'leader' | 'follower' | 'none'
  readonly inSync: boolean
  readonly leo: number
  readonly hw: number
  readonly logStartOffset: number
  readonly leaderEpoch: number
  readonly fetcher: Replica['fetcher']
  readonly segments: number
  readonly flushedOffset: number
}

export interface ProducerBatchView {
  readonly id: number
  readonly partition: string
  readonly records: number
  readonly attempts: number
  readonly state: 'queued' | 'inFlight' | 'retrying'
}

export interface ProducerView {
  readonly id: string
  readonly config: ProducerConfig
  readonly idempotent: boolean
  readonly producerId: number
  readonly producerEpoch: number
  readonly autoRate: number
  readonly autoKeys: string
  readonly autoTopic: string
  readonly autoTopics: readonly string[]
  readonly batches: readonly ProducerBatchView[]
  readonly recent: SimState['producers'][string]['recent']
}

export interface MessageView {
  readonly id: number
  readonly kind: MessageKind
  readonly from: number | string
  readonly to: number | string
  readonly sendTick: number
  readonly recvTick: number
  readonly partitions: readonly string[]
  readonly records: number
  /** Per partition: records carried (fetch responses) or the fetch offset asked for (fetches). */
  readonly detail?: Readonly<Record<string, number>>
}

export interface CellView {
  readonly offset: number
  readonly epoch: number
  readonly key: string | null
  readonly value: string
  readonly recordId: number
  /** The record's timestamp (CreateTime: set by the producer at send(); for an internal record,
   *  its batch's max timestamp). */
  readonly timestamp: number
  readonly committed: boolean
  readonly lost: boolean
  readonly duplicated: boolean
}

export interface SegmentView {
  readonly baseOffset: number
  readonly fileName: string
  readonly bytes: number
  readonly index: readonly (readonly [number, number])[]
}

export interface FocusReplicaView {
  readonly broker: number
  readonly cells: readonly CellView[]
  readonly leo: number
  readonly hw: number
  readonly logStartOffset: number
  /** Offsets below this are on disk; above it, only in the OS page cache (lost on power failure). */
  readonly flushedOffset: number
  readonly segments: readonly SegmentView[]
  readonly epochCache: readonly EpochEntry[]
}

export interface FocusView {
  readonly partition: string
  readonly from: number
  readonly to: number
  readonly replicas: readonly FocusReplicaView[]
}

export interface Focus {
  readonly partition: string
  /** First offset to show; null follows the log end. */
  readonly from: number | null
  readonly size: number
}

export interface SimView {
  readonly tick: number
  readonly config: ClusterConfig
  readonly controller: { readonly activeId: number | null; readonly epoch: number }
  readonly brokers: Readonly<Record<string, BrokerView>>
  readonly topics: Readonly<Record<string, TopicView>>
  readonly partitions: Readonly<Record<string, PartitionView>>
  readonly replicas: Readonly<Record<string, ReplicaView>>
  readonly producers: Readonly<Record<string, ProducerView>>
  readonly messages: Readonly<Record<string, MessageView>>
  /** Parked follower fetches, keyed "<leader>><follower>" (kept apart so broker records stay stable). */
  readonly parked: Readonly<Record<string, ParkedFetchView>>
  readonly metrics: Metrics
  readonly groups: GroupsView
  readonly focus: FocusView | null
}

/** The messages in flight, as the view shows them (what changes on every frame while playing). */
export function buildMessages(sim: SimState): Record<string, MessageView> {
  const messages: Record<string, MessageView> = {}
  for (const m of messagesInFlight(sim)) {
    const detail =
      m.detail ??
      (m.kind === 'fetch' || m.kind === 'fetchResponse'
        ? fetchMessageDetail(m.kind, m.payload)
        : undefined)
    messages[m.id] = {
      id: m.id,
      kind: m.kind,
      from: m.from,
      to: m.to,
      sendTick: m.sendTick,
      recvTick: m.recvTick,
      partitions: m.partitions,
      records: m.records,
      ...(detail === undefined ? {} : { detail }),
    }
  }
  return messages
}

export function buildView(sim: SimState, focus: Focus | null = null): SimView {
  const brokers: Record<string, BrokerView> = {}
  for (const [id, b] of Object.entries(sim.brokers)) {
    brokers[id] = {
      id: b.id,
      status: b.status,
      controller: sim.controller.activeId === b.id,
      voter: sim.controller.voters.includes(b.id),
      fenced: b.fenced,
      shuttingDown: b.shuttingDown,
      slowMs: b.slowMs,
      epoch: b.epoch,
    }
  }
  const topics: Record<string, TopicView> = {}
  for (const [name, t] of Object.entries(sim.topics)) {
    topics[name] = {
      name,
      topicId: t.topicId,
      partitions: t.partitions,
      replicationFactor: t.replicationFactor,
      internal: t.internal,
      config: topicConfig(sim.config.broker, t.config),
      overrides: Object.keys(t.config),
    }
  }
  const partitions: Record<string, PartitionView> = {}
  const replicas: Record<string, ReplicaView> = {}
  for (const [key, m] of Object.entries(sim.partitions)) {
    const leader = m.leader === null ? undefined : sim.replicas[replicaKey(key, m.leader)]
    partitions[key] = {
      key,
      topic: m.topic,
      partition: m.partition,
      replicas: m.replicas,
      leader: m.leader,
      leaderEpoch: m.leaderEpoch,
      isr: m.isr,
      offline: m.offline,
      lastLeaderChange: m.lastLeaderChange,
      highWatermark: leader?.highWatermark ?? 0,
      logEndOffset: leader?.log.logEndOffset ?? 0,
      logStartOffset: leader?.log.logStartOffset ?? 0,
    }
    for (const b of m.replicas) {
      const r = sim.replicas[replicaKey(key, b)]
      if (r === undefined) continue
      replicas[r.key] = {
        key: r.key,
        partition: key,
        broker: b,
        role: sim.brokers[b]?.status === 'offline' ? 'none' : r.role,
        inSync: m.isr.includes(b),
        leo: r.log.logEndOffset,
        hw: r.highWatermark,
        logStartOffset: r.log.logStartOffset,
        leaderEpoch: r.leaderEpoch,
        fetcher: r.fetcher,
        segments: r.log.rolled.length + 1,
        flushedOffset: r.log.flushedOffset,
      }
    }
  }
  const producers: Record<string, ProducerView> = {}
  for (const [id, p] of Object.entries(sim.producers)) {
    const batches: ProducerBatchView[] = Object.values(p.batches).map((b) => ({
      id: b.id,
      partition: b.partition,
      records: b.recordIds.length,
      attempts: b.attempts,
      state: b.inFlight ? 'inFlight' : b.attempts > 0 ? 'retrying' : 'queued',
    }))
    producers[id] = {
      id,
      config: p.config,
      idempotent: effectiveIdempotence(p.config),
      producerId: p.producerId,
      producerEpoch: p.producerEpoch,
      autoRate: p.autoRate,
      autoKeys: p.autoKeys,
      autoTopic: p.autoTopic,
      autoTopics: p.autoTopics,
      batches,
      recent: p.recent,
    }
  }
  const parked: Record<string, ParkedFetchView> = {}
  for (const b of Object.values(sim.brokers)) {
    for (const f of Object.values(b.parked)) {
      parked[`${b.id}>${f.follower}`] = {
        leader: b.id,
        follower: f.follower,
        since: f.since,
        until: f.since + sim.config.broker.replicaFetchWaitMaxMs,
      }
    }
  }
  const messages = buildMessages(sim)
  return {
    tick: sim.tick,
    config: sim.config,
    controller: { activeId: sim.controller.activeId, epoch: sim.controller.epoch },
    brokers,
    topics,
    partitions,
    replicas,
    producers,
    messages,
    parked,
    metrics: { ...sim.metrics },
    groups: buildGroupsView(sim),
    focus: buildFocus(sim, focus),
  }
}
