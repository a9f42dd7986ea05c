// SyncGroup. The leader computes the assignment client side (ConsumerCoordinator.onLeaderElected:
// the chosen assignor over the members in java.util.HashMap order, with fresh metadata, remembered
// to notice partition changes). The coordinator parks SyncGroups in CompletingRebalance until the
// leader's arrives and stores the group; the answers wait until the group record is committed
// (completeSync.ts), then the group is Stable.

import type { Ctx } from '../ctx'
import { type AssignorMember, assignPartitions } from '../kafka/assignors'
import { javaHashMapOrder } from '../kafka/javaHash'
import { storeAssignment } from './completeSync'
import { syncCoordinator } from './loadGroup'
import { groupEntry, replyTo } from './lookup'
import type { Consumer } from './model'
import { type GroupError, type GroupRequest, type GroupResponse, syncGroupError } from './protocol'

type SyncRequest = Extract<GroupRequest, { api: 'SyncGroup' }>

/** The leader's assignment (AbstractPartitionAssignor.assign via the chosen assignor). */
export function performAssignment(
  ctx: Ctx,
  c: Consumer,
  resp: Extract<GroupResponse, { api: 'JoinGroup' }>,
): Record<string, string[]> {
  const { sim } = ctx
  const protocol = resp.protocol ?? 'range'
  const topics: Record<string, number> = {}
  for (const m of resp.members)
    for (const t of m.topics) {
      const n = sim.topics[t]?.partitions
      if (n !== undefined) topics[t] = n
    }
  for (const t of Object.keys(topics)) c.partitionCounts[t] = topics[t] as number
  c.assignmentSnapshot = { ...topics }
  const byId = new Map(resp.members.map((m) => [m.memberId, m]))
  const members: AssignorMember[] = javaHashMapOrder(resp.members.map((m) => m.memberId)).map(
    (id) => {
      const m = byId.get(id)
      return {
        memberId: id,
        groupInstanceId: m?.groupInstanceId ?? null,
        topics: m?.topics.slice() ?? [],
        ownedPartitions: (protocol === 'sticky' ? m?.userData : m?.owned)?.slice() ?? [],
        generation: m === undefined || m.generation < 0 ? null : m.generation,
      }
    },
  )
  return assignPartitions(protocol, topics, members)
}

export function handleSyncGroup(ctx: Ctx, broker: number, req: SyncRequest): void {
  const { sim } = ctx
  const g = groupEntry(sim, req.group)
  const fail = (error: GroupError) =>
    replyTo(sim, broker, req.group, req.clientId, syncGroupError(req.id, error))
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
  const m = Object.hasOwn(c.members, req.memberId) ? c.members[req.memberId] : undefined
  if (m === undefined) {
    fail('UNKNOWN_MEMBER_ID')
    return
  }
  if (req.generation !== c.generation) {
    fail('ILLEGAL_GENERATION')
    return
  }
  switch (c.state) {
    case 'PreparingRebalance':
      fail('REBALANCE_IN_PROGRESS')
      return
    case 'Stable':
      replyTo(sim, broker, g.id, req.clientId, {
        api: 'SyncGroup',
        id: req.id,
        error: 'NONE',
        generation: c.generation,
        assignment: m.assignment.slice(),
      })
      return
    case 'CompletingRebalance':
      break
    default:
      fail('UNKNOWN_MEMBER_ID')
      return
  }
  m.syncRequest = req.id
  if (req.memberId !== c.leader || req.assignments === null || c.syncStore !== null) return
  storeAssignment(ctx, g, req.assignments)
}
