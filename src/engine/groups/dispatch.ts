// Routes group messages and timers: requests to the coordinator or a partition leader, responses to
// the consumer named by the endpoint ("consumer:<group>/<client>"), requests a dead broker never got
// (NETWORK_EXCEPTION to the client), and the group timers (watch, join deadline, session expiry,
// heartbeat, poll, processing, retries). Answers to a crashed or closed consumer are dropped.

import type { Ctx } from '../ctx'
import type { InFlight } from '../network'
import type { Timer } from '../scheduler'
import { wantMetadata } from './client'
import {
  commitAsync,
  expireSyncCommit,
  handleCommitResponse,
  handleOffsetCommit,
  positionsOf,
  resumeSyncCommit,
  startSyncCommit,
} from './commitOffsets'
import { completeSync } from './completeSync'
import { handleJoinGroupResponse, handleSyncGroupResponse } from './ensureActiveGroup'
import {
  handleFindCoordinator,
  handleFindCoordinatorResponse,
  retryLookup,
} from './findCoordinator'
import {
  handleHeartbeat,
  handleHeartbeatResponse,
  handleSessionExpiry,
  heartbeatTick,
} from './heartbeat'
import { handleJoinGroup } from './joinGroup'
import { handleLeaveGroup } from './leaveGroup'
import { syncCoordinator } from './loadGroup'
import { consumerOf, groupEntry } from './lookup'
import { type Consumer, type GroupEntry, parseConsumerEndpoint } from './model'
import { expireConsumerFetch, handleConsumerFetch } from './parkedFetches'
import { continueAfterCommit, handleProcessed, poll, pollAgain } from './poll'
import {
  type ConsumerEpochRequest,
  type ConsumerEpochResponse,
  type ConsumerFetchRequest,
  type ConsumerFetchResponse,
  errorResponse,
  type GroupRequest,
  type GroupResponse,
  type ListOffsetsRequest,
  type ListOffsetsResponse,
} from './protocol'
import { handleJoinDeadline } from './rebalance'
import { handleConsumerFetchResponse, handleFetchUndeliverable } from './sendFetches'
import { completeAppends } from './storeGroup'
import { completeStaticStores } from './storeStaticMember'
import { handleSyncGroup } from './syncGroup'
import {
  handleListOffsets,
  handleListOffsetsResponse,
  handleOffsetFetch,
  handleOffsetFetchResponse,
} from './updateFetchPositions'
import {
  handleConsumerEpochs,
  handleConsumerEpochsResponse,
  handleConsumerEpochsUndeliverable,
} from './validatePositions'
import { hasParkedStores, takeWatch, watchGroups } from './watch'

function clientAt(ctx: Ctx, endpoint: unknown): Consumer | undefined {
  const e = parseConsumerEndpoint(endpoint)
  if (e === undefined) return undefined
  const c = consumerOf(ctx.sim, e.group, e.clientId)
  return c !== undefined && c.status === 'running' ? c : undefined
}

function handleRequest(ctx: Ctx, broker: number, req: GroupRequest): void {
  switch (req.api) {
    case 'FindCoordinator':
      handleFindCoordinator(ctx, broker, req)
      return
    case 'JoinGroup':
      handleJoinGroup(ctx, broker, req)
      return
    case 'SyncGroup':
      handleSyncGroup(ctx, broker, req)
      return
    case 'Heartbeat': {
      const g = groupEntry(ctx.sim, req.group)
      if (g === undefined) return
      syncCoordinator(ctx, g)
      handleHeartbeat(ctx, broker, g, req)
      return
    }
    case 'LeaveGroup':
      handleLeaveGroup(ctx, broker, req)
      return
    case 'OffsetCommit':
      handleOffsetCommit(ctx, broker, req)
      return
    case 'OffsetFetch':
      handleOffsetFetch(ctx, broker, req)
      return
  }
}

function handleResponse(ctx: Ctx, c: Consumer, resp: GroupResponse): void {
  const g = groupEntry(ctx.sim, c.group)
  if (g === undefined) return
  switch (resp.api) {
    case 'FindCoordinator':
      handleFindCoordinatorResponse(ctx, c, resp)
      if (c.coordinator !== null) resumeSyncCommit(ctx, c)
      return
    case 'JoinGroup':
      handleJoinGroupResponse(ctx, c, resp)
      return
    case 'SyncGroup':
      handleSyncGroupResponse(ctx, c, resp)
      return
    case 'Heartbeat':
      handleHeartbeatResponse(ctx, c, resp)
      return
    case 'LeaveGroup':
      return
    case 'OffsetCommit': {
      const then = handleCommitResponse(ctx, c, resp)
      if (then !== null) continueAfterCommit(ctx, c, then)
      return
    }
    case 'OffsetFetch':
      handleOffsetFetchResponse(ctx, g, c, resp)
      return
  }
}

