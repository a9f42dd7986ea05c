// FindCoordinator: any live broker answers, from its metadata, with the leader of the group's
// __consumer_offsets partition (COORDINATOR_NOT_AVAILABLE while none). markCoordinatorUnknown drops
// the connection: what was in flight fails (an async commit for good; commitSync, JoinGroup and
// SyncGroup are retried after rediscovery). Simplified: the answer comes from the controller's view;
// the lookup backoff doubles from retry.backoff.ms up to 100 ms (retry.backoff.max.ms ÷10).

import { type Ctx, emit, touchBroker } from '../ctx'
import { sortedBrokerIds } from '../lookup'
import type { BrokerId } from '../model'
import { send } from '../network'
import { schedule } from '../scheduler'
import { requestPoll } from './client'
import { nextSeq, offsetsPartitionOf, replyTo, touches } from './lookup'
import type { Consumer } from './model'
import { consumerEndpoint } from './model'
import type { GroupRequest, GroupResponse } from './protocol'

const RETRY_BACKOFF_MAX_MS = 100

/** Starts a FindCoordinator unless one is in flight. */
export function lookupCoordinator(ctx: Ctx, c: Consumer): void {
  const { sim } = ctx
  if (c.status !== 'running' || c.findRequest !== 0 || c.coordinator !== null) return
  const id = nextSeq(sim)
  const req: GroupRequest = {
    api: 'FindCoordinator',
    id,
    group: c.group,
    clientId: c.clientId,
    inc: c.incarnation,
  }
  const brokers = sortedBrokerIds(sim)
  for (let i = 0; i < brokers.length; i++) {
    const b = brokers[(id + i) % brokers.length] as BrokerId
    if (send(sim, 'group', consumerEndpoint(c.group, c.clientId), b, req) !== null) {
      c.findRequest = id
      return
    }
  }
  retryLookupLater(ctx, c)
}

function retryLookupLater(ctx: Ctx, c: Consumer): void {
  const { sim } = ctx
  c.findRequest = -nextSeq(sim)
  const base = Math.max(1, sim.groups.groups[c.group]?.config.retryBackoffMs ?? 10)
  c.findBackoff = Math.min(RETRY_BACKOFF_MAX_MS, c.findBackoff === 0 ? base : c.findBackoff * 2)
  schedule(sim, c.findBackoff, {
    kind: 'group',
    group: c.group,
    action: 'findCoordinator',
    member: c.clientId,
    gen: -c.findRequest,
  })
}

/** The retry timer of a failed lookup. */
export function retryLookup(ctx: Ctx, c: Consumer, gen: number): void {
  if (c.findRequest !== -gen) return
  c.findRequest = 0
  lookupCoordinator(ctx, c)
}

export function handleFindCoordinator(
  ctx: Ctx,
  broker: BrokerId,
  req: Extract<GroupRequest, { api: 'FindCoordinator' }>,
): void {
  const { sim } = ctx
  const p = offsetsPartitionOf(sim, req.group)
  const leader = p === null ? null : (sim.partitions[p]?.leader ?? null)
  const resp: GroupResponse = {
    api: 'FindCoordinator',
    id: req.id,
    error: leader === null ? 'COORDINATOR_NOT_AVAILABLE' : 'NONE',
    coordinator: leader,
  }
  replyTo(sim, broker, req.group, req.clientId, resp)
}

export function handleFindCoordinatorResponse(
  ctx: Ctx,
  c: Consumer,
  resp: Extract<GroupResponse, { api: 'FindCoordinator' }>,
): void {
  if (resp.id !== c.findRequest) return
  c.findRequest = 0
  if (resp.error !== 'NONE' || resp.coordinator === null) {
    retryLookupLater(ctx, c)
    return
  }
  c.coordinator = resp.coordinator
  c.findBackoff = 0
  requestPoll(ctx, c)
}

/** AbstractCoordinator.markCoordinatorUnknown: forget it and fail what is in flight to it. */
export function markCoordinatorUnknown(
  ctx: Ctx,
  c: Consumer,
  why: string,
  failed: readonly string[] = [],
): void {
  if (c.coordinator === null) return
  const inFlight = [...failed]
  if (c.joinRequest !== 0) inFlight.push('JoinGroup')
  if (c.syncRequest !== 0) inFlight.push('SyncGroup')
  if (c.syncCommit !== null && c.syncCommit.request !== 0)
    inFlight.push('OffsetCommit (commitSync)')
  if (Object.keys(c.asyncCommits).length > 0) inFlight.push('OffsetCommit (async)')
  emit(ctx, {
    type: 'consumerLostCoordinator',
    group: c.group,
    clientId: c.clientId,
    broker: c.coordinator,
    error: why,
    inFlight,
    touches: [...touches(c.group, c.clientId), touchBroker(c.coordinator)],
  })
  c.coordinator = null
  c.heartbeatRequest = 0
  if (c.joinRequest !== 0 || c.syncRequest !== 0) {
    c.joinRequest = 0
    c.syncRequest = 0
    c.joinState = 'unjoined'
    if (!c.rejoinNeeded) c.rejoinReason = `coordinator unavailable: ${why}`
    c.rejoinNeeded = true
  }
  if (c.syncCommit !== null) c.syncCommit.request = 0
  c.offsetFetchRequest = 0
  for (const id of Object.keys(c.asyncCommits)) {
    const offsets = c.asyncCommits[id]?.offsets ?? {}
    delete c.asyncCommits[id]
    emit(ctx, {
      type: 'offsetCommitFailed',
      group: c.group,
      clientId: c.clientId,
      exception: 'RetriableCommitFailedException',
      error: `the coordinator went away (${why}) with the async commit in flight`,
      offsets: { ...offsets },
      touches: touches(c.group, c.clientId),
    })
  }
  if (c.findRequest === 0) retryLookupLater(ctx, c)
}
