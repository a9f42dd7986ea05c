// A static member (KIP-345) that replaces its old incarnation in a Stable group without a rebalance
// gets its new member id persisted first (GroupCoordinator.updateStaticMemberAndRebalance ->
// storeGroup and its callback): the group record is appended to the group's __consumer_offsets
// partition, and the new incarnation's JoinGroup is answered only once the HW covers it. If the
// append fails, the replacement is reverted (the old member id is back, with its session renewed)
// and the JoinGroup fails with the append's error: NOT_COORDINATOR (the coordinator lost the
// partition), COORDINATOR_NOT_AVAILABLE (the ISR is under min.insync.replicas) or
// REBALANCE_IN_PROGRESS (offsets.commit.timeout.ms passed). Like the SyncGroup's record
// (completeSync.ts), the wait ends in the tick the HW covers it (watch.ts).

import { type Ctx, emit, touchBroker } from '../ctx'
import { OFFSETS_COMMIT_TIMEOUT_MS } from './config'
import { offsetsPartitionOf, replyTo, touches } from './lookup'
import type { CoordinatorMember, GroupEntry, PendingStaticStore } from './model'
import { joinGroupError } from './protocol'
import { joinResponse, scheduleSessionExpiry } from './rebalance'
import { appendOutcome, coordinatorReplica, storeGroup } from './storeGroup'
import { watchGroups } from './watch'

type StoreError = 'NOT_COORDINATOR' | 'COORDINATOR_NOT_AVAILABLE' | 'REBALANCE_IN_PROGRESS'

/** Appends the group record with the new member id and parks the new incarnation's JoinGroup. */
export function storeStaticMember(
  ctx: Ctx,
  g: GroupEntry,
  replaced: Omit<PendingStaticStore, 'requiredOffset' | 'leaderEpoch' | 'deadline'>,
): void {
  const res = storeGroup(ctx, g)
  const r = coordinatorReplica(ctx, g)
  if (typeof res !== 'number' || r === undefined) {
    const error = typeof res === 'number' ? 'NOT_COORDINATOR' : res
    revert(ctx, g, { ...replaced, requiredOffset: 0, leaderEpoch: -1, deadline: 0 }, error)
    return
  }
  g.coord.staticStores[replaced.newId] = {
    ...replaced,
    requiredOffset: res,
    leaderEpoch: r.leaderEpoch,
    deadline: ctx.sim.tick + OFFSETS_COMMIT_TIMEOUT_MS,
  }
  watchGroups(ctx.sim)
  completeStaticStores(ctx, g)
}

/** DelayedProduce.tryComplete for the static members' records: answers or reverts each. */
export function completeStaticStores(ctx: Ctx, g: GroupEntry): void {
  const c = g.coord
  for (const id in c.staticStores) {
    const s = c.staticStores[id] as PendingStaticStore
    const error =
      c.broker === null ? 'NOT_COORDINATOR' : appendOutcome(ctx, g, s, 'REBALANCE_IN_PROGRESS')
    if (error === null) continue
    delete c.staticStores[id]
    if (error === 'NONE') answer(ctx, g, s)
    else revert(ctx, g, s, error)
  }
}

/** The coordinator unloads the group: every parked replacement fails with NOT_COORDINATOR. */
export function abandonStaticStores(ctx: Ctx, g: GroupEntry, broker: number): void {
  const c = g.coord
  for (const id in c.staticStores) {
    const s = c.staticStores[id] as PendingStaticStore
    delete c.staticStores[id]
    revert(ctx, g, s, 'NOT_COORDINATOR', broker)
  }
}

function answer(ctx: Ctx, g: GroupEntry, s: PendingStaticStore): void {
  const c = g.coord
  const m = c.members[s.newId]
  if (m === undefined || c.broker === null) return
  replyTo(ctx.sim, c.broker, g.id, s.clientId, joinResponse(c, m, s.joinId, c.leader === s.newId))
}

/** The store callback's error branch: the old member id is back and the JoinGroup fails. */
function revert(
  ctx: Ctx,
  g: GroupEntry,
  s: PendingStaticStore,
  error: StoreError,
  broker: number | null = g.coord.broker,
): void {
  const c = g.coord
  if (c.members[s.newId] !== undefined && c.staticMembers[s.instanceId] === s.newId) {
    delete c.members[s.newId]
    const old: CoordinatorMember = { ...s.old, joinRequest: 0, syncRequest: 0 }
    c.members[s.oldId] = old
    c.staticMembers[s.instanceId] = s.oldId
    if (c.leader === s.newId) c.leader = s.oldId
    scheduleSessionExpiry(ctx, g, old)
  }
  emit(ctx, {
    type: 'staticMemberReverted',
    group: g.id,
    clientId: s.clientId,
    memberId: s.oldId,
    error,
    offsetsPartition: offsetsPartitionOf(ctx.sim, g.id) ?? '',
    touches: [...touches(g.id, s.clientId), ...(broker === null ? [] : [touchBroker(broker)])],
  })
  if (broker !== null) replyTo(ctx.sim, broker, g.id, s.clientId, joinGroupError(s.joinId, error))
}
