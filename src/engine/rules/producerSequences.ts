// The idempotent producer's sequence bookkeeping, as Kafka's TransactionManager keeps it for a
// producer without transactional.id (KIP-98, KIP-360), and the RecordAccumulator rule that reads
// it. A batch gets its epoch and base sequence when first drained and keeps them on every retry;
// a partition's batches that have a sequence and are not done yet are its in-flight set, lowest
// sequence first (the order of its queue).
// - A retried batch is drained only if it holds the partition's lowest outstanding sequence
//   (shouldStopDrainBatchesForPartition): after an error, retries reach the leader one at a time,
//   in order, and nothing behind them goes first.
// - OUT_OF_ORDER_SEQUENCE is always retried. On the batch the client expects to be next (no gap
//   before it on the client's side) it means the leader lost, or never had, what came before it:
//   the epoch is bumped and that partition's outstanding batches are renumbered from 0 under the
//   new epoch, in their order (startSequencesAtBeginning). On a later batch it waits for the
//   earlier one to fill the gap.
// - Other partitions keep their epoch until their own in-flight batches are done; new batches for
//   them wait meanwhile, then start again at sequence 0 (maybeUpdateProducerIdAndEpoch).
// - A batch that expires after it was sent leaves its partition unresolved (its fate is unknown):
//   no new batch gets a sequence until the in-flight ones are answered, and if they did not prove
//   it written, the epoch is bumped (maybeResolveSequences).

import type { OpenBatch, PartitionKey, PartitionSequences, Producer } from '../model'

function entry(p: Producer, pk: PartitionKey): PartitionSequences {
  let st = p.sequences[pk]
  if (st === undefined) {
    st = { epoch: p.producerEpoch, next: 0, lastAcked: -1, unresolved: -1 }
    p.sequences[pk] = st
  }
  return st
}

/** The partition's batches that have a sequence and are not done, lowest sequence first. */
function inFlight(p: Producer, pk: PartitionKey): OpenBatch[] {
  const out: OpenBatch[] = []
  for (const id of p.queues[pk] ?? []) {
    const b = p.batches[id]
    if (b !== undefined && b.baseSequence >= 0) out.push(b)
  }
  return out
}

function firstInFlight(p: Producer, pk: PartitionKey): OpenBatch | undefined {
  for (const id of p.queues[pk] ?? []) {
    const b = p.batches[id]
    if (b !== undefined && b.baseSequence >= 0) return b
  }
  return undefined
}

/** RecordAccumulator.shouldStopDrainBatchesForPartition, for the first batch not in flight. */
export function mustWait(p: Producer, b: OpenBatch): boolean {
  const first = firstInFlight(p, b.partition)
  if (b.baseSequence < 0) {
    const st = p.sequences[b.partition]
    if (st === undefined) return false
    // New batches wait while older-epoch batches are outstanding, or a sequence is unresolved.
    return (first !== undefined && st.epoch !== p.producerEpoch) || st.unresolved >= 0
  }
  return first !== undefined && first.baseSequence !== b.baseSequence
}

/** The epoch a batch is sent under: its own once it has a sequence, else the producer's. */
export function epochOf(p: Producer, b: OpenBatch): number {
  return b.baseSequence >= 0 ? b.producerEpoch : p.producerEpoch
}

/** Drained for the first time: the partition's next sequence, under the producer's epoch. */
export function assignSequence(p: Producer, b: OpenBatch): void {
  if (b.baseSequence >= 0) return
  let st = entry(p, b.partition)
  // A partition left on an older epoch starts again at 0 once nothing of it is outstanding.
  if (st.epoch !== p.producerEpoch && firstInFlight(p, b.partition) === undefined) {
    st = { epoch: p.producerEpoch, next: 0, lastAcked: -1, unresolved: st.unresolved }
    p.sequences[b.partition] = st
  }
  b.baseSequence = st.next
  b.producerEpoch = st.epoch
  st.next += b.recordIds.length
}

/** handleCompletedBatch: the leader acknowledged the batch. */
export function sequenceAcked(p: Producer, b: OpenBatch): void {
  const st = p.sequences[b.partition]
  if (st === undefined || b.baseSequence < 0) return
  st.lastAcked = Math.max(st.lastAcked, b.baseSequence + b.recordIds.length - 1)
}

function requestEpochBump(p: Producer, pk: PartitionKey): void {
  if (!p.epochBumpFor.includes(pk)) p.epochBumpFor = [...p.epochBumpFor, pk]
}

/** TransactionManager.canRetry on OUT_OF_ORDER_SEQUENCE (idempotent producer): bump or wait. */
export function outOfOrderRetry(p: Producer, b: OpenBatch): void {
  const st = entry(p, b.partition)
  const unresolved = st.unresolved >= 0
  const isNext = b.baseSequence - st.lastAcked === 1
  if (!unresolved && (b.sequenceReset || !isNext)) return
  if (!unresolved || st.unresolved === b.baseSequence) requestEpochBump(p, b.partition)
}

/** handleFailedBatch: a batch failed for good after the leader answered it with an error. */
export function failedForGood(p: Producer, b: OpenBatch, outOfOrder: boolean): void {
  if (outOfOrder && b.baseSequence >= 0) requestEpochBump(p, b.partition)
}

/** markSequenceUnresolved: a batch expired after it was sent; whether it was written is unknown. */
export function expiredAfterSend(p: Producer, b: OpenBatch): void {
  if (b.baseSequence < 0) return
  const st = entry(p, b.partition)
  st.unresolved = Math.max(st.unresolved, b.baseSequence + b.recordIds.length)
  p.unresolvedSequences = true
}

/**
 * Sender.runOnce, before draining: maybeResolveSequences, then bumpIdempotentEpochAndResetIdIfNeeded.
 * Returns whether the epoch was bumped.
 */
export function resolveSequencesAndBump(p: Producer): boolean {
  // Called on every Sender round: look at the (rare) unresolved partitions only.
  const unresolved: PartitionKey[] = []
  if (p.unresolvedSequences) {
    for (const pk in p.sequences)
      if ((p.sequences[pk] as PartitionSequences).unresolved >= 0) unresolved.push(pk)
    p.unresolvedSequences = unresolved.length > 0
    unresolved.sort()
  }
  for (const pk of unresolved) {
    const st = p.sequences[pk] as PartitionSequences
    if (firstInFlight(p, pk) !== undefined) continue
    // Later batches were acknowledged right after the expired one: it was written after all.
    if (st.next - st.lastAcked !== 1) requestEpochBump(p, pk)
    st.unresolved = -1
  }
  if (p.epochBumpFor.length === 0) return false
  p.producerEpoch++
  for (const pk of p.epochBumpFor) {
    let seq = 0
    for (const b of inFlight(p, pk)) {
      b.baseSequence = seq
      b.producerEpoch = p.producerEpoch
      b.sequenceReset = true
      seq += b.recordIds.length
    }
    p.sequences[pk] = { epoch: p.producerEpoch, next: seq, lastAcked: -1, unresolved: -1 }
  }
  p.epochBumpFor = []
  return true
}
