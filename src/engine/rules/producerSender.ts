// The producer's Sender thread: drains ready batches per leader broker into produce requests,
// expires batches past delivery.timeout.ms, and handles the answers (acknowledge, retry after
// retry.backoff.ms, or give up). With max.in.flight.requests.per.connection = 1 a partition is
// muted while a batch is in flight, as Kafka does to guarantee order without idempotence. The
// answers themselves are handled in producerResponses.ts.

import { type Ctx, emit, touchPartition } from '../ctx'
import type { ProduceErrorCode } from '../events'
import type { BatchOutcome, BrokerId, OpenBatch, ProduceEntry, Producer } from '../model'
import { producerEndpoint, send } from '../network'
import { scheduleAt } from '../scheduler'
import type { ProduceRequest } from './producePurgatory'
import { isIdempotent, queueOrder, queuesChanged, refreshMetadata, wakeSenderAt } from './producer'
import {
  assignSequence,
  epochOf,
  expiredAfterSend,
  failedForGood,
  mustWait,
  outOfOrderRetry,
  resolveSequencesAndBump,
} from './producerSequences'
import { markFailed } from './recordFate'

const RECENT = 12

export function remember(
  ctx: Ctx,
  p: Producer,
  b: OpenBatch,
  outcome: BatchOutcome['outcome'],
  willRetry: boolean,
  offset = -1,
): void {
  // A new array, not a push: views share this list, and the worker diffs a view against the last
  // one sent, so a list changed in place would never reach the page.
  p.recent = [
    ...p.recent.slice(-(RECENT - 1)),
    {
      batchId: b.id,
      partition: b.partition,
      records: b.recordIds.length,
      tick: ctx.sim.tick,
      outcome,
      willRetry,
      offset,
    },
  ]
}

export function removeBatch(p: Producer, b: OpenBatch): void {
  const q = p.queues[b.partition]
  if (q !== undefined) {
    const i = q.indexOf(b.id)
    if (i >= 0) q.splice(i, 1)
    if (q.length === 0) {
      delete p.queues[b.partition]
      queuesChanged(p)
    }
  }
  delete p.batches[b.id]
}

/** The batch fails to its callback: past delivery.timeout.ms, or out of retries. */
function expire(ctx: Ctx, p: Producer, b: OpenBatch, timedOut = true): void {
  // Expired after it was sent, it may be in the log: its partition's sequence is unresolved.
  if (timedOut && isIdempotent(p) && b.attempts > 0) expiredAfterSend(p, b)
  markFailed(ctx.sim, b.recordIds)
  remember(ctx, p, b, 'expired', false)
  emit(ctx, {
    type: 'recordsExpired',
    producer: p.id,
    partition: b.partition,
    count: b.recordIds.length,
    touches: [touchPartition(b.partition)],
  })
  removeBatch(p, b)
}

function isReady(ctx: Ctx, p: Producer, b: OpenBatch, isLastInQueue: boolean): boolean {
  const now = ctx.sim.tick
  if (b.retryAt > now) return false
  if (b.attempts > 0 || !isLastInQueue || b.bytes >= p.config.batchSize) return true
  return now - b.createdTick >= p.config.lingerMs
}

