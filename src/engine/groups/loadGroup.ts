// Coordinator moves (GroupCoordinator.onElection / onResignation): the coordinator is the live broker
// leading the group's __consumer_offsets partition (highest epoch). It replays that log: the last
// group record (generation, protocol, members with fresh session timers) and the last commit per
// partition. The old one answers parked JoinGroup/SyncGroup with NOT_COORDINATOR (also those
// waiting for their group record to commit) and fails parked commits. Simplified: loading is
// instant; a zombie leader loses the group to a higher epoch.

import { get } from '../chunks'
import { type Ctx, emit, touchBroker } from '../ctx'
import type { AssignorName } from '../kafka/assignors'
import type { Batch } from '../model'
import { replicaKey } from '../model'
import { abandonSync } from './completeSync'
import { actingLeader, offsetsPartitionOf, replyTo, touches } from './lookup'
import type { CoordinatorMember, GroupEntry } from './model'
import { emptyCoordinatorGroup } from './model'
import { joinGroupError, syncGroupError } from './protocol'
import { scheduleSessionExpiry } from './rebalance'
import { failAllAppends } from './storeGroup'
import { abandonStaticStores } from './storeStaticMember'

interface StoredMember {
  memberId: string
  clientId: string
  host: string
  groupInstanceId: string | null
  protocols: AssignorName[]
  topics: string[]
  sessionTimeoutMs: number
  rebalanceTimeoutMs: number
  assignment: string[]
}

interface StoredGroup {
  generation: number
  protocol: AssignorName | null
  leader: string | null
  members: StoredMember[]
}

/** Moves the group to the broker now leading its offsets partition, if that changed. */
export function syncCoordinator(ctx: Ctx, g: GroupEntry): void {
  const { sim } = ctx
  const p = offsetsPartitionOf(sim, g.id)
  if (p === null) return
  const r = actingLeader(sim, p)
  const c = g.coord
  const to = r?.brokerId ?? null
  if (c.broker === to && (r === undefined || c.leaderEpoch === r.leaderEpoch)) return
  const from = c.broker
  if (from !== null) unloadGroup(ctx, g, from)
  if (r !== undefined) loadGroup(ctx, g, r.brokerId, r.leaderEpoch, p)
  if (from === to && to !== null) return
  emit(ctx, {
    type: 'coordinatorMoved',
    group: g.id,
    from,
    to,
    generation: g.coord.generation,
    members: Object.keys(g.coord.members).length,
    offsetsPartition: p,
    touches: [...touches(g.id), ...(to === null ? [] : [touchBroker(to)])],
  })
}

function unloadGroup(ctx: Ctx, g: GroupEntry, broker: number): void {
  const c = g.coord
  abandonSync(ctx, g)
  abandonStaticStores(ctx, g, broker)
  for (const m of Object.values(c.members)) {
    if (m.joinRequest !== 0)
      replyTo(ctx.sim, broker, g.id, m.clientId, joinGroupError(m.joinRequest, 'NOT_COORDINATOR'))
    if (m.syncRequest !== 0)
      replyTo(ctx.sim, broker, g.id, m.clientId, syncGroupError(m.syncRequest, 'NOT_COORDINATOR'))
    m.joinRequest = 0
    m.syncRequest = 0
  }
  failAllAppends(ctx, g, broker)
  c.broker = null
  c.rebalance = null
}

function parse(value: string): StoredGroup | { partition: string; offset: number } | null {
  let v: unknown
  try {
    v = JSON.parse(value)
  } catch {
    return null
  }
  if (typeof v !== 'object' || v === null) return null
  const o = v as Record<string, unknown>
  if (typeof o.offset === 'number' && typeof o.partition === 'string')
    return { partition: o.partition, offset: o.offset }
  if (typeof o.generation === 'number' && Array.isArray(o.members))
    return o as unknown as StoredGroup
  return null
}

function loadGroup(ctx: Ctx, g: GroupEntry, broker: number, epoch: number, p: string): void {
  const { sim } = ctx
  const r = sim.replicas[replicaKey(p, broker)]
  const c = emptyCoordinatorGroup()
  c.broker = broker
  c.leaderEpoch = epoch
  let stored: StoredGroup | null = null
  const log = r?.log
  for (let i = 0; log !== undefined && i < log.batches.length; i++) {
    const b = get(log.batches, i) as Batch
    for (const rec of b.records ?? []) {
      if (rec.key === null) continue
      if (rec.key !== g.id && !rec.key.startsWith(`${g.id}/`)) continue
      const v = parse(rec.value)
      if (v === null) continue
      if ('offset' in v) c.offsets[v.partition] = v.offset
      else stored = v
    }
  }
  if (stored !== null) {
    c.generation = stored.generation
    c.protocol = stored.protocol
    c.leader = stored.leader
    for (const s of stored.members) {
      const m: CoordinatorMember = {
        memberId: s.memberId,
        clientId: s.clientId,
        host: s.host,
        groupInstanceId: s.groupInstanceId,
        protocols: s.protocols.slice(),
        topics: s.topics.slice(),
        owned: s.assignment.slice(),
        userData: s.assignment.slice(),
        ownedGeneration: stored.generation,
        rebalanceTimeoutMs: s.rebalanceTimeoutMs,
        sessionTimeoutMs: s.sessionTimeoutMs,
        assignment: s.assignment.slice(),
        joinRequest: 0,
        syncRequest: 0,
        lastHeartbeat: sim.tick,
        sessionSeq: 0,
      }
      c.members[m.memberId] = m
      if (m.groupInstanceId !== null) c.staticMembers[m.groupInstanceId] = m.memberId
    }
  }
  c.state = Object.keys(c.members).length > 0 ? 'Stable' : 'Empty'
  g.coord = c
  for (const m of Object.values(c.members)) scheduleSessionExpiry(ctx, g, m)
}
