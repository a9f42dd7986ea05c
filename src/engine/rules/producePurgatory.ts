// The leader's side of a produce request (Partition.appendRecordsToLeader and the produce
// purgatory, DelayedProduce). acks=all is refused with NOT_ENOUGH_REPLICAS before appending when
// the ISR is below min(min.insync.replicas, RF); otherwise the batch is appended and the request
// waits until the HW passes it, then succeeds, or answers NOT_ENOUGH_REPLICAS_AFTER_APPEND if the
// ISR shrank meanwhile (the data stays in the log), or REQUEST_TIMED_OUT. An idempotent batch
// whose sequence range is already in the log is not appended again (ProducerStateEntry keeps 5).

import { get } from '../chunks'
import type { Acks } from '../config'
import { type Ctx, emit, touchReplica } from '../ctx'
import type { ProduceErrorCode } from '../events'
import { appendBatch } from '../log/replicaLog'
import { partitionConfig } from '../lookup'
import type {
  Batch,
  BrokerId,
  PendingProduce,
  ProduceEntry,
  ProduceResult,
  Replica,
} from '../model'
import { replicaKey } from '../model'
import { producerEndpoint, send } from '../network'
import { scheduleAt } from '../scheduler'
import { appendOptions, completeParkedFetches } from './fetch'
import { isUnderMinIsr } from './highWatermark'
import { maybeIncrementHighWatermark } from './highWatermarkUpdate'
import { markAppended } from './recordFate'

export interface ProduceRequest {
  readonly requestId: number
  readonly producer: string
  readonly producerId: number
  readonly producerEpoch: number
  readonly acks: Acks
  readonly timeoutMs: number
  readonly entries: readonly ProduceEntry[]
}

export interface ProduceResponse {
  readonly requestId: number
  readonly broker: BrokerId
  readonly results: readonly ProduceResult[]
}

const NUM_BATCHES_TO_RETAIN = 5

type DedupResult =
  | { kind: 'append' }
  | { kind: 'duplicate'; baseOffset: number }
  | { kind: 'outOfOrder' }

/**
 * UnifiedLog.analyzeAndValidateProducerState, reading the producer's last batches from the log:
 * a batch of the same epoch with the same sequence range is a duplicate; a newer epoch must start
 * at sequence 0 (KIP-360); otherwise the sequence must follow the last one.
 */
function checkSequence(
  r: Replica,
  producerId: number,
  producerEpoch: number,
  entry: ProduceEntry,
): DedupResult {
  if (producerId < 0) return { kind: 'append' }
  let seen = 0
  let last: Batch | null = null
  for (let i = r.log.batches.length - 1; i >= 0 && seen < NUM_BATCHES_TO_RETAIN; i--) {
    const b = get(r.log.batches, i) as Batch
    if (b.producerId !== producerId) continue
    if (last === null) last = b
    if (b.producerEpoch !== producerEpoch) break
    seen++
    if (b.baseSequence === entry.baseSequence && b.count === entry.recordIds.length) {
      return { kind: 'duplicate', baseOffset: b.baseOffset }
    }
  }
  if (last === null) return { kind: 'append' }
  if (producerEpoch > last.producerEpoch)
    return entry.baseSequence === 0 ? { kind: 'append' } : { kind: 'outOfOrder' }
  if (producerEpoch < last.producerEpoch) return { kind: 'outOfOrder' }
  return entry.baseSequence === last.baseSequence + last.count
    ? { kind: 'append' }
    : { kind: 'outOfOrder' }
}

