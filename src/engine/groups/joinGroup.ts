// The coordinator's JoinGroup (GroupCoordinator.handleJoinGroup). A dynamic member without an id
// gets MEMBER_ID_REQUIRED and "clientId-uuid" (KIP-394); a static one (KIP-345) replaces its old
// incarnation without a rebalance if the group is Stable and the chosen protocol stays (KIP-814's
// skipAssignment for a leader). A known member rejoining a Stable group rebalances it if it leads or
// changed its subscription. Simplified: no group.max.size, no expiry of pending member ids.

import type { Ctx } from '../ctx'
import { emit } from '../ctx'
import { syncCoordinator } from './loadGroup'
import { groupEntry, replyTo, seededUuid, touches } from './lookup'
import type { CoordinatorGroup, CoordinatorMember, GroupEntry } from './model'
import { type GroupRequest, joinGroupError, syncGroupError } from './protocol'
import {
  joinResponse,
  maybeCompleteJoin,
  prepareRebalance,
  scheduleSessionExpiry,
  selectProtocol,
} from './rebalance'
import { storeStaticMember } from './storeStaticMember'

type JoinRequest = Extract<GroupRequest, { api: 'JoinGroup' }>

function supportsProtocols(c: CoordinatorGroup, protocols: readonly string[]): boolean {
  const members = Object.values(c.members)
  if (members.length === 0) return protocols.length > 0
  return protocols.some((p) => members.every((m) => (m.protocols as string[]).includes(p)))
}

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x) => b.includes(x))
}

/** Whether the rejoin carries the same metadata (protocols and subscription bytes). */
function matchesMetadata(m: CoordinatorMember, req: JoinRequest): boolean {
  return (
    m.protocols.join(',') === req.protocols.join(',') &&
    sameSet(m.topics, req.topics) &&
    sameSet(m.owned, req.owned)
  )
}

function updateMember(m: CoordinatorMember, req: JoinRequest): void {
  m.protocols = req.protocols.slice()
  m.topics = req.topics.slice()
  m.owned = req.owned.slice()
  m.userData = req.userData.slice()
  m.ownedGeneration = req.ownedGeneration
  m.sessionTimeoutMs = req.sessionTimeoutMs
  m.rebalanceTimeoutMs = req.rebalanceTimeoutMs
}

function newMember(memberId: string, req: JoinRequest): CoordinatorMember {
  const m: CoordinatorMember = {
    memberId,
    clientId: req.clientId,
    host: req.host,
    groupInstanceId: req.groupInstanceId,
    protocols: [],
    topics: [],
    owned: [],
    userData: [],
    ownedGeneration: -1,
    rebalanceTimeoutMs: req.rebalanceTimeoutMs,
    sessionTimeoutMs: req.sessionTimeoutMs,
    assignment: [],
    joinRequest: req.id,
    syncRequest: 0,
    lastHeartbeat: 0,
    sessionSeq: 0,
  }
  updateMember(m, req)
  return m
}

