// The active KRaft controller (QuorumController / ReplicationControlManager), in combined mode:
// the first three brokers are the quorum voters and one of them is active. Brokers heartbeat
// every broker.heartbeat.interval.ms; a broker silent for broker.session.timeout.ms is fenced:
// it leaves every ISR at once (the last ISR member stays, with no leader) and the partitions it
// led get new leaders. A fenced broker that heartbeats again (after a restart) is unfenced.
// Simplification: the active controller moves to any live broker after the election timeout (as
// the ZooKeeper-era controller did); a real KRaft quorum also needs a live majority of its voters.
// The Raft election inside the quorum is one timer and a seeded choice, not a modelled vote.

import { TIME_SCALE } from '../config'
import { type Ctx, emit, touchBroker, touchPartition } from '../ctx'
import { partitionConfig, sortedBrokerIds } from '../lookup'
import type { BrokerId, PartitionMeta } from '../model'
import { randomInt } from '../rng'
import { schedule } from '../scheduler'
import { chooseLeader, type ElectionKind } from './electLeader'
import { publishPartition, syncBrokerMetadata } from './metadata'

function canVote(ctx: Ctx, b: BrokerId): boolean {
  return ctx.sim.brokers[b]?.status === 'online'
}

/** Whether a controller can be elected: some broker is alive and reachable. */
export function hasQuorum(ctx: Ctx): boolean {
  return sortedBrokerIds(ctx.sim).some((b) => canVote(ctx, b))
}

/** A new active controller among the live voters, after the election timeout. */
export function electController(ctx: Ctx): void {
  const { sim } = ctx
  if (sim.controller.activeId !== null || !hasQuorum(ctx)) return
  const voters = sim.controller.voters.filter((v) => canVote(ctx, v))
  const candidates =
    voters.length > 0 ? voters : sortedBrokerIds(sim).filter((b) => canVote(ctx, b))
  const chosen = candidates[randomInt(sim, candidates.length)] as BrokerId
  sim.controller.activeId = chosen
  sim.controller.epoch++
  // The new controller times every session from now (it has heard nothing yet).
  for (const id of sortedBrokerIds(sim)) {
    const br = sim.brokers[id]
    if (br !== undefined) br.lastHeartbeat = sim.tick
  }
  emit(ctx, {
    type: 'controllerElected',
    broker: chosen,
    epoch: sim.controller.epoch,
    touches: [touchBroker(chosen)],
  })
  schedule(sim, sim.config.broker.brokerHeartbeatIntervalMs, {
    kind: 'controllerCheck',
    epoch: sim.controller.epoch,
  })
  schedule(sim, UNCLEAN_ELECTION_CHECK_MS, {
    kind: 'uncleanElectionCheck',
    epoch: sim.controller.epoch,
  })
  for (const id of sortedBrokerIds(sim)) syncBrokerMetadata(ctx, id)
  electOfflinePartitions(ctx)
}

/** The active controller's broker died or was cut off: the quorum will elect another. */
export function loseController(ctx: Ctx, broker: BrokerId): void {
  const { sim } = ctx
  if (sim.controller.activeId !== broker) return
  sim.controller.activeId = null
  emit(ctx, {
    type: 'controllerLost',
    broker,
    hasQuorum: hasQuorum(ctx),
    touches: [touchBroker(broker)],
  })
  schedule(sim, sim.config.broker.controllerQuorumElectionTimeoutMs, { kind: 'controllerElection' })
}

/** A broker's heartbeat reaches the controller. */
export function handleBrokerHeartbeat(ctx: Ctx, b: BrokerId): void {
  const { sim } = ctx
  const br = sim.brokers[b]
  if (br === undefined || sim.controller.activeId === null) return
  br.lastHeartbeat = sim.tick
  // A new incarnation re-registers with a new broker epoch. If its old session had not expired
  // yet, its replicas are still in their ISRs (the case KIP-903 guards against); kafkascope keeps
  // that, which is what lets the KIP-101 scenarios play out.
  if (br.registeredEpoch !== br.epoch) br.registeredEpoch = br.epoch
  if (br.fenced && !br.shuttingDown) {
    br.fenced = false
    emit(ctx, { type: 'brokerUnfenced', broker: b, touches: [touchBroker(b)] })
    electOfflinePartitions(ctx)
  }
}

/** The controller's periodic check for expired broker sessions. */
export function checkBrokerSessions(ctx: Ctx, epoch: number): void {
  const { sim } = ctx
  if (sim.controller.activeId === null || sim.controller.epoch !== epoch) return
  const timeout = sim.config.broker.brokerSessionTimeoutMs
  for (const id of sortedBrokerIds(sim)) {
    const br = sim.brokers[id]
    if (br !== undefined && !br.fenced && sim.tick - br.lastHeartbeat > timeout) {
      fenceBroker(ctx, id, 'sessionTimeout')
    }
  }
  schedule(sim, sim.config.broker.brokerHeartbeatIntervalMs, { kind: 'controllerCheck', epoch })
}

/**
 * How often the active controller looks for leaderless partitions it may now elect uncleanly:
 * KRaft's periodic unclean election (QuorumController's electUnclean task, every 5 minutes in
 * Kafka 3.9; ÷10 here). It is what acts after unclean.leader.election.enable is turned on for
 * partitions that are already offline: the controller does not elect on the config change itself.
 */
export const UNCLEAN_ELECTION_CHECK_MS = 300_000 / TIME_SCALE