export function handleGroupDelivery(ctx: Ctx, m: InFlight): void {
  switch (m.kind) {
    case 'group':
      if (typeof m.to === 'number') handleRequest(ctx, m.to, m.payload as GroupRequest)
      return
    case 'consumerFetch':
      if (typeof m.to === 'number')
        handleConsumerFetch(ctx, m.to, m.payload as ConsumerFetchRequest)
      return
    case 'listOffsets':
      if (typeof m.to === 'number') handleListOffsets(ctx, m.to, m.payload as ListOffsetsRequest)
      return
    case 'consumerEpochs':
      if (typeof m.to === 'number')
        handleConsumerEpochs(ctx, m.to, m.payload as ConsumerEpochRequest)
      return
  }
  const c = clientAt(ctx, m.to)
  if (c === undefined) return
  const g = groupEntry(ctx.sim, c.group)
  if (g === undefined) return
  switch (m.kind) {
    case 'groupResponse':
      handleResponse(ctx, c, m.payload as GroupResponse)
      return
    case 'consumerFetchResponse':
      if (handleConsumerFetchResponse(ctx, c, m.payload as ConsumerFetchResponse)) pollAgain(ctx, c)
      return
    case 'listOffsetsResponse':
      handleListOffsetsResponse(ctx, g, c, m.payload as ListOffsetsResponse)
      return
    case 'consumerEpochsResponse':
      handleConsumerEpochsResponse(ctx, g, c, m.payload as ConsumerEpochResponse)
      return
  }
}

/** A request could not reach its broker: the client sees its connection drop. */
export function handleGroupUndeliverable(ctx: Ctx, m: InFlight): void {
  const c = clientAt(ctx, m.from)
  if (c === undefined) return
  switch (m.kind) {
    case 'group':
      handleResponse(ctx, c, errorResponse(m.payload as GroupRequest, 'NETWORK_EXCEPTION'))
      return
    case 'consumerFetch':
      handleFetchUndeliverable(ctx, c, m.payload as ConsumerFetchRequest)
      return
    case 'listOffsets':
      for (const p of (m.payload as ListOffsetsRequest).partitions)
        delete c.listOffsetsRequests[p.partition]
      wantMetadata(ctx, c)
      return
    case 'consumerEpochs':
      handleConsumerEpochsUndeliverable(ctx, c, m.payload as ConsumerEpochRequest)
      return
  }
}

/** DelayedProduce.tryComplete for every kind of store the group has parked. */
function completeStores(ctx: Ctx, g: GroupEntry): void {
  completeAppends(ctx, g)
  completeSync(ctx, g)
  completeStaticStores(ctx, g)
}

export function handleGroupTimer(ctx: Ctx, t: Extract<Timer, { kind: 'group' }>): void {
  const { sim } = ctx
  if (t.action === 'watch') {
    if (!takeWatch(sim, t.gen)) return
    let parked = false
    for (const g of Object.values(sim.groups.groups)) {
      syncCoordinator(ctx, g)
      completeStores(ctx, g)
      if (hasParkedStores(g)) parked = true
    }
    if (parked) watchGroups(sim)
    return
  }
  if (t.action === 'fetchDeadline') {
    expireConsumerFetch(ctx, Number(t.member), t.gen)
    return
  }
  const g = groupEntry(sim, t.group)
  if (g === undefined) return
  if (t.action === 'completeStores') {
    completeStores(ctx, g)
    return
  }
  if (t.action === 'joinDeadline') {
    handleJoinDeadline(ctx, g, t.gen)
    return
  }
  if (t.action === 'sessionExpiry') {
    handleSessionExpiry(ctx, g, t.member ?? '', t.gen)
    return
  }
  const c = t.member === undefined ? undefined : consumerOf(sim, g.id, t.member)
  if (c === undefined || c.status !== 'running') return
  switch (t.action) {
    case 'heartbeat':
      heartbeatTick(ctx, c, t.gen)
      return
    case 'poll':
      if (t.gen !== c.pollSeq) return
      c.pollAt = -1
      if (c.app === 'polling') poll(ctx, c)
      return
    case 'processed':
      handleProcessed(ctx, c, t.gen)
      return
    case 'findCoordinator':
      retryLookup(ctx, c, t.gen)
      return
    case 'commitRetry':
      if (t.gen === c.incarnation) resumeSyncCommit(ctx, c)
      return
    case 'commitDeadline': {
      const then = expireSyncCommit(ctx, c, t.gen)
      if (then !== null) continueAfterCommit(ctx, c, then)
      return
    }
  }
}

/** commitSync / commitAsync issued for a consumer from outside its loop (a command). */
export function commitNow(ctx: Ctx, c: Consumer, sync: boolean): void {
  const offsets = positionsOf(c)
  if (!sync || c.app !== 'polling') commitAsync(ctx, c, offsets, false)
  else if (!startSyncCommit(ctx, c, offsets, 'manual', 'poll')) poll(ctx, c)
}