function appendToLeader(ctx: Ctx, r: Replica, req: ProduceRequest, e: ProduceEntry): ProduceResult {
  const { sim } = ctx
  const base = { partition: e.partition, batchId: e.batchId }
  const dedup = checkSequence(r, req.producerId, req.producerEpoch, e)
  if (dedup.kind === 'duplicate') {
    emit(ctx, {
      type: 'duplicateDropped',
      producer: req.producer,
      partition: e.partition,
      baseSequence: e.baseSequence,
      touches: [touchReplica(e.partition, r.brokerId)],
    })
    return { ...base, ok: true, baseOffset: dedup.baseOffset, duplicate: true }
  }
  if (dedup.kind === 'outOfOrder') return { ...base, ok: false, error: 'OUT_OF_ORDER_SEQUENCE' }
  const ids = e.recordIds
  const contiguous = ids.every((id, i) => id === (ids[0] as number) + i)
  const batch: Batch = Object.freeze({
    baseOffset: r.log.logEndOffset,
    count: ids.length,
    epoch: r.leaderEpoch,
    producerId: req.producerId,
    producerEpoch: req.producerEpoch,
    baseSequence: e.baseSequence,
    firstRecordId: ids[0] as number,
    recordIds: contiguous ? null : ids.slice(),
    bytes: e.bytes,
    maxTimestamp: e.maxTimestamp,
    appendTick: sim.tick,
  })
  const rolled = appendBatch(r.log, batch, appendOptions(ctx, r.partition), sim.tick)
  if (rolled !== null) {
    emit(ctx, {
      type: 'segmentRolled',
      partition: r.partition,
      broker: r.brokerId,
      baseOffset: rolled,
      touches: [touchReplica(r.partition, r.brokerId)],
    })
  }
  markAppended(ctx, r.partition, batch, ids)
  completeParkedFetches(ctx, r.brokerId, r.partition)
  return { ...base, ok: true, baseOffset: batch.baseOffset, duplicate: false }
}

export function handleProduceRequest(ctx: Ctx, broker: BrokerId, req: ProduceRequest): void {
  const { sim } = ctx
  const done: ProduceResult[] = []
  const waiting: PendingProduce['waiting'] = []
  const touched: Replica[] = []
  for (const e of req.entries) {
    const r = sim.replicas[replicaKey(e.partition, broker)]
    const base = { partition: e.partition, batchId: e.batchId }
    if (r === undefined || r.role !== 'leader') {
      done.push({ ...base, ok: false, error: 'NOT_LEADER_OR_FOLLOWER' })
      continue
    }
    const meta = sim.partitions[e.partition]
    const minIsr = partitionConfig(sim, e.partition).minInsyncReplicas
    const rf = meta?.replicas.length ?? 1
    if (req.acks === 'all' && isUnderMinIsr(r.isr.length, minIsr, rf)) {
      done.push({ ...base, ok: false, error: 'NOT_ENOUGH_REPLICAS' })
      continue
    }
    const res = appendToLeader(ctx, r, req, e)
    touched.push(r)
    // A duplicate waits for the HW like the original would (its offsets are the original's).
    if (res.ok && req.acks === 'all') {
      waiting.push({
        partition: e.partition,
        requiredOffset: res.baseOffset + e.recordIds.length,
        batchId: e.batchId,
        baseOffset: res.baseOffset,
        duplicate: res.duplicate,
      })
    } else done.push(res)
  }
  if (req.acks === 0) {
    for (const r of touched) maybeIncrementHighWatermark(ctx, r)
    return
  }
  const brk = sim.brokers[broker]
  if (waiting.length > 0 && brk !== undefined) {
    brk.purgatory[req.requestId] = {
      requestId: req.requestId,
      producer: req.producer,
      deadline: sim.tick + req.timeoutMs,
      waiting,
      done,
    }
    armPurgatoryTimeout(ctx, broker, sim.tick + req.timeoutMs)
    for (const r of touched) maybeIncrementHighWatermark(ctx, r)
    // The HW may already cover the batch (e.g. the leader is the only replica).
    for (const r of touched) completeWaitingProduces(ctx, r)
    return
  }
  for (const r of touched) maybeIncrementHighWatermark(ctx, r)
  respond(ctx, broker, req.requestId, req.producer, done)
}

function respond(
  ctx: Ctx,
  broker: BrokerId,
  requestId: number,
  producer: string,
  results: readonly ProduceResult[],
): void {
  const resp: ProduceResponse = { requestId, broker, results }
  send(ctx.sim, 'produceResponse', broker, producerEndpoint(producer), resp, {
    partitions: results.map((x) => x.partition),
  })
}

