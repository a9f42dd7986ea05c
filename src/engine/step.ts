// The engine's clock. `runUntil` pops due timers in (tick, sequence) order and hands each to the
// rule that owns it; a delivered message goes to its receiver's handler. The order within a tick
// is part of the spec: the run's inputs for a tick are applied first (by the timeline), then the
// timers and deliveries due at it, in the order they were scheduled.

import type { Ctx } from './ctx'
import { handleGroupDelivery, handleGroupTimer, handleGroupUndeliverable } from './groups/dispatch'
import type { SimState } from './model'
import { brokerAlive, type InFlight, producerIdOf } from './network'
import {
  checkBrokerSessions,
  checkUncleanElections,
  electController,
  handleBrokerHeartbeat,
} from './rules/controller'
import {
  type FetchResponse,
  handleFetchRequest,
  handleFetchResponse,
  handleFetchWaitExpired,
  handleSendFetchTimer,
  retryFetchLater,
} from './rules/fetch'
import {
  handleAlterPartition,
  handleAlterPartitionResponse,
  maybeShrinkIsr,
  scheduleIsrExpiration,
} from './rules/isr'
import { applyPartitionMetadata, type MetadataPayload } from './rules/metadata'
import {
  handleProduceRequest,
  handlePurgatoryTimeouts,
  type ProduceRequest,
  type ProduceResponse,
} from './rules/producePurgatory'
import { autoProduceOne } from './rules/producer'
import {
  handleProduceResponse,
  handleProduceUndeliverable,
  handleRequestTimeouts,
} from './rules/producerResponses'
import { runSender } from './rules/producerSender'
import { checkpointHighWatermarks, enforceRetention, flushPageCache } from './rules/storage'
import { handleEpochRequest, handleEpochResponse, retryEpochRequest } from './rules/truncate'
import { peekTimer, popTimer, schedule, type Timer } from './scheduler'

/** Whether a message can be handed to its receiver now. */
function deliverable(sim: SimState, m: InFlight): boolean {
  if (typeof m.to === 'number') {
    if (!brokerAlive(sim, m.to)) return false
    if (typeof m.from === 'number' && m.from !== m.to) {
      return sim.brokers[m.to]?.status !== 'isolated' && sim.brokers[m.from]?.status !== 'isolated'
    }
  }
  return true
}

function deliver(ctx: Ctx, m: InFlight): void {
  const { sim } = ctx
  if (!deliverable(sim, m)) {
    undeliverable(ctx, m)
    return
  }
  const to = m.to
  switch (m.kind) {
    case 'metadata':
      applyPartitionMetadata(ctx, to as number, m.payload as MetadataPayload)
      return
    case 'fetch':
      handleFetchRequest(ctx, to as number, m.payload as Parameters<typeof handleFetchRequest>[2])
      return
    case 'fetchResponse':
      handleFetchResponse(ctx, to as number, m.payload as FetchResponse)
      return
    case 'offsetsForLeaderEpoch':
      handleEpochRequest(ctx, to as number, m.payload as Parameters<typeof handleEpochRequest>[2])
      return
    case 'offsetsForLeaderEpochResponse':
      handleEpochResponse(ctx, to as number, m.payload as Parameters<typeof handleEpochResponse>[2])
      return
    case 'alterPartition':
      handleAlterPartition(
        ctx,
        to as number,
        m.payload as Parameters<typeof handleAlterPartition>[2],
      )
      return
    case 'alterPartitionResponse':
      handleAlterPartitionResponse(
        ctx,
        to as number,
        m.payload as Parameters<typeof handleAlterPartitionResponse>[2],
      )
      return
    case 'produce':
      handleProduceRequest(ctx, to as number, m.payload as ProduceRequest)
      return
    case 'produceResponse': {
      const p = sim.producers[producerIdOf(to)]
      if (p !== undefined) handleProduceResponse(ctx, p, m.payload as ProduceResponse)
      return
    }
    default:
      handleGroupDelivery(ctx, m)
  }
}

function undeliverable(ctx: Ctx, m: InFlight): void {
  const { sim } = ctx
  switch (m.kind) {
    case 'fetch':
      retryFetchLater(ctx, m.from as number, m.to as number)
      return
    case 'produce': {
      const p = sim.producers[producerIdOf(m.from)]
      if (p !== undefined)
        handleProduceUndeliverable(ctx, p, (m.payload as ProduceRequest).requestId)
      return
    }
    default:
      handleGroupUndeliverable(ctx, m)
  }
}

