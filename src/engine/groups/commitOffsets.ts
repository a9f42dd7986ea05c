// OffsetCommit. commitSync blocks the application and retries retriable errors until
// default.api.timeout.ms; commitAsync (and auto-commit) does not retry. Outside a stable generation
// the commit fails locally (CommitFailedException, or RebalanceInProgressException while joining).
// The coordinator refuses unknown members, old generations and CompletingRebalance; a commit also
// counts as a heartbeat. Simplified: no commit metadata or leader epoch is stored.

import { type Ctx, emit } from '../ctx'
import { send } from '../network'
import { schedule } from '../scheduler'
import { requestRejoin, resetGeneration } from './client'
import type { CommitException } from './events'
import { lookupCoordinator, markCoordinatorUnknown } from './findCoordinator'
import { syncCoordinator } from './loadGroup'
import { groupEntry, nextSeq, replyTo, touches } from './lookup'
import type { CommitPurpose, Consumer, GroupEntry, SyncCommit } from './model'
import { consumerEndpoint } from './model'
import type { GroupError, GroupRequest, GroupResponse } from './protocol'
import { scheduleSessionExpiry } from './rebalance'
import { storeOffsets } from './storeGroup'

/** subscriptions.allConsumed(): the position of every owned partition that has one. */
export function positionsOf(c: Consumer, only?: readonly string[]): Record<string, number> {
  const out: Record<string, number> = {}
  for (const p of only ?? c.assigned) {
    const pos = c.positions[p]
    if (pos !== undefined && c.assigned.includes(p)) out[p] = pos
  }
  return out
}

function failed(
  ctx: Ctx,
  c: Consumer,
  exception: CommitException,
  error: string,
  offsets: Readonly<Record<string, number>>,
): void {
  emit(ctx, {
    type: 'offsetCommitFailed',
    group: c.group,
    clientId: c.clientId,
    exception,
    error,
    offsets: { ...offsets },
    touches: touches(c.group, c.clientId),
  })
}

/** ConsumerCoordinator.generationIfStable: the local check before anything is sent. */
function localCheck(c: Consumer): { exception: CommitException; error: string } | null {
  if (c.joinState === 'joining' || c.joinState === 'syncing')
    return { exception: 'RebalanceInProgressException', error: 'the group is rebalancing' }
  if (c.generation < 0 || c.memberId === '')
    return {
      exception: 'CommitFailedException',
      error: c.leftGroup
        ? 'the consumer left the group after max.poll.interval.ms; its partitions went to others'
        : 'the consumer is not part of an active group',
    }
  return null
}

function sendCommit(
  ctx: Ctx,
  c: Consumer,
  offsets: Readonly<Record<string, number>>,
): number | null {
  if (c.coordinator === null) return null
  const id = nextSeq(ctx.sim)
  const req: GroupRequest = {
    api: 'OffsetCommit',
    id,
    group: c.group,
    clientId: c.clientId,
    inc: c.incarnation,
    memberId: c.memberId,
    generation: c.generation,
    groupInstanceId: c.groupInstanceId,
    offsets,
  }
  const to = c.coordinator
  if (
    send(ctx.sim, 'group', consumerEndpoint(c.group, c.clientId), to, req, {
      partitions: Object.keys(offsets),
    }) === null
  ) {
    markCoordinatorUnknown(ctx, c, 'connection refused')
    return null
  }
  return id
}

/**
 * Starts a commitSync the application waits for; returns false (nothing to wait for) when there
 * is nothing to commit or it failed locally.
 */
export function startSyncCommit(
  ctx: Ctx,
  c: Consumer,
  offsets: Readonly<Record<string, number>>,
  purpose: CommitPurpose,
  then: SyncCommit['then'],
): boolean {
  if (Object.keys(offsets).length === 0) return false
  const bad = localCheck(c)
  if (bad !== null) {
    failed(ctx, c, bad.exception, bad.error, offsets)
    return false
  }
  const g = groupEntry(ctx.sim, c.group)
  c.syncCommit = {
    offsets,
    purpose,
    then,
    deadline: ctx.sim.tick + (g?.config.defaultApiTimeoutMs ?? 6000),
    request: 0,
  }
  c.app = 'committing'
  schedule(ctx.sim, c.syncCommit.deadline - ctx.sim.tick, {
    kind: 'group',
    group: c.group,
    action: 'commitDeadline',
    member: c.clientId,
    gen: c.syncCommit.deadline,
  })
  resumeSyncCommit(ctx, c)
  return true
}

/** commitSync's timer ran out (default.api.timeout.ms): TimeoutException, the application goes on. */
export function expireSyncCommit(
  ctx: Ctx,
  c: Consumer,
  deadline: number,
): SyncCommit['then'] | null {
  const sc = c.syncCommit
  if (sc === null || sc.deadline !== deadline) return null
  c.syncCommit = null
  failed(ctx, c, 'TimeoutException', 'no answer within default.api.timeout.ms', sc.offsets)
  return sc.then
}

/** Sends (or resends, once the coordinator is known) the commit the application waits for. */
export function resumeSyncCommit(ctx: Ctx, c: Consumer): void {
  const sc = c.syncCommit
  if (sc === null || sc.request !== 0 || c.status !== 'running') return
  if (c.coordinator === null) {
    lookupCoordinator(ctx, c)
    return
  }
  sc.request = sendCommit(ctx, c, sc.offsets) ?? 0
}