/** The periodic unclean election check (see UNCLEAN_ELECTION_CHECK_MS). */
export function checkUncleanElections(ctx: Ctx, epoch: number): void {
  const { sim } = ctx
  if (sim.controller.activeId === null || sim.controller.epoch !== epoch) return
  electOfflinePartitions(ctx)
  schedule(sim, UNCLEAN_ELECTION_CHECK_MS, { kind: 'uncleanElectionCheck', epoch })
}

/** ReplicationControlManager.handleBrokerFenced: out of every ISR, leadership moved. */
export function fenceBroker(ctx: Ctx, b: BrokerId, reason: 'sessionTimeout' | 'shutdown'): void {
  const { sim } = ctx
  const br = sim.brokers[b]
  if (br === undefined) return
  br.fenced = true
  emit(ctx, { type: 'brokerFenced', broker: b, reason, touches: [touchBroker(b)] })
  for (const key of Object.keys(sim.partitions)) {
    const meta = sim.partitions[key] as PartitionMeta
    if (!meta.replicas.includes(b)) continue
    const wasLeader = meta.leader === b
    const inIsr = meta.isr.includes(b)
    if (!wasLeader && !inIsr) continue
    if (inIsr && meta.isr.length > 1) {
      meta.isr = meta.isr.filter((x) => x !== b)
      sim.metrics.isrShrinks++
      emit(ctx, {
        type: 'isrShrunk',
        partition: key,
        removed: [b],
        isr: meta.isr.slice(),
        reason: reason === 'shutdown' ? 'shutdown' : 'fenced',
        touches: [touchPartition(key), `replica-${key}-${b}`],
      })
    }
    if (wasLeader) elect(ctx, meta, reason === 'shutdown' ? 'controlledShutdown' : 'offline')
    else {
      meta.partitionEpoch++
      publishPartition(ctx, meta)
    }
  }
}

function liveBrokers(ctx: Ctx): BrokerId[] {
  return sortedBrokerIds(ctx.sim).filter((id) => {
    const br = ctx.sim.brokers[id]
    return br !== undefined && !br.fenced && br.status !== 'offline'
  })
}

/** Runs a leader election for a partition and publishes the result. */
export function elect(ctx: Ctx, meta: PartitionMeta, kind: ElectionKind): void {
  const { sim } = ctx
  const live = liveBrokers(ctx)
  const shuttingDown = sortedBrokerIds(sim).filter((id) => sim.brokers[id]?.shuttingDown)
  const unclean = partitionConfig(sim, meta.key).uncleanLeaderElectionEnable
  const previous = meta.leader
  const res = chooseLeader(kind, {
    assignment: meta.replicas,
    isr: meta.isr,
    live,
    shuttingDown,
    uncleanEnabled: unclean,
    currentLeader: kind === 'preferred' ? meta.leader : null,
  })
  if (kind === 'preferred' && res.leader === previous) return
  meta.partitionEpoch++
  if (res.leader === null) {
    meta.leader = null
    meta.offline = true
    meta.leaderEpoch++
    meta.lastLeaderChange = 'none'
    emit(ctx, {
      type: 'partitionOffline',
      partition: meta.key,
      isr: meta.isr.slice(),
      touches: [touchPartition(meta.key)],
    })
  } else {
    meta.leader = res.leader
    meta.offline = false
    meta.leaderEpoch++
    const label = res.unclean
      ? 'unclean'
      : kind === 'preferred'
        ? 'preferred'
        : kind === 'controlledShutdown'
          ? 'controlled'
          : 'clean'
    meta.lastLeaderChange = label
    if (res.unclean) {
      meta.isr = [res.leader]
      sim.metrics.uncleanElections++
    } else if (!meta.isr.includes(res.leader)) meta.isr = [...meta.isr, res.leader]
    if (kind === 'controlledShutdown' && previous !== null)
      meta.isr = meta.isr.filter((x) => x !== previous)
    sim.metrics.elections++
    emit(ctx, {
      type: 'leaderElected',
      partition: meta.key,
      leader: res.leader,
      previous,
      epoch: meta.leaderEpoch,
      kind: label,
      touches: [touchPartition(meta.key), `replica-${meta.key}-${res.leader}`],
    })
  }
  publishPartition(ctx, meta)
}

/** Partitions without a leader get one as soon as an eligible replica is back. */
export function electOfflinePartitions(ctx: Ctx): void {
  const { sim } = ctx
  if (sim.controller.activeId === null) return
  for (const key of Object.keys(sim.partitions)) {
    const meta = sim.partitions[key] as PartitionMeta
    if (meta.leader !== null && !sim.brokers[meta.leader]?.fenced) continue
    const live = liveBrokers(ctx)
    const unclean = partitionConfig(sim, key).uncleanLeaderElectionEnable
    const res = chooseLeader('offline', {
      assignment: meta.replicas,
      isr: meta.isr,
      live,
      uncleanEnabled: unclean,
    })
    if (res.leader !== null) elect(ctx, meta, 'offline')
  }
}

/** Preferred-leader election, for a topic and/or the partitions whose preferred replica is `broker`. */
export function electPreferredLeaders(ctx: Ctx, topic?: string, broker?: number): void {
  const { sim } = ctx
  for (const key of Object.keys(sim.partitions)) {
    const meta = sim.partitions[key] as PartitionMeta
    if (topic !== undefined && meta.topic !== topic) continue
    if (broker !== undefined && meta.replicas[0] !== broker) continue
    if (meta.leader !== meta.replicas[0]) elect(ctx, meta, 'preferred')
  }
}
