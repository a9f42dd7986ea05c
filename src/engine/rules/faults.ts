// Faults a user can inject, and what each does to a broker:
// - kill: the process dies (SIGKILL); the page cache survives, so the log is intact, but the HW
//   comes back from its last checkpoint (replication-offset-checkpoint) on restart;
// - power failure: as kill, and whatever was not yet flushed to disk is gone;
// - graceful shutdown: controlled shutdown moves leadership away first, then flushes and stops;
// - isolate: links to other brokers and the controller are cut, clients still reach it;
// - slow: extra latency on this broker's fetches.
// The controller notices a dead or isolated broker only when its session times out.

import { type Ctx, emit, touchBroker } from '../ctx'
import { wakeConsumerFetches } from '../groups/parkedFetches'
import { watchGroups } from '../groups/watch'
import { truncateFromEnd } from '../log/leaderEpochCache'
import { truncateTo } from '../log/replicaLog'
import { replicasOnBroker, sortedBrokerIds } from '../lookup'
import type { BrokerId } from '../model'
import { schedule } from '../scheduler'
import { fenceBroker, loseController } from './controller'
import { retryFetchLater } from './fetch'
import { syncBrokerMetadata } from './metadata'
import { failHeldProduceRequests } from './producerResponses'
import { startBrokerTasks } from './topics'

/** Fetch sessions to or from `b` are broken: their owners retry after the backoff. */
function breakFetchSessions(ctx: Ctx, b: BrokerId): void {
  const { sim } = ctx
  for (const id of sortedBrokerIds(sim)) {
    const br = sim.brokers[id]
    if (br === undefined || br.status === 'offline') continue
    if (id === b) {
      for (const leader of Object.keys(br.fetchInFlight)) retryFetchLater(ctx, id, Number(leader))
    } else if ((br.fetchInFlight[b] ?? 0) !== 0) retryFetchLater(ctx, id, b)
  }
}

function stopProcess(ctx: Ctx, b: BrokerId): void {
  const { sim } = ctx
  const br = sim.brokers[b]
  if (br === undefined) return
  const held = Object.values(br.purgatory)
  br.status = 'offline'
  // Coordinators on it move (groups/watch.ts); so do those on brokers that come back below.
  watchGroups(sim)
  br.fetchInFlight = {}
  br.parked = {}
  br.purgatory = {}
  for (const r of replicasOnBroker(sim, b)) {
    r.role = 'none'
    r.fetcher = 'none'
    r.pendingIsr = null
    r.followers = {}
  }
  breakFetchSessions(ctx, b)
  // Consumers with a fetch parked here see their connection drop, and so do producers whose
  // requests it still held.
  wakeConsumerFetches(ctx, b, null)
  failHeldProduceRequests(ctx, held)
  loseController(ctx, b)
}

export function killBroker(ctx: Ctx, b: BrokerId): void {
  stopProcess(ctx, b)
  emit(ctx, { type: 'brokerKilled', broker: b, touches: [touchBroker(b)] })
}

export function powerFailBroker(ctx: Ctx, b: BrokerId): void {
  const { sim } = ctx
  stopProcess(ctx, b)
  let lost = 0
  for (const r of replicasOnBroker(sim, b)) {
    lost += truncateTo(r.log, r.log.flushedOffset)
    r.epochCache = truncateFromEnd(r.epochCache, r.log.logEndOffset)
  }
  emit(ctx, { type: 'brokerPowerFailed', broker: b, lostRecords: lost, touches: [touchBroker(b)] })
}

export function restartBroker(ctx: Ctx, b: BrokerId): void {
  const { sim } = ctx
  const br = sim.brokers[b]
  if (br === undefined) return
  br.status = 'online'
  watchGroups(sim)
  br.shuttingDown = false
  br.slowMs = 0
  br.incarnation++
  br.epoch++
  for (const r of replicasOnBroker(sim, b)) {
    // Log recovery: the HW is read back from its checkpoint file.
    r.highWatermark = Math.min(r.hwCheckpoint, r.log.logEndOffset)
    r.role = 'none'
    r.leaderEpoch = -1
    r.partitionEpoch = -1
  }
  startBrokerTasks(ctx, br)
  emit(ctx, { type: 'brokerRestarted', broker: b, touches: [touchBroker(b)] })
  syncBrokerMetadata(ctx, b)
  if (sim.controller.activeId === null)
    schedule(sim, sim.config.broker.controllerQuorumElectionTimeoutMs, {
      kind: 'controllerElection',
    })
}

export function shutdownBroker(ctx: Ctx, b: BrokerId): void {
  const { sim } = ctx
  const br = sim.brokers[b]
  if (br === undefined) return
  const led = replicasOnBroker(sim, b).filter(
    (r) => sim.partitions[r.partition]?.leader === b,
  ).length
  br.shuttingDown = true
  if (sim.controller.activeId !== null && sim.controller.activeId !== b)
    fenceBroker(ctx, b, 'shutdown')
  else if (sim.controller.activeId === b) {
    // The controller shuts itself down last: leadership moves, then the quorum elects another.
    fenceBroker(ctx, b, 'shutdown')
  }
  for (const r of replicasOnBroker(sim, b)) {
    r.log.flushedOffset = r.log.logEndOffset
    r.hwCheckpoint = r.highWatermark
  }
  stopProcess(ctx, b)
  emit(ctx, { type: 'brokerShutdown', broker: b, movedLeaders: led, touches: [touchBroker(b)] })
}

export function isolateBroker(ctx: Ctx, b: BrokerId): void {
  const br = ctx.sim.brokers[b]
  if (br === undefined) return
  br.status = 'isolated'
  watchGroups(ctx.sim)
  breakFetchSessions(ctx, b)
  loseController(ctx, b)
  emit(ctx, { type: 'brokerIsolated', broker: b, touches: [touchBroker(b)] })
}

export function reconnectBroker(ctx: Ctx, b: BrokerId): void {
  const { sim } = ctx
  const br = sim.brokers[b]
  if (br === undefined) return
  br.status = 'online'
  watchGroups(sim)
  emit(ctx, { type: 'brokerReconnected', broker: b, touches: [touchBroker(b)] })
  syncBrokerMetadata(ctx, b)
  for (const r of replicasOnBroker(sim, b)) {
    if (r.role === 'follower' && r.leaderId !== null) retryFetchLater(ctx, b, r.leaderId)
  }
  if (sim.controller.activeId === null)
    schedule(sim, sim.config.broker.controllerQuorumElectionTimeoutMs, {
      kind: 'controllerElection',
    })
}

export function slowBroker(ctx: Ctx, b: BrokerId, extraMs: number): void {
  const br = ctx.sim.brokers[b]
  if (br === undefined) return
  br.slowMs = extraMs
  emit(ctx, { type: 'brokerSlowed', broker: b, extraMs, touches: [touchBroker(b)] })
}