export function runSender(ctx: Ctx, p: Producer): void {
  const { sim } = ctx
  const now = sim.tick
  if (now - p.metadataRefreshedAt >= p.config.metadataMaxAgeMs) refreshMetadata(sim, p)
  const idem = isIdempotent(p)
  if (idem) resolveSequencesAndBump(p)
  let nextWake = Number.POSITIVE_INFINITY
  const byBroker = new Map<BrokerId, OpenBatch[][]>()
  for (const pk of queueOrder(p)) {
    // RecordAccumulator.expiredBatches: every queued batch past delivery.timeout.ms fails. A queue
    // is in creation order (batches join at its tail), so the expired batches are a prefix of it.
    const q = p.queues[pk] ?? []
    let old = 0
    while (
      old < q.length &&
      now - (p.batches[q[old] as number] as OpenBatch).createdTick >= p.config.deliveryTimeoutMs
    )
      old++
    if (old > 0)
      for (const id of q.slice(0, old)) {
        const b = p.batches[id] as OpenBatch
        if (!b.inFlight) expire(ctx, p, b)
      }
    const queue = p.queues[pk] ?? []
    const ready: OpenBatch[] = []
    // RecordAccumulator.drain takes batches from the head of the partition's queue only: a batch
    // waiting to be retried holds back the ones behind it, and with idempotence a retry is sent
    // only if it holds the lowest outstanding sequence (producerSequences.ts), so sequences reach
    // the leader in order and a retry stays within the 5 batches the leader remembers.
    for (let i = 0; i < queue.length; i++) {
      const b = p.batches[queue[i] as number] as OpenBatch
      if (b.inFlight) {
        if (p.config.maxInFlightRequestsPerConnection === 1) break
        continue
      }
      if (!isReady(ctx, p, b, i === queue.length - 1)) {
        nextWake = Math.min(nextWake, Math.max(b.retryAt, b.createdTick + p.config.lingerMs))
        break
      }
      if (idem && mustWait(p, b)) break
      ready.push(b)
      if (p.config.maxInFlightRequestsPerConnection === 1) break
    }
    const leader = p.leaders[pk] ?? null
    if (ready.length === 0) continue
    if (leader === null) {
      nextWake = Math.min(nextWake, now + retryBackoff(p, 1))
      continue
    }
    const list = byBroker.get(leader) ?? []
    list.push(ready)
    byBroker.set(leader, list)
  }
  for (const [broker, perPartition] of [...byBroker.entries()].sort((a, b) => a[0] - b[0])) {
    drainTo(ctx, p, broker, perPartition)
  }
  if (Number.isFinite(nextWake)) wakeSenderAt(sim, p, nextWake)
}

/**
 * One request per round (at most one batch per partition each), while the connection has room.
 * A request carries one producer epoch: batches still under an older one (their partition did
 * not trigger the bump) go in a request of their own.
 */
function drainTo(ctx: Ctx, p: Producer, broker: BrokerId, perPartition: OpenBatch[][]): void {
  for (let round = 0; ; round++) {
    const batches = perPartition
      .map((list) => list[round])
      .filter((b): b is OpenBatch => b !== undefined)
    if (batches.length === 0) return
    const epochs = [...new Set(batches.map((b) => epochOf(p, b)))].sort((a, b) => a - b)
    for (const epoch of epochs) {
      if ((p.inFlightPerBroker[broker] ?? 0) >= p.config.maxInFlightRequestsPerConnection) return
      sendRequest(
        ctx,
        p,
        broker,
        batches.filter((b) => epochOf(p, b) === epoch),
      )
    }
  }
}

function sendRequest(ctx: Ctx, p: Producer, broker: BrokerId, batches: OpenBatch[]): void {
  const { sim } = ctx
  const idem = isIdempotent(p)
  const epoch = idem ? epochOf(p, batches[0] as OpenBatch) : p.producerEpoch
  const entries: ProduceEntry[] = batches.map((b) => {
    if (idem) assignSequence(p, b)
    return {
      partition: b.partition,
      batchId: b.id,
      recordIds: b.recordIds.slice(),
      bytes: b.bytes,
      baseSequence: idem ? b.baseSequence : -1,
      maxTimestamp: sim.tick,
    }
  })
  const requestId = sim.counters.requestId++
  const req: ProduceRequest = {
    requestId,
    producer: p.id,
    producerId: idem ? p.producerId : -1,
    producerEpoch: epoch,
    acks: p.config.acks,
    timeoutMs: p.config.requestTimeoutMs,
    entries,
  }
  const records = entries.reduce((s, e) => s + e.recordIds.length, 0)
  const id = send(sim, 'produce', producerEndpoint(p.id), broker, req, {
    partitions: entries.map((e) => e.partition),
    records,
  })
  for (const b of batches) b.attempts++
  if (id === null) {
    failBatches(ctx, p, batches, 'NETWORK_EXCEPTION')
    return
  }
  if (p.config.acks === 0) {
    // acks=0: the producer does not wait; the record counts as sent, with no offset.
    for (const b of batches) {
      remember(ctx, p, b, 'sent', false)
      removeBatch(p, b)
    }
    return
  }
  for (const b of batches) b.inFlight = true
  // The client's own timeout: a little after the broker's, so the broker usually answers first.
  const deadline = sim.tick + p.config.requestTimeoutMs + 2 * sim.config.network.latencyMs + 1
  p.requests[requestId] = {
    id: requestId,
    broker,
    batchIds: batches.map((b) => b.id),
    sentTick: sim.tick,
    deadline,
  }
  p.inFlightPerBroker[broker] = (p.inFlightPerBroker[broker] ?? 0) + 1
  armRequestTimeout(ctx, p, deadline)
}