/** DelayedProduce.tryComplete for every request waiting on this replica's partition. */
export function completeWaitingProduces(ctx: Ctx, r: Replica): void {
  const { sim } = ctx
  const brk = sim.brokers[r.brokerId]
  if (brk === undefined) return
  const meta = sim.partitions[r.partition]
  let minIsr = -1
  const leader = r.role === 'leader'
  for (const id in brk.purgatory) {
    const p: PendingProduce | undefined = brk.purgatory[id]
    if (p === undefined) continue
    // Only a request with an entry for this partition that can now be decided changes.
    let decidable = false
    for (const w of p.waiting) {
      if (w.partition === r.partition && (!leader || r.highWatermark >= w.requiredOffset)) {
        decidable = true
        break
      }
    }
    if (!decidable) continue
    if (minIsr < 0) minIsr = partitionConfig(sim, r.partition).minInsyncReplicas
    const still: PendingProduce['waiting'] = []
    const done = p.done.slice()
    for (const w of p.waiting) {
      const base = { partition: w.partition, batchId: w.batchId }
      if (w.partition !== r.partition) still.push(w)
      else if (r.role !== 'leader')
        done.push({ ...base, ok: false, error: 'NOT_LEADER_OR_FOLLOWER' })
      else if (r.highWatermark < w.requiredOffset) still.push(w)
      else if (isUnderMinIsr(r.isr.length, minIsr, meta?.replicas.length ?? 1)) {
        done.push({ ...base, ok: false, error: 'NOT_ENOUGH_REPLICAS_AFTER_APPEND' })
      } else done.push({ ...base, ok: true, baseOffset: w.baseOffset, duplicate: w.duplicate })
    }
    if (still.length === 0) {
      delete brk.purgatory[id]
      respond(ctx, r.brokerId, p.requestId, p.producer, done)
    } else brk.purgatory[id] = { ...p, waiting: still, done }
  }
}

/** One timer per broker for the earliest deadline in its purgatory (not one per request). */
function armPurgatoryTimeout(ctx: Ctx, broker: BrokerId, at: number): void {
  const brk = ctx.sim.brokers[broker]
  if (brk === undefined || (brk.purgatoryWake >= ctx.sim.tick && brk.purgatoryWake <= at)) return
  brk.purgatoryWake = at
  scheduleAt(ctx.sim, at, { kind: 'purgatoryTimeout', broker, requestId: 0 })
}

/** The purgatory's timer fired at `at`: requests past their deadline time out (DelayedProduce). */
export function handlePurgatoryTimeouts(ctx: Ctx, broker: BrokerId, at: number): void {
  const brk = ctx.sim.brokers[broker]
  if (brk === undefined || brk.purgatoryWake !== at) return
  brk.purgatoryWake = -1
  const now = ctx.sim.tick
  const expired: number[] = []
  let next = Number.POSITIVE_INFINITY
  for (const id in brk.purgatory) {
    const p = brk.purgatory[id] as PendingProduce
    if (p.deadline <= now) expired.push(p.requestId)
    else if (p.deadline < next) next = p.deadline
  }
  for (const id of expired) timeOut(ctx, broker, id)
  if (next !== Number.POSITIVE_INFINITY) armPurgatoryTimeout(ctx, broker, next)
}

function timeOut(ctx: Ctx, broker: BrokerId, requestId: number): void {
  const brk = ctx.sim.brokers[broker]
  const p = brk?.purgatory[requestId]
  if (brk === undefined || p === undefined) return
  delete brk.purgatory[requestId]
  const err: ProduceErrorCode = 'REQUEST_TIMED_OUT'
  const results: ProduceResult[] = [
    ...p.done,
    ...p.waiting.map((w) => ({
      partition: w.partition,
      batchId: w.batchId,
      ok: false as const,
      error: err,
    })),
  ]
  respond(ctx, broker, p.requestId, p.producer, results)
}
