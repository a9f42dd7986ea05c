// The consumer groups as the UI sees them: coordinator-side state (state, generation, assignor,
// leader), each consumer with what it owns and is about to give up, each partition with owner,
// position, committed offset, HW and lag (HW − committed, as kafka-consumer-groups.sh computes it),
// the consumption fate counters, and what describeGroups.ts prints. Messages are in SimView.

import type { AssignorName } from '../kafka/assignors'
import type { SimState } from '../model'
import { partitionKey } from '../model'
import type { CommitPolicy, ConsumerConfig } from './config'
import { rebalanceProtocolOf } from './config'
import { leaderReplica, offsetsPartitionOf } from './lookup'
import type { AppState, Consumer, ConsumerStatus, GroupEntry, GroupStateName } from './model'
import { processedSoFar } from './processRecords'

export type MemberState = 'stable' | 'joining' | 'slow' | 'dead' | 'idle' | 'paused'

export interface GroupMemberView {
  readonly clientId: string
  readonly memberId: string
  readonly groupInstanceId: string | null
  readonly host: string
  readonly state: MemberState
  readonly status: ConsumerStatus
  readonly app: AppState
  readonly leader: boolean
  readonly generation: number
  readonly assigned: readonly string[]
  readonly pendingRevoke: readonly string[]
  /** Whether the coordinator currently lists this member id. */
  readonly inGroup: boolean
  readonly msSinceLastPoll: number
  /** Records of the batch being processed, and how many of them are done. */
  readonly batchSize: number
  readonly batchDone: number
}

export interface GroupPartitionView {
  readonly partition: string
  readonly topic: string
  readonly index: number
  readonly owner: string | null
  readonly position: number | null
  readonly committed: number | null
  readonly hw: number | null
  readonly lag: number | null
}

/** What DescribeGroups and OffsetFetch return, for the CLI text (describeGroups.ts). */
export interface DescribeView {
  /** Coordinator members in its order; assignments only while Stable (GroupMetadata.summary). */
  readonly members: readonly {
    readonly memberId: string
    readonly clientId: string
    readonly host: string
    readonly assignment: readonly string[]
  }[]
  /** Every partition assigned or committed: committed offset and the leader's HW (null: none). */
  readonly offsets: Readonly<Record<string, { committed: number | null; logEnd: number | null }>>
}

export interface GroupView {
  readonly id: string
  readonly state: GroupStateName
  readonly generation: number
  readonly protocol: 'eager' | 'cooperative'
  readonly assignor: AssignorName | null
  readonly strategy: readonly AssignorName[]
  readonly topics: readonly string[]
  readonly commitPolicy: CommitPolicy
  /** Idempotent consumer (remembers processed record ids). */
  readonly dedupe: boolean
  readonly processingMs: number
  readonly config: ConsumerConfig
  readonly coordinator: number | null
  readonly offsetsPartition: string | null
  /** The leader member's client id. */
  readonly leaderMember: string | null
  readonly rebalanceReason: string
  readonly members: readonly GroupMemberView[]
  readonly partitions: readonly GroupPartitionView[]
  readonly lag: number
  readonly processed: number
  readonly processedTwice: number
  /** Redeliveries an idempotent consumer ignored. */
  readonly deduplicated: number
  readonly skipped: number
  readonly skippedByLatest: number
  readonly skippedByReset: number
  readonly expiredUnread: number
  readonly describe: DescribeView
}

export interface GroupsView {
  readonly groups: Readonly<Record<string, GroupView>>
}

function memberState(sim: SimState, g: GroupEntry, c: Consumer): MemberState {
  if (c.status !== 'running') return 'dead'
  if (c.paused) return 'paused'
  if (
    c.leftGroup ||
    (c.app !== 'polling' && sim.tick - c.lastPoll > g.config.maxPollIntervalMs / 2)
  )
    return 'slow'
  if (c.joinState === 'joining' || c.joinState === 'syncing' || c.generation < 0 || c.rejoinNeeded)
    return 'joining'
  return c.assigned.length === 0 ? 'idle' : 'stable'
}

function pendingRevoke(g: GroupEntry, c: Consumer): string[] {
  if (c.status !== 'running') return []
  if (c.closing) return c.assigned.slice()
  const pa = c.pendingAssignment
  if (pa !== null) return c.assigned.filter((p) => !pa.partitions.includes(p))
  if (c.rejoinNeeded && rebalanceProtocolOf(g.strategy) === 'eager') return c.assigned.slice()
  return []
}

/** Who consumes the partition: the running member of the newest generation, else a dead holder. */
/** sortedPartitions (topic, then partition number), each key parsed once rather than per compare. */
function inPartitionOrder(keys: Iterable<string>): string[] {
  const parsed: { p: string; t: string; n: number }[] = []
  for (const p of keys) {
    const i = p.lastIndexOf('-')
    parsed.push({ p, t: p.slice(0, i), n: Number(p.slice(i + 1)) })
  }
  parsed.sort((a, b) => (a.t === b.t ? a.n - b.n : a.t < b.t ? -1 : 1))
  return parsed.map((x) => x.p)
}