function fire(ctx: Ctx, t: Timer): void {
  const { sim } = ctx
  switch (t.kind) {
    case 'deliver':
      deliver(ctx, t.msg)
      return
    case 'heartbeat': {
      const br = sim.brokers[t.broker]
      if (br === undefined || br.incarnation !== t.inc || br.status === 'offline') return
      const c = sim.controller.activeId
      if (
        c !== null &&
        (c === t.broker || (br.status === 'online' && sim.brokers[c]?.status === 'online'))
      ) {
        handleBrokerHeartbeat(ctx, t.broker)
      }
      schedule(sim, sim.config.broker.brokerHeartbeatIntervalMs, {
        kind: 'heartbeat',
        broker: t.broker,
        inc: t.inc,
      })
      return
    }
    case 'controllerCheck':
      checkBrokerSessions(ctx, t.epoch)
      return
    case 'controllerElection':
      electController(ctx)
      return
    case 'uncleanElectionCheck':
      checkUncleanElections(ctx, t.epoch)
      return
    case 'isrExpiration': {
      const br = sim.brokers[t.broker]
      if (br === undefined || br.incarnation !== t.inc || br.status === 'offline') return
      maybeShrinkIsr(ctx, t.broker)
      scheduleIsrExpiration(ctx, t.broker, t.inc)
      return
    }
    case 'fetchWaitExpired':
      handleFetchWaitExpired(ctx, t.leader, t.follower, t.parkId)
      return
    case 'sendFetch':
      handleSendFetchTimer(ctx, t.follower, t.leader, t.token)
      return
    case 'retryEpochRequest':
      retryEpochRequest(ctx, t.replica, t.token)
      return
    case 'hwCheckpoint':
      checkpointHighWatermarks(ctx, t.broker, t.inc)
      return
    case 'pageFlush':
      flushPageCache(ctx, t.broker, t.inc)
      return
    case 'retentionCheck':
      enforceRetention(ctx, t.broker, t.inc)
      return
    case 'producerWake': {
      const p = sim.producers[t.producer]
      if (p === undefined || p.nextWake !== t.at) return
      p.nextWake = -1
      runSender(ctx, p)
      return
    }
    case 'purgatoryTimeout':
      handlePurgatoryTimeouts(ctx, t.broker, t.at)
      return
    case 'requestTimeout': {
      const p = sim.producers[t.producer]
      if (p !== undefined) handleRequestTimeouts(ctx, p, t.at)
      return
    }
    case 'autoProduce': {
      const p = sim.producers[t.producer]
      if (p === undefined || p.autoGen !== t.gen || p.autoRate <= 0) return
      autoProduceOne(ctx, p)
      schedule(sim, Math.max(1, Math.round(1000 / p.autoRate)), {
        kind: 'autoProduce',
        producer: p.id,
        gen: t.gen,
      })
      return
    }
    case 'group':
      handleGroupTimer(ctx, t)
      return
  }
}

/**
 * More timers than any run fires in one simulated millisecond (bench-stress fires about 30): a
 * rule that keeps rescheduling itself at the same tick (a zero backoff against a dead broker) would
 * otherwise hang the simulation without a word. It fails instead, naming the timer.
 */
export const MAX_TIMERS_PER_TICK = 100_000

export class SameTickLoopError extends Error {
  constructor(tick: number, kind: string) {
    super(`the simulation is stuck at ${tick} ms: ${kind} timers keep firing without time passing`)
    this.name = 'SameTickLoopError'
  }
}

/** Runs every timer due at or before `tick`, then sets the clock to `tick`. */
export function runUntil(ctx: Ctx, tick: number): void {
  const { sim } = ctx
  let at = -1
  let fired = 0
  for (;;) {
    const next = peekTimer(sim)
    if (next === undefined || next.at > tick) break
    popTimer(sim)
    if (next.at !== at) {
      at = next.at
      fired = 0
    } else if (++fired > MAX_TIMERS_PER_TICK) throw new SameTickLoopError(at, timerName(next))
    sim.tick = next.at
    fire(ctx, next)
  }
  sim.tick = Math.max(sim.tick, tick)
}

function timerName(t: Timer): string {
  return t.kind === 'deliver'
    ? `deliver ${t.msg.kind}`
    : t.kind === 'group'
      ? `group ${t.action}`
      : t.kind
}

/** Runs the timers of the next due tick only; returns that tick, or null if nothing is scheduled. */
export function runNextTick(ctx: Ctx): number | null {
  const next = peekTimer(ctx.sim)
  if (next === undefined) return null
  runUntil(ctx, next.at)
  return next.at
}