/**
 * One timer per producer for the earliest request deadline (not one per request): when it fires,
 * every request past its deadline times out and the timer is set for the next deadline.
 */
export function armRequestTimeout(ctx: Ctx, p: Producer, at: number): void {
  const now = ctx.sim.tick
  if (p.timeoutWake >= now && p.timeoutWake <= at) return
  p.timeoutWake = at
  scheduleAt(ctx.sim, at, { kind: 'requestTimeout', producer: p.id, requestId: 0 })
}

export function failBatches(
  ctx: Ctx,
  p: Producer,
  batches: OpenBatch[],
  error: ProduceErrorCode | 'OUT_OF_ORDER_SEQUENCE',
): void {
  const { sim } = ctx
  for (const b of batches) {
    b.inFlight = false
    const give =
      sim.tick - b.createdTick >= p.config.deliveryTimeoutMs || b.attempts > p.config.retries
    if (error !== 'OUT_OF_ORDER_SEQUENCE') {
      emit(ctx, {
        type: 'produceError',
        producer: p.id,
        partition: b.partition,
        error,
        willRetry: !give,
        records: b.recordIds.length,
        touches: [touchPartition(b.partition)],
      })
    }
    if (give) {
      // Retries exhausted (not the delivery timeout): Kafka fails the batch to its callback, and
      // after OUT_OF_ORDER_SEQUENCE bumps the epoch so that the next batches can go on.
      const timedOut = sim.tick - b.createdTick >= p.config.deliveryTimeoutMs
      if (isIdempotent(p) && !timedOut) failedForGood(p, b, error === 'OUT_OF_ORDER_SEQUENCE')
      expire(ctx, p, b, timedOut)
      continue
    }
    if (isIdempotent(p) && error === 'OUT_OF_ORDER_SEQUENCE') outOfOrderRetry(p, b)
    remember(ctx, p, b, error, true)
    b.retryAt = sim.tick + retryBackoff(p, b.attempts)
  }
  if (
    error === 'NOT_LEADER_OR_FOLLOWER' ||
    error === 'NETWORK_EXCEPTION' ||
    error === 'REQUEST_TIMED_OUT'
  ) {
    refreshMetadata(sim, p)
  }
  const next = Math.min(
    ...batches.map((b) => b.retryAt).filter((t) => t > sim.tick),
    sim.tick + retryBackoff(p, 1),
  )
  wakeSenderAt(sim, p, next)
}

/**
 * Exponential backoff between retries (KIP-580): retry.backoff.ms doubling up to
 * retry.backoff.max.ms; at least a millisecond (a send that fails at once costs no simulated time,
 * so a backoff of 0 would retry forever at the same instant).
 */
function retryBackoff(p: Producer, attempts: number): number {
  const { retryBackoffMs, retryBackoffMaxMs } = p.config
  return Math.max(
    1,
    Math.min(
      Math.max(retryBackoffMs, retryBackoffMaxMs),
      retryBackoffMs * 2 ** Math.max(0, Math.min(20, attempts - 1)),
    ),
  )
}