const rankOf = (c: Consumer): number =>
  c.status === 'running' && c.generation >= 0 ? c.generation : -2

/** ownerOf for every partition at once: the first consumer (in order) of the highest rank. */
function ownersOf(consumers: readonly Consumer[]): Map<string, Consumer> {
  const out = new Map<string, Consumer>()
  for (const c of consumers) {
    const rank = rankOf(c)
    for (const p of c.assigned) {
      const best = out.get(p)
      if (best === undefined || rank > rankOf(best)) out.set(p, c)
    }
  }
  return out
}

function hwOf(sim: SimState, p: string): number | null {
  return leaderReplica(sim, p)?.highWatermark ?? null
}

/** The group's total lag (HW − committed over its partitions), as buildGroup sums it. */
export function groupLag(sim: SimState, g: GroupEntry): number {
  let lag = 0
  for (const t of g.topics) {
    const n = sim.topics[t]?.partitions ?? 0
    for (let i = 0; i < n; i++) {
      const p = partitionKey(t, i)
      const committed = g.coord.offsets[p]
      if (committed === undefined) continue
      const hw = hwOf(sim, p)
      if (hw !== null) lag += hw - committed
    }
  }
  return lag
}

function buildGroup(sim: SimState, g: GroupEntry): GroupView {
  const coord = g.coord
  const memberIds = new Set(Object.keys(coord.members))
  const consumers = Object.values(g.consumers).filter(
    (c) => c.status !== 'closed' || memberIds.has(c.memberId),
  )
  const members: GroupMemberView[] = consumers.map((c) => {
    const b = c.batch
    return {
      clientId: c.clientId,
      memberId: c.memberId,
      groupInstanceId: c.groupInstanceId,
      host: c.host,
      state: memberState(sim, g, c),
      status: c.status,
      app: c.app,
      leader: c.memberId !== '' && coord.leader === c.memberId,
      generation: c.generation,
      assigned: c.assigned.slice(),
      pendingRevoke: pendingRevoke(g, c),
      inGroup: memberIds.has(c.memberId),
      msSinceLastPoll: c.app === 'polling' ? 0 : sim.tick - c.lastPoll,
      batchSize: b?.records.length ?? 0,
      batchDone: b === null ? 0 : processedSoFar(b, sim.tick),
    }
  })
  const owners = ownersOf(consumers)
  const partitions: GroupPartitionView[] = []
  let lag = 0
  for (const t of g.topics) {
    const n = sim.topics[t]?.partitions ?? 0
    for (let i = 0; i < n; i++) {
      const p = partitionKey(t, i)
      const owner = owners.get(p)
      const committed = coord.offsets[p] ?? null
      const hw = hwOf(sim, p)
      const l = committed === null || hw === null ? null : hw - committed
      if (l !== null) lag += l
      partitions.push({
        partition: p,
        topic: t,
        index: i,
        owner: owner?.clientId ?? null,
        position: owner?.positions[p] ?? null,
        committed,
        hw,
        lag: l,
      })
    }
  }
  const stable = coord.state === 'Stable'
  const dMembers = Object.values(coord.members).map((m) => ({
    memberId: m.memberId,
    clientId: m.clientId,
    host: m.host,
    assignment: stable ? m.assignment.slice() : [],
  }))
  const offsets: Record<string, { committed: number | null; logEnd: number | null }> = {}
  const all = new Set<string>(Object.keys(coord.offsets))
  for (const m of dMembers) for (const p of m.assignment) all.add(p)
  for (const p of inPartitionOrder(all))
    offsets[p] = { committed: coord.offsets[p] ?? null, logEnd: hwOf(sim, p) }
  const leader = coord.leader === null ? undefined : coord.members[coord.leader]
  return {
    id: g.id,
    state: coord.state,
    generation: coord.generation,
    protocol: rebalanceProtocolOf(g.strategy),
    assignor: coord.protocol,
    strategy: g.strategy.slice(),
    topics: g.topics.slice(),
    commitPolicy: g.commitPolicy,
    dedupe: g.dedupe,
    processingMs: g.processingMs,
    config: g.config,
    coordinator: coord.broker,
    offsetsPartition: offsetsPartitionOf(sim, g.id),
    leaderMember: leader?.clientId ?? null,
    rebalanceReason: coord.rebalanceReason,
    members,
    partitions,
    lag,
    processed: g.fate.processed,
    processedTwice: g.fate.reprocessed,
    deduplicated: g.fate.deduplicated,
    skipped: g.fate.skipped,
    skippedByLatest: g.fate.skippedByLatest,
    skippedByReset: g.fate.skippedByReset,
    expiredUnread: g.fate.expiredUnread,
    describe: { members: dMembers, offsets },
  }
}

export function buildGroupsView(sim: SimState): GroupsView {
  const groups: Record<string, GroupView> = {}
  for (const g of Object.values(sim.groups.groups)) groups[g.id] = buildGroup(sim, g)
  return { groups }
}
