// The consumer's side of a rebalance (AbstractCoordinator.ensureActiveGroup, ConsumerCoordinator),
// driven from poll(): onJoinPrepare (auto-commit first; eager revokes all, cooperative keeps and
// reports ownedPartitions, a reset generation loses them), JoinGroup (again at once after
// MEMBER_ID_REQUIRED), SyncGroup, then onJoinComplete: cooperative revokes owned − assigned and
// rejoins. Simplified: with auto-commit, cooperative revocation commits the revoked partitions.

import { type Ctx, emit } from '../ctx'
import { send } from '../network'
import { failConsumer, requestPoll, requestRejoin, resetGeneration } from './client'
import { positionsOf, startSyncCommit } from './commitOffsets'
import { rebalanceProtocolOf } from './config'
import { markCoordinatorUnknown } from './findCoordinator'
import { groupEntry, nextSeq, sortedPartitions, touches } from './lookup'
import type { Consumer, GroupEntry } from './model'
import { consumerEndpoint } from './model'
import type { GroupRequest, GroupResponse } from './protocol'
import { performAssignment } from './syncGroup'

/** Drops partitions from the consumer: position and fetched records go with them. */
export function dropPartitions(c: Consumer, parts: readonly string[]): void {
  const gone = new Set(parts)
  c.assigned = c.assigned.filter((p) => !gone.has(p))
  for (const p of parts) {
    delete c.positions[p]
    delete c.buffer[p]
    delete c.listOffsetsRequests[p]
  }
}

function sendRequest(ctx: Ctx, c: Consumer, req: GroupRequest): boolean {
  if (c.coordinator === null) return false
  if (send(ctx.sim, 'group', consumerEndpoint(c.group, c.clientId), c.coordinator, req) !== null)
    return true
  markCoordinatorUnknown(ctx, c, 'connection refused')
  return false
}

function sendJoinGroup(ctx: Ctx, g: GroupEntry, c: Consumer): void {
  const id = nextSeq(ctx.sim)
  const req: GroupRequest = {
    api: 'JoinGroup',
    id,
    group: c.group,
    clientId: c.clientId,
    inc: c.incarnation,
    memberId: c.memberId,
    groupInstanceId: c.groupInstanceId,
    host: c.host,
    protocols: g.strategy.slice(),
    topics: g.topics.slice(),
    owned: c.assigned.slice(),
    userData: c.lastAssignment.slice(),
    ownedGeneration: c.generation >= 0 ? c.generation : c.lastGeneration,
    sessionTimeoutMs: g.config.sessionTimeoutMs,
    rebalanceTimeoutMs: g.config.maxPollIntervalMs,
    reason: c.rejoinReason === '' ? 'joining the group' : c.rejoinReason,
  }
  // Still needed until a JoinGroup is on its way: a send to a coordinator that just died fails,
  // and the consumer must join once it has found the next one (a cooperative member that has
  // just revoked partitions would otherwise never rejoin, and they would stay unowned).
  if (!sendRequest(ctx, c, req)) return
  c.rejoinNeeded = false
  c.rejoinReason = ''
  c.joinState = 'joining'
  c.joinRequest = id
}

/** The group part of poll(): returns false when the application must wait for a commit. */
export function ensureActiveGroup(ctx: Ctx, g: GroupEntry, c: Consumer): boolean {
  if (c.pendingAssignment !== null && !onJoinComplete(ctx, g, c)) return false
  if (c.coordinator === null) return true
  const wantJoin = c.rejoinNeeded || c.joinState === 'unjoined'
  if (!wantJoin || c.joinState === 'joining' || c.joinState === 'syncing') return true
  const auto = g.commitPolicy === 'auto'
  if (auto && !c.prepared && c.generation >= 0 && c.assigned.length > 0) {
    c.prepared = true
    if (startSyncCommit(ctx, c, positionsOf(c), 'revoke', 'poll')) return false
  }
  c.prepared = false
  onJoinPrepare(ctx, g, c)
  sendJoinGroup(ctx, g, c)
  return true
}

function onJoinPrepare(ctx: Ctx, g: GroupEntry, c: Consumer): void {
  const owned = c.assigned.slice()
  if (owned.length === 0) return
  if (c.generation < 0 || c.memberId === '') {
    emit(ctx, {
      type: 'partitionsLost',
      group: g.id,
      clientId: c.clientId,
      partitions: owned,
      touches: touches(g.id, c.clientId),
    })
    dropPartitions(c, owned)
    return
  }
  if (rebalanceProtocolOf(g.strategy) === 'cooperative') {
    const gone = owned.filter((p) => !g.topics.includes(p.slice(0, p.lastIndexOf('-'))))
    if (gone.length > 0) revoke(ctx, g, c, gone, 'cooperative')
    return
  }
  revoke(ctx, g, c, owned, 'eager')
}

function revoke(
  ctx: Ctx,
  g: GroupEntry,
  c: Consumer,
  parts: string[],
  protocol: 'eager' | 'cooperative',
): void {
  emit(ctx, {
    type: 'partitionsRevoked',
    group: g.id,
    clientId: c.clientId,
    partitions: parts,
    protocol,
    touches: touches(g.id, c.clientId),
  })
  dropPartitions(c, parts)
}

