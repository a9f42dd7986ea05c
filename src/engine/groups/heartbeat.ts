// Heartbeats and liveness. The coordinator evicts a member silent for session.timeout.ms (one
// parked in JoinGroup or SyncGroup is kept alive) and rebalances. The client's heartbeat thread
// beats every heartbeat.interval.ms once it has a generation, turns REBALANCE_IN_PROGRESS into a
// rejoin, and leaves the group itself when poll() was not called for max.poll.interval.ms.
// Simplified: the client has no session timer of its own.

import { type Ctx, emit } from '../ctx'
import { send } from '../network'
import { schedule } from '../scheduler'
import { failConsumer, requestRejoin, resetGeneration, sendLeaveGroup } from './client'
import { lookupCoordinator, markCoordinatorUnknown } from './findCoordinator'
import { groupEntry, nextSeq, replyTo, touches } from './lookup'
import type { Consumer, GroupEntry } from './model'
import { consumerEndpoint } from './model'
import type { GroupError, GroupRequest, GroupResponse } from './protocol'
import { removeMemberAndUpdateGroup, scheduleSessionExpiry } from './rebalance'

export function handleSessionExpiry(ctx: Ctx, g: GroupEntry, memberId: string, seq: number): void {
  const c = g.coord
  const m = Object.hasOwn(c.members, memberId) ? c.members[memberId] : undefined
  if (m === undefined || m.sessionSeq !== seq || c.broker === null) return
  if (m.joinRequest !== 0 || m.syncRequest !== 0) {
    scheduleSessionExpiry(ctx, g, m)
    return
  }
  removeMemberAndUpdateGroup(ctx, g, m, 'sessionTimeout')
}

export function handleHeartbeat(
  ctx: Ctx,
  broker: number,
  g: GroupEntry,
  req: Extract<GroupRequest, { api: 'Heartbeat' }>,
): void {
  const c = g.coord
  const m = Object.hasOwn(c.members, req.memberId) ? c.members[req.memberId] : undefined
  let error: GroupError = 'NONE'
  if (c.broker !== broker) error = 'NOT_COORDINATOR'
  else if (m === undefined || c.state === 'Empty' || c.state === 'Dead') error = 'UNKNOWN_MEMBER_ID'
  else if (req.groupInstanceId !== null && c.staticMembers[req.groupInstanceId] !== req.memberId)
    error = 'FENCED_INSTANCE_ID'
  else if (c.state === 'PreparingRebalance') error = 'REBALANCE_IN_PROGRESS'
  else if (req.generation !== c.generation) error = 'ILLEGAL_GENERATION'
  if (m !== undefined && (error === 'NONE' || error === 'REBALANCE_IN_PROGRESS'))
    scheduleSessionExpiry(ctx, g, m)
  replyTo(ctx.sim, broker, g.id, req.clientId, { api: 'Heartbeat', id: req.id, error })
}

/** Starts (or restarts) the client's heartbeat thread. */
export function startHeartbeatThread(ctx: Ctx, c: Consumer): void {
  c.hbSeq = nextSeq(ctx.sim)
  scheduleBeat(ctx, c)
}

function scheduleBeat(ctx: Ctx, c: Consumer): void {
  const g = groupEntry(ctx.sim, c.group)
  schedule(ctx.sim, g?.config.heartbeatIntervalMs ?? 300, {
    kind: 'group',
    group: c.group,
    action: 'heartbeat',
    member: c.clientId,
    gen: c.hbSeq,
  })
}

/** One round of the heartbeat thread. */
export function heartbeatTick(ctx: Ctx, c: Consumer, gen: number): void {
  const { sim } = ctx
  const g = groupEntry(sim, c.group)
  if (g === undefined || c.status !== 'running' || gen !== c.hbSeq) return
  scheduleBeat(ctx, c)
  if (c.joinState !== 'syncing' && c.joinState !== 'stable') return
  const since = sim.tick - c.lastPoll
  if (c.app !== 'polling' && since > g.config.maxPollIntervalMs && c.generation >= 0) {
    leaveOnPollTimeout(ctx, c, since, g.config.maxPollIntervalMs)
    return
  }
  if (c.coordinator === null) {
    lookupCoordinator(ctx, c)
    return
  }
  if (c.heartbeatRequest !== 0) return
  const id = nextSeq(sim)
  const req: GroupRequest = {
    api: 'Heartbeat',
    id,
    group: c.group,
    clientId: c.clientId,
    inc: c.incarnation,
    memberId: c.memberId,
    generation: c.generation,
    groupInstanceId: c.groupInstanceId,
  }
  if (send(sim, 'group', consumerEndpoint(c.group, c.clientId), c.coordinator, req) === null)
    markCoordinatorUnknown(ctx, c, 'connection refused')
  else c.heartbeatRequest = id
}

function leaveOnPollTimeout(ctx: Ctx, c: Consumer, since: number, max: number): void {
  emit(ctx, {
    type: 'consumerPollTimeout',
    group: c.group,
    clientId: c.clientId,
    sinceLastPollMs: since,
    maxPollIntervalMs: max,
    touches: touches(c.group, c.clientId),
  })
  if (c.groupInstanceId === null)
    sendLeaveGroup(ctx, c, 'consumer poll timeout has expired', 'pollTimeout')
  c.leftGroup = true
  c.generation = -1
  c.memberId = ''
  c.joinState = 'unjoined'
  c.heartbeatRequest = 0
  c.rejoinNeeded = true
  c.rejoinReason = 'max.poll.interval.ms expired: rejoining as a new member'
}

export function handleHeartbeatResponse(
  ctx: Ctx,
  c: Consumer,
  resp: Extract<GroupResponse, { api: 'Heartbeat' }>,
): void {
  if (resp.id !== c.heartbeatRequest) return
  c.heartbeatRequest = 0
  switch (resp.error) {
    case 'NONE':
      return
    case 'REBALANCE_IN_PROGRESS':
      requestRejoin(ctx, c, 'the coordinator answered a heartbeat with REBALANCE_IN_PROGRESS')
      return
    case 'ILLEGAL_GENERATION':
      resetGeneration(ctx, c, false, 'ILLEGAL_GENERATION from a heartbeat')
      return
    case 'UNKNOWN_MEMBER_ID':
      resetGeneration(ctx, c, true, 'UNKNOWN_MEMBER_ID from a heartbeat')
      return
    case 'FENCED_INSTANCE_ID':
      failConsumer(
        ctx,
        c,
        'FencedInstanceIdException',
        'another consumer took over its group.instance.id',
      )
      return
    default:
      markCoordinatorUnknown(ctx, c, resp.error, ['Heartbeat'])
  }
}
