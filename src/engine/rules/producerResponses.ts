// The producer's side of answers (the Sender's completion handling): a produce response
// acknowledges batches or fails them (retried by producerSender.ts's failBatches; with idempotence
// an OUT_OF_ORDER_SEQUENCE may bump the epoch, see producerSequences.ts), and a request
// that got no answer in time, or never reached its broker, fails with REQUEST_TIMED_OUT or
// NETWORK_EXCEPTION. Request timeouts share one timer per producer (the earliest deadline).

import type { Ctx } from '../ctx'
import type { BrokerId, OpenBatch, ProduceResult, Producer, ProducerRequest } from '../model'
import type { ProduceResponse } from './producePurgatory'
import { isIdempotent } from './producer'
import { armRequestTimeout, failBatches, remember, removeBatch, runSender } from './producerSender'
import { sequenceAcked } from './producerSequences'
import { checkZombieAck, markAcked } from './recordFate'

/** The producer's request-timeout timer fired at `at`. */
export function handleRequestTimeouts(ctx: Ctx, p: Producer, at: number): void {
  if (p.timeoutWake !== at) return
  p.timeoutWake = -1
  const now = ctx.sim.tick
  const expired: number[] = []
  let next = Number.POSITIVE_INFINITY
  for (const id in p.requests) {
    const req = p.requests[id] as ProducerRequest
    if (req.deadline <= now) expired.push(req.id)
    else if (req.deadline < next) next = req.deadline
  }
  for (const id of expired) handleRequestTimeout(ctx, p, id)
  if (next !== Number.POSITIVE_INFINITY) armRequestTimeout(ctx, p, next)
}

function finishRequest(p: Producer, requestId: number): BrokerId | null {
  const req = p.requests[requestId]
  if (req === undefined) return null
  delete p.requests[requestId]
  p.inFlightPerBroker[req.broker] = Math.max(0, (p.inFlightPerBroker[req.broker] ?? 1) - 1)
  return req.broker
}

export function handleProduceResponse(ctx: Ctx, p: Producer, resp: ProduceResponse): void {
  const broker = finishRequest(p, resp.requestId)
  if (broker === null) return // already timed out and retried
  for (const res of resp.results) applyResult(ctx, p, resp.broker, res)
  runSender(ctx, p)
}

function applyResult(ctx: Ctx, p: Producer, broker: BrokerId, res: ProduceResult): void {
  const b = p.batches[res.batchId]
  if (b === undefined) return
  if (res.ok) {
    if (isIdempotent(p)) sequenceAcked(p, b)
    remember(ctx, p, b, res.duplicate ? 'duplicate' : 'acked', false, res.baseOffset)
    markAcked(ctx.sim, b.partition, b.recordIds, res.baseOffset)
    checkZombieAck(ctx, b.partition, broker, b.recordIds)
    removeBatch(p, b)
    return
  }
  failBatches(ctx, p, [b], res.error)
}

function handleRequestTimeout(ctx: Ctx, p: Producer, requestId: number): void {
  const req = p.requests[requestId]
  if (req === undefined) return
  finishRequest(p, requestId)
  const batches = req.batchIds
    .map((id) => p.batches[id])
    .filter((b): b is OpenBatch => b !== undefined)
  failBatches(ctx, p, batches, 'REQUEST_TIMED_OUT')
  runSender(ctx, p)
}

/** The request never reached the broker (it died or the link broke): a network error. */
export function handleProduceUndeliverable(ctx: Ctx, p: Producer, requestId: number): void {
  const req = p.requests[requestId]
  if (req === undefined) return
  finishRequest(p, requestId)
  const batches = req.batchIds
    .map((id) => p.batches[id])
    .filter((b): b is OpenBatch => b !== undefined)
  failBatches(ctx, p, batches, 'NETWORK_EXCEPTION')
}

/**
 * A broker's process stopped and its connections closed: each produce request it still held (in
 * its purgatory) fails at once with NETWORK_EXCEPTION, as NetworkClient fails the requests in
 * flight on a connection that drops. Answers it had already sent still arrive.
 */
export function failHeldProduceRequests(
  ctx: Ctx,
  held: readonly { readonly producer: string; readonly requestId: number }[],
): void {
  for (const h of held) {
    const p = ctx.sim.producers[h.producer]
    if (p !== undefined) handleProduceUndeliverable(ctx, p, h.requestId)
  }
}