export function commitAsync(
  ctx: Ctx,
  c: Consumer,
  offsets: Readonly<Record<string, number>>,
  auto: boolean,
): void {
  if (Object.keys(offsets).length === 0) return
  const bad = localCheck(c)
  if (bad !== null) {
    failed(ctx, c, bad.exception, bad.error, offsets)
    return
  }
  const id = sendCommit(ctx, c, offsets)
  if (id === null) {
    failed(ctx, c, 'RetriableCommitFailedException', 'the coordinator is unknown', offsets)
    return
  }
  c.asyncCommits[id] = { offsets, auto }
}

const HOW = {
  auto: 'auto',
  sync: 'sync',
  revoke: 'revoke',
  close: 'close',
  manual: 'sync',
} as const

/** Returns what the application does next if this answered the commit it was blocked on. */
export function handleCommitResponse(
  ctx: Ctx,
  c: Consumer,
  resp: Extract<GroupResponse, { api: 'OffsetCommit' }>,
): SyncCommit['then'] | null {
  const sync = c.syncCommit !== null && c.syncCommit.request === resp.id ? c.syncCommit : null
  const async = c.asyncCommits[resp.id]
  if (sync === null && async === undefined) return null
  delete c.asyncCommits[resp.id]
  const offsets = resp.offsets
  const e = resp.error
  if (e === 'NONE') {
    emit(ctx, {
      type: 'offsetsCommitted',
      group: c.group,
      clientId: c.clientId,
      offsets: { ...offsets },
      how: sync === null ? (async?.auto ? 'auto' : 'async') : HOW[sync.purpose],
      touches: touches(c.group, c.clientId),
    })
  } else if (e === 'UNKNOWN_MEMBER_ID' || e === 'ILLEGAL_GENERATION') {
    failed(
      ctx,
      c,
      'CommitFailedException',
      `${e}: the group has rebalanced and given the partitions to others`,
      offsets,
    )
    resetGeneration(ctx, c, e === 'UNKNOWN_MEMBER_ID', `${e} from OffsetCommit`)
  } else if (e === 'REBALANCE_IN_PROGRESS') {
    failed(ctx, c, 'RebalanceInProgressException', 'the group is rebalancing', offsets)
    requestRejoin(ctx, c, 'REBALANCE_IN_PROGRESS from OffsetCommit')
  } else if (e === 'FENCED_INSTANCE_ID') {
    failed(ctx, c, 'CommitFailedException', 'FENCED_INSTANCE_ID', offsets)
  } else {
    // Retriable: NOT_COORDINATOR, COORDINATOR_NOT_AVAILABLE, NETWORK_EXCEPTION.
    if (sync !== null) sync.request = 0
    markCoordinatorUnknown(ctx, c, e, [
      sync === null ? 'OffsetCommit (async)' : 'OffsetCommit (commitSync)',
    ])
    if (sync !== null && ctx.sim.tick < sync.deadline) {
      const backoff = groupEntry(ctx.sim, c.group)?.config.retryBackoffMs ?? 10
      schedule(ctx.sim, backoff, {
        kind: 'group',
        group: c.group,
        action: 'commitRetry',
        member: c.clientId,
        gen: c.incarnation,
      })
      return null
    }
    failed(
      ctx,
      c,
      sync === null ? 'RetriableCommitFailedException' : 'TimeoutException',
      sync === null ? `${e}: async commits are not retried` : `${e} until default.api.timeout.ms`,
      offsets,
    )
  }
  if (sync === null) return null
  c.syncCommit = null
  return sync.then
}

/** The coordinator's OffsetCommit (GroupCoordinator.handleCommitOffsets). */
export function handleOffsetCommit(
  ctx: Ctx,
  broker: number,
  req: Extract<GroupRequest, { api: 'OffsetCommit' }>,
): void {
  const { sim } = ctx
  const g = groupEntry(sim, req.group)
  const reply = (error: GroupError) =>
    replyTo(sim, broker, req.group, req.clientId, {
      api: 'OffsetCommit',
      id: req.id,
      error,
      offsets: req.offsets,
    })
  if (g === undefined) {
    reply('NOT_COORDINATOR')
    return
  }
  syncCoordinator(ctx, g)
  const error = validateCommit(ctx, g, broker, req)
  if (error !== 'NONE') {
    reply(error)
    return
  }
  const res = storeOffsets(ctx, g, req.offsets, {
    clientId: req.clientId,
    inc: req.inc,
    id: req.id,
  })
  if (res !== 'NONE') reply(res)
}

function validateCommit(
  ctx: Ctx,
  g: GroupEntry,
  broker: number,
  req: Extract<GroupRequest, { api: 'OffsetCommit' }>,
): GroupError {
  const c = g.coord
  if (c.broker !== broker) return 'NOT_COORDINATOR'
  if (req.generation < 0 && req.memberId === '' && c.state === 'Empty') return 'NONE'
  if (c.state === 'CompletingRebalance') return 'REBALANCE_IN_PROGRESS'
  const m = Object.hasOwn(c.members, req.memberId) ? c.members[req.memberId] : undefined
  if (m === undefined) return 'UNKNOWN_MEMBER_ID'
  if (req.groupInstanceId !== null && c.staticMembers[req.groupInstanceId] !== req.memberId)
    return 'FENCED_INSTANCE_ID'
  if (req.generation !== c.generation) return 'ILLEGAL_GENERATION'
  scheduleSessionExpiry(ctx, g, m)
  return 'NONE'
}