export function handleJoinGroup(ctx: Ctx, broker: number, req: JoinRequest): void {
  const { sim } = ctx
  const g = groupEntry(sim, req.group)
  const fail = (error: Parameters<typeof joinGroupError>[1]) =>
    replyTo(sim, broker, req.group, req.clientId, joinGroupError(req.id, error, req.memberId))
  if (g === undefined) {
    fail('NOT_COORDINATOR')
    return
  }
  syncCoordinator(ctx, g)
  const c = g.coord
  if (c.broker !== broker) {
    fail('NOT_COORDINATOR')
    return
  }
  const { groupMinSessionTimeoutMs: lo, groupMaxSessionTimeoutMs: hi } = sim.config.broker
  if (req.sessionTimeoutMs < lo || req.sessionTimeoutMs > hi) {
    fail('INVALID_SESSION_TIMEOUT')
    return
  }
  if (c.state !== 'Empty' && !supportsProtocols(c, req.protocols)) {
    fail('INCONSISTENT_GROUP_PROTOCOL')
    return
  }
  if (req.memberId === '') {
    const memberId = `${req.clientId}-${seededUuid(sim)}`
    if (req.groupInstanceId === null) {
      c.pendingMembers.push(memberId)
      replyTo(
        sim,
        broker,
        g.id,
        req.clientId,
        joinGroupError(req.id, 'MEMBER_ID_REQUIRED', memberId),
      )
      return
    }
    const old = c.staticMembers[req.groupInstanceId]
    if (old !== undefined && Object.hasOwn(c.members, old))
      replaceStaticMember(ctx, g, old, memberId, req)
    else addMemberAndRebalance(ctx, g, memberId, req)
    return
  }
  const pending = c.pendingMembers.indexOf(req.memberId)
  if (pending >= 0) {
    c.pendingMembers.splice(pending, 1)
    addMemberAndRebalance(ctx, g, req.memberId, req)
    return
  }
  const m = Object.hasOwn(c.members, req.memberId) ? c.members[req.memberId] : undefined
  if (m === undefined) {
    fail('UNKNOWN_MEMBER_ID')
    return
  }
  if (req.groupInstanceId !== null && c.staticMembers[req.groupInstanceId] !== req.memberId) {
    fail('FENCED_INSTANCE_ID')
    return
  }
  switch (c.state) {
    case 'PreparingRebalance':
      updateMember(m, req)
      m.joinRequest = req.id
      maybeCompleteJoin(ctx, g)
      return
    case 'CompletingRebalance':
    case 'Stable': {
      const same = matchesMetadata(m, req)
      if (same && (c.state === 'CompletingRebalance' || c.leader !== m.memberId)) {
        replyTo(sim, broker, g.id, req.clientId, joinResponse(c, m, req.id))
        return
      }
      updateMember(m, req)
      m.joinRequest = req.id
      const why = same
        ? `the leader ${m.clientId} rejoined`
        : `${m.clientId} rejoined with a new subscription`
      prepareRebalance(ctx, g, `${why} (${req.reason})`)
      return
    }
    default:
      fail('UNKNOWN_MEMBER_ID')
  }
}

function addMemberAndRebalance(ctx: Ctx, g: GroupEntry, memberId: string, req: JoinRequest): void {
  const c = g.coord
  const m = newMember(memberId, req)
  c.members[memberId] = m
  if (m.groupInstanceId !== null) c.staticMembers[m.groupInstanceId] = memberId
  if (c.leader === null) c.leader = memberId
  if (c.state === 'PreparingRebalance' && c.rebalance?.kind === 'initial') c.newMemberAdded = true
  emit(ctx, {
    type: 'memberJoined',
    group: g.id,
    clientId: m.clientId,
    memberId,
    groupInstanceId: m.groupInstanceId,
    touches: touches(g.id, m.clientId),
  })
  if (c.state === 'PreparingRebalance') maybeCompleteJoin(ctx, g)
  else prepareRebalance(ctx, g, `member ${m.clientId} joined`)
}

/** GroupCoordinator.updateStaticMemberAndRebalance. */
function replaceStaticMember(
  ctx: Ctx,
  g: GroupEntry,
  oldId: string,
  newId: string,
  req: JoinRequest,
): void {
  const { sim } = ctx
  const c = g.coord
  const old = c.members[oldId] as CoordinatorMember
  const broker = c.broker as number
  if (old.joinRequest !== 0)
    replyTo(sim, broker, g.id, old.clientId, joinGroupError(old.joinRequest, 'FENCED_INSTANCE_ID'))
  if (old.syncRequest !== 0)
    replyTo(sim, broker, g.id, old.clientId, syncGroupError(old.syncRequest, 'FENCED_INSTANCE_ID'))
  delete c.members[oldId]
  const m: CoordinatorMember = { ...old, memberId: newId, joinRequest: 0, syncRequest: 0 }
  c.members[newId] = m
  c.staticMembers[req.groupInstanceId as string] = newId
  if (c.leader === oldId) c.leader = newId
  updateMember(m, req)
  emit(ctx, {
    type: 'memberJoined',
    group: g.id,
    clientId: m.clientId,
    memberId: newId,
    groupInstanceId: m.groupInstanceId,
    touches: touches(g.id, m.clientId),
  })
  if (c.state === 'Stable' && selectProtocol(c) === c.protocol) {
    // The selected protocol does not change: no rebalance, the new id takes the old assignment,
    // answered once the group record holding the new id is committed (storeStaticMember.ts).
    scheduleSessionExpiry(ctx, g, m)
    storeStaticMember(ctx, g, {
      instanceId: req.groupInstanceId as string,
      oldId,
      newId,
      joinId: req.id,
      clientId: req.clientId,
      old,
    })
    return
  }
  m.joinRequest = req.id
  if (c.state === 'PreparingRebalance') maybeCompleteJoin(ctx, g)
  else prepareRebalance(ctx, g, `static member ${m.clientId} rejoined`)
}
