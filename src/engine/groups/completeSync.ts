// SyncGroup waits for the group record (GroupCoordinator.doSyncGroup -> storeGroup and its
// callback; in 3.9's new coordinator, the runtime's write that completes on commit). The leader's
// assignment goes into the group record, appended to the group's __consumer_offsets partition
// with acks=all semantics. The group stays in CompletingRebalance, its SyncGroups parked,
// until the HW covers that record. Only then are the assignments set, the group is Stable and every
// parked SyncGroup is answered, so a coordinator that takes over always loads a generation that
// members were told about. The append can fail:
// - the coordinator loses the partition (loadGroup's unload): NOT_COORDINATOR;
// - the ISR is under min.insync.replicas: COORDINATOR_NOT_AVAILABLE, and the group rebalances;
// - offsets.commit.timeout.ms passes: REBALANCE_IN_PROGRESS (REQUEST_TIMED_OUT), and it rebalances.
// The members then rejoin. The wait ends in the tick the HW covers the record (watch.ts); a
// deadline is noticed by the coordinators' watch, at most GROUP_WATCH_MS late (simplified).

import { type Ctx, emit, touchBroker } from '../ctx'
import { OFFSETS_COMMIT_TIMEOUT_MS, rebalanceProtocolOf } from './config'
import { offsetsPartitionOf, replyTo, sortedPartitions, touches } from './lookup'
import type { GroupEntry } from './model'
import { syncGroupError } from './protocol'
import { prepareRebalance, scheduleSessionExpiry } from './rebalance'
import { appendOutcome, coordinatorReplica, storeGroup } from './storeGroup'
import { watchGroups } from './watch'

type StoreError = 'NOT_COORDINATOR' | 'COORDINATOR_NOT_AVAILABLE' | 'REBALANCE_IN_PROGRESS'

const clientOf = (g: GroupEntry, memberId: string | null): string | null =>
  memberId === null ? null : (g.coord.members[memberId]?.clientId ?? null)

/** The leader's SyncGroup: appends the group record with its assignment and parks the answers. */
export function storeAssignment(
  ctx: Ctx,
  g: GroupEntry,
  assignments: Readonly<Record<string, readonly string[]>>,
): void {
  const c = g.coord
  const assignment: Record<string, string[]> = {}
  for (const id of Object.keys(c.members)) assignment[id] = sortedPartitions(assignments[id] ?? [])
  const res = storeGroup(ctx, g, assignment)
  const r = coordinatorReplica(ctx, g)
  if (typeof res !== 'number' || r === undefined) {
    failSync(ctx, g, typeof res === 'number' ? 'NOT_COORDINATOR' : res)
    return
  }
  c.syncStore = {
    generation: c.generation,
    requiredOffset: res,
    leaderEpoch: r.leaderEpoch,
    deadline: ctx.sim.tick + OFFSETS_COMMIT_TIMEOUT_MS,
    assignment,
  }
  watchGroups(ctx.sim)
  emit(ctx, {
    type: 'groupAssignmentWritten',
    group: g.id,
    generation: c.generation,
    leader: clientOf(g, c.leader),
    offsetsPartition: r.partition,
    offset: res - 1,
    touches: [...touches(g.id), touchBroker(r.brokerId)],
  })
  completeSync(ctx, g)
}

/** DelayedProduce.tryComplete for the group record: answers the SyncGroups once it is committed. */
export function completeSync(ctx: Ctx, g: GroupEntry): void {
  const c = g.coord
  const s = c.syncStore
  if (s === null) return
  if (c.state !== 'CompletingRebalance' || c.generation !== s.generation || c.broker === null) {
    c.syncStore = null
    return
  }
  const error = appendOutcome(ctx, g, s, 'REBALANCE_IN_PROGRESS')
  if (error === null) return
  c.syncStore = null
  if (error === 'NONE') finishSync(ctx, g, s.assignment)
  else failSync(ctx, g, error)
}

/** setAndPropagateAssignment: the group is Stable and every parked SyncGroup gets its partitions. */
function finishSync(
  ctx: Ctx,
  g: GroupEntry,
  assignments: Readonly<Record<string, readonly string[]>>,
): void {
  const c = g.coord
  const broker = c.broker as number
  c.state = 'Stable'
  const assignment: Record<string, string[]> = {}
  for (const x of Object.values(c.members)) {
    x.assignment = (assignments[x.memberId] ?? []).slice()
    assignment[x.clientId] = x.assignment.slice()
    if (x.syncRequest === 0) continue
    replyTo(ctx.sim, broker, g.id, x.clientId, {
      api: 'SyncGroup',
      id: x.syncRequest,
      error: 'NONE',
      generation: c.generation,
      assignment: x.assignment.slice(),
    })
    x.syncRequest = 0
    scheduleSessionExpiry(ctx, g, x)
  }
  emit(ctx, {
    type: 'rebalanceCompleted',
    group: g.id,
    generation: c.generation,
    protocol: rebalanceProtocolOf(g.strategy),
    assignor: c.protocol,
    leader: clientOf(g, c.leader),
    assignment,
    touches: touches(g.id),
  })
}

/**
 * resetAndPropagateAssignmentError, then maybePrepareRebalance. Not for NOT_COORDINATOR: this
 * broker no longer leads the partition and unloads the group (syncCoordinator).
 */
function failSync(ctx: Ctx, g: GroupEntry, error: StoreError): void {
  const c = g.coord
  reportFailure(ctx, g, error)
  for (const x of Object.values(c.members)) {
    x.assignment = []
    if (x.syncRequest !== 0 && c.broker !== null)
      replyTo(ctx.sim, c.broker, g.id, x.clientId, syncGroupError(x.syncRequest, error))
    x.syncRequest = 0
  }
  if (error === 'NOT_COORDINATOR') return
  prepareRebalance(
    ctx,
    g,
    `the group record of generation ${c.generation} was not committed (${error})`,
  )
}

function reportFailure(ctx: Ctx, g: GroupEntry, error: StoreError): void {
  emit(ctx, {
    type: 'rebalanceFailed',
    group: g.id,
    generation: g.coord.generation,
    error,
    offsetsPartition: offsetsPartitionOf(ctx.sim, g.id) ?? '',
    touches: touches(g.id),
  })
}

/**
 * The coordinator unloads the group (it lost the partition) while the group record waits: the
 * record may never commit, and the parked SyncGroups get NOT_COORDINATOR (answered by the unload).
 */
export function abandonSync(ctx: Ctx, g: GroupEntry): void {
  const c = g.coord
  const s = c.syncStore
  c.syncStore = null
  if (s === null || c.state !== 'CompletingRebalance' || c.generation !== s.generation) return
  reportFailure(ctx, g, 'NOT_COORDINATOR')
}
