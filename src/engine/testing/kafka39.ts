// Kafka 3.9's own gaps in the idempotent producer, which the engine reproduces and the history
// checker names apart from the engine's problems: each reads a partition's final log.

import { get, toArray } from '../chunks'
import { batchRecordIds } from '../log/replicaLog'
import type { Batch, ReplicaLog } from '../model'

/** ProducerStateEntry.NUM_BATCHES_TO_RETAIN: the batches per producer a leader remembers. */
export const NUM_BATCHES_TO_RETAIN = 5

/**
 * Whether the log's first batch from producer `pid` has a base sequence other than 0: a leader
 * with no state for the producer took a later batch before the first (Kafka before 4.5 accepts
 * any first sequence, KAFKA-15591), so an earlier one retried after it cannot keep its place.
 */
export function firstSequenceNotZero(log: ReplicaLog, pid: number): boolean {
  for (let i = 0; i < log.batches.length; i++) {
    const b = get(log.batches, i)
    if (b !== undefined && b.producerId === pid && b.producerId >= 0) return b.baseSequence !== 0
  }
  return false
}

/**
 * Records producer `pid` wrote again under a new epoch because the leader had forgotten the batch
 * that held them. A leader remembers the producer's last NUM_BATCHES_TO_RETAIN batches
 * (ProducerStateEntry), but nothing keeps the producer from sending more than that past a batch
 * that is still unacknowledged: new batches are drained while a retry waits
 * (RecordAccumulator.shouldStopDrainBatchesForPartition), and after a leader change the batches in
 * flight to the old leader and the new ones sent to the new leader add up to more than 5. The
 * retry then gets OUT_OF_ORDER_SEQUENCE (ProducerAppendInfo.checkSequence); with nothing
 * acknowledged after it the producer takes it for a real gap (TransactionManager.canRetry,
 * isNextSequence), bumps the epoch and renumbers it and every batch in flight behind it from 0
 * (startSequencesAtBeginning), and the leader writes them all again. Kafka 3.9's behaviour (the
 * window caps the requests in flight, not how far past an unacknowledged batch the producer runs:
 * KAFKA-18905).
 *
 * Seen in the log: the first batch of an epoch starts at sequence 0 and repeats records of a batch
 * of an older epoch that at least NUM_BATCHES_TO_RETAIN of that epoch's batches follow. The records
 * that epoch writes a second time are returned.
 */
export function forgottenRetries(log: ReplicaLog, pid: number): Set<number> {
  const out = new Set<number>()
  if (pid < 0) return out
  const batches = toArray(log.batches).filter((b) => b.producerId === pid)
  /** Each record's first copy: the index in `batches` of the batch that holds it. */
  const first = new Map<number, number>()
  let maxEpoch = -1
  let rewriting = -1
  batches.forEach((b, j) => {
    const ids = batchRecordIds(b)
    if (b.producerEpoch > maxEpoch) {
      maxEpoch = b.producerEpoch
      const i = first.get(ids[0] as number)
      if (b.baseSequence === 0 && i !== undefined && forgotten(batches, i, j)) rewriting = maxEpoch
    }
    for (const id of ids) {
      const i = first.get(id)
      if (i === undefined) first.set(id, j)
      else if (b.producerEpoch === rewriting && (batches[i] as Batch).producerEpoch < rewriting)
        out.add(id)
    }
  })
  return out
}

/** Whether batch i had dropped out of the leader's memory of its epoch by the time of batch j. */
function forgotten(batches: readonly Batch[], i: number, j: number): boolean {
  const epoch = (batches[i] as Batch).producerEpoch
  let after = 0
  for (let k = i + 1; k < j; k++) if ((batches[k] as Batch).producerEpoch === epoch) after++
  return after >= NUM_BATCHES_TO_RETAIN
}
