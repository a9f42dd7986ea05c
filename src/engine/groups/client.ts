// Small pieces of the consumer client's state machine used by several rules: waking the
// application thread's poll(), asking to rejoin (AbstractCoordinator.requestRejoin), forgetting the
// generation after an error (resetGenerationOnResponseError) and failing for good. Simplified:
// an exception that would surface from poll() stops the consumer, which then leaves the group.

import { type Ctx, emit } from '../ctx'
import { send } from '../network'
import { schedule } from '../scheduler'
import { nextSeq, touches } from './lookup'
import type { Consumer } from './model'
import { consumerEndpoint } from './model'

/**
 * Runs the application's poll() after `delay` if it is waiting in poll(). A wake-up already due no
 * later stands (poll() works out its next wake-up itself); a sooner one replaces it.
 */
export function requestPoll(ctx: Ctx, c: Consumer, delay = 0): void {
  if (c.status !== 'running' || c.app !== 'polling') return
  const now = ctx.sim.tick
  const at = now + (delay > 0 ? Math.round(delay) : 0)
  if (c.pollAt >= now && c.pollAt <= at) return
  c.pollSeq = nextSeq(ctx.sim)
  c.pollAt = at
  schedule(ctx.sim, delay, {
    kind: 'group',
    group: c.group,
    action: 'poll',
    member: c.clientId,
    gen: c.pollSeq,
  })
}

/** A leader error or a missing leader: refresh metadata before fetching, soon. */
export function wantMetadata(ctx: Ctx, c: Consumer): void {
  c.needMetadata = true
  requestPoll(ctx, c, ctx.sim.groups.groups[c.group]?.config.retryBackoffMs ?? 10)
}

export function requestRejoin(ctx: Ctx, c: Consumer, reason: string): void {
  if (!c.rejoinNeeded) c.rejoinReason = reason
  c.rejoinNeeded = true
  requestPoll(ctx, c)
}

/** The coordinator no longer knows this generation (or member): the owned partitions are lost. */
export function resetGeneration(
  ctx: Ctx,
  c: Consumer,
  resetMemberId: boolean,
  reason: string,
): void {
  c.generation = -1
  if (resetMemberId) c.memberId = ''
  c.joinState = 'unjoined'
  c.joinRequest = 0
  c.syncRequest = 0
  c.heartbeatRequest = 0
  c.pendingAssignment = null
  requestRejoin(ctx, c, reason)
}

/** A fatal error: the application's poll() throws and it closes the consumer (no commit). */
export function failConsumer(ctx: Ctx, c: Consumer, error: string, detail: string): void {
  if (c.status !== 'running') return
  if (
    c.memberId !== '' &&
    c.generation >= 0 &&
    c.groupInstanceId === null &&
    c.coordinator !== null
  )
    sendLeaveGroup(ctx, c, `consumer failed: ${error}`)
  c.status = 'failed'
  c.app = 'stopped'
  c.batch = null
  emit(ctx, {
    type: 'consumerFailed',
    group: c.group,
    clientId: c.clientId,
    error,
    detail,
    touches: touches(c.group, c.clientId),
  })
}

/** LeaveGroup, fire and forget (AbstractCoordinator.maybeLeaveGroup). */
export function sendLeaveGroup(
  ctx: Ctx,
  c: Consumer,
  reason: string,
  why: 'leave' | 'pollTimeout' = 'leave',
): void {
  if (c.coordinator === null || c.memberId === '') return
  const id = nextSeq(ctx.sim)
  c.leaveRequest = id
  send(ctx.sim, 'group', consumerEndpoint(c.group, c.clientId), c.coordinator, {
    api: 'LeaveGroup',
    id,
    group: c.group,
    clientId: c.clientId,
    inc: c.incarnation,
    memberId: c.memberId,
    why,
    reason,
  })
}
