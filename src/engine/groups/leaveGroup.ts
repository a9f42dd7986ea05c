// The coordinator's LeaveGroup (GroupCoordinator.handleLeaveGroup): the member is removed at once
// and a Stable group rebalances without waiting for its session to expire. A consumer sends it
// from close() and when its heartbeat thread finds max.poll.interval.ms exceeded; static members
// (group.instance.id) never send it, so they are only evicted by the session timeout.
// Simplified: one member per request (no batched KIP-345 leave of several instances).

import type { Ctx } from '../ctx'
import { syncCoordinator } from './loadGroup'
import { groupEntry, replyTo } from './lookup'
import type { GroupError, GroupRequest } from './protocol'
import { maybeCompleteJoin, removeMemberAndUpdateGroup } from './rebalance'

export function handleLeaveGroup(
  ctx: Ctx,
  broker: number,
  req: Extract<GroupRequest, { api: 'LeaveGroup' }>,
): void {
  const { sim } = ctx
  const g = groupEntry(sim, req.group)
  let error: GroupError = 'NONE'
  if (g === undefined) error = 'NOT_COORDINATOR'
  else {
    syncCoordinator(ctx, g)
    const c = g.coord
    const m = Object.hasOwn(c.members, req.memberId) ? c.members[req.memberId] : undefined
    const pending = c.pendingMembers.indexOf(req.memberId)
    if (c.broker !== broker) error = 'NOT_COORDINATOR'
    else if (pending >= 0) {
      c.pendingMembers.splice(pending, 1)
      maybeCompleteJoin(ctx, g)
    } else if (m === undefined) error = 'UNKNOWN_MEMBER_ID'
    else removeMemberAndUpdateGroup(ctx, g, m, req.why)
  }
  replyTo(sim, broker, req.group, req.clientId, { api: 'LeaveGroup', id: req.id, error })
}