/** ConsumerCoordinator.onJoinComplete, run by poll(); false while a revocation commit is out. */
function onJoinComplete(ctx: Ctx, g: GroupEntry, c: Consumer): boolean {
  const pa = c.pendingAssignment
  if (pa === null) return true
  const target = new Set(pa.partitions)
  const revoked = c.assigned.filter((p) => !target.has(p))
  if (revoked.length > 0) {
    if (g.commitPolicy === 'auto' && !c.prepared) {
      c.prepared = true
      if (startSyncCommit(ctx, c, positionsOf(c, revoked), 'revoke', 'poll')) return false
    }
    c.prepared = false
    revoke(ctx, g, c, revoked, rebalanceProtocolOf(g.strategy))
  }
  const added = pa.partitions.filter((p) => !c.assigned.includes(p))
  c.assigned = sortedPartitions(pa.partitions)
  c.pendingAssignment = null
  c.lastAssignment = c.assigned.slice()
  c.lastGeneration = pa.generation
  for (const p of added) {
    delete c.positions[p]
    delete c.buffer[p]
  }
  if (added.length > 0) {
    emit(ctx, {
      type: 'partitionsAssigned',
      group: g.id,
      clientId: c.clientId,
      partitions: added,
      generation: pa.generation,
      touches: touches(g.id, c.clientId),
    })
  }
  if (c.assigned.length === 0) {
    emit(ctx, {
      type: 'consumerIdle',
      group: g.id,
      clientId: c.clientId,
      generation: pa.generation,
      touches: touches(g.id, c.clientId),
    })
  }
  if (revoked.length > 0 && rebalanceProtocolOf(g.strategy) === 'cooperative')
    requestRejoin(ctx, c, `revoked ${revoked.join(', ')}: rejoining so they can be reassigned`)
  return true
}

export function handleJoinGroupResponse(
  ctx: Ctx,
  c: Consumer,
  resp: Extract<GroupResponse, { api: 'JoinGroup' }>,
): void {
  const g = groupEntry(ctx.sim, c.group)
  if (g === undefined || resp.id !== c.joinRequest) return
  c.joinRequest = 0
  c.joinState = 'unjoined'
  switch (resp.error) {
    case 'NONE': {
      c.memberId = resp.memberId
      c.generation = resp.generation
      c.protocol = resp.protocol
      c.isLeader = resp.leader === resp.memberId
      const assignments =
        c.isLeader && !resp.skipAssignment ? performAssignment(ctx, c, resp) : null
      if (!c.isLeader) c.assignmentSnapshot = null
      const id = nextSeq(ctx.sim)
      const req: GroupRequest = {
        api: 'SyncGroup',
        id,
        group: c.group,
        clientId: c.clientId,
        inc: c.incarnation,
        memberId: c.memberId,
        generation: c.generation,
        assignments,
      }
      if (!sendRequest(ctx, c, req)) return
      c.joinState = 'syncing'
      c.syncRequest = id
      return
    }
    case 'MEMBER_ID_REQUIRED':
      c.memberId = resp.memberId
      sendJoinGroup(ctx, g, c)
      return
    case 'UNKNOWN_MEMBER_ID':
      resetGeneration(ctx, c, true, 'UNKNOWN_MEMBER_ID from JoinGroup')
      return
    case 'ILLEGAL_GENERATION':
      resetGeneration(ctx, c, false, 'ILLEGAL_GENERATION from JoinGroup')
      return
    case 'INCONSISTENT_GROUP_PROTOCOL':
    case 'INVALID_SESSION_TIMEOUT':
    case 'FENCED_INSTANCE_ID':
      failConsumer(ctx, c, resp.error, 'JoinGroup was refused')
      return
    default:
      markCoordinatorUnknown(ctx, c, resp.error, ['JoinGroup'])
      requestRejoin(ctx, c, `JoinGroup failed with ${resp.error}`)
  }
}

export function handleSyncGroupResponse(
  ctx: Ctx,
  c: Consumer,
  resp: Extract<GroupResponse, { api: 'SyncGroup' }>,
): void {
  if (resp.id !== c.syncRequest) return
  c.syncRequest = 0
  switch (resp.error) {
    case 'NONE':
      c.joinState = 'stable'
      c.pendingAssignment = { generation: resp.generation, partitions: resp.assignment.slice() }
      requestPoll(ctx, c)
      return
    case 'REBALANCE_IN_PROGRESS':
      c.joinState = 'unjoined'
      requestRejoin(ctx, c, 'REBALANCE_IN_PROGRESS from SyncGroup')
      return
    case 'UNKNOWN_MEMBER_ID':
      resetGeneration(ctx, c, true, 'UNKNOWN_MEMBER_ID from SyncGroup')
      return
    case 'ILLEGAL_GENERATION':
      resetGeneration(ctx, c, false, 'ILLEGAL_GENERATION from SyncGroup')
      return
    case 'FENCED_INSTANCE_ID':
      failConsumer(ctx, c, resp.error, 'SyncGroup was refused')
      return
    default:
      c.joinState = 'unjoined'
      markCoordinatorUnknown(ctx, c, resp.error, ['SyncGroup'])
      requestRejoin(ctx, c, `SyncGroup failed with ${resp.error}`)
  }
}
