// Log retention's memory side. Kafka forgets what retention deletes; the simulation also keeps
// each record's data (producer, key, value: sim.records) and, per partition, the records whose
// fate could still change (sim.openRecords). Without this, a long run would keep every record
// ever produced. Once retention moved the log start of every replica of a partition past a
// record, it is gone from the cluster and nothing will show it again:
// - its id leaves the partition's open-records list (a new leader cannot lose it);
// - the record table forgets its data, in order of ids: the floor (counters.recordFloor) moves up
//   over records that every replica deleted, and over records that failed without being written
//   long ago; every whole chunk below it is emptied. Its fate flags stay (a few bytes a record),
//   so the metrics and the checker still count it.
// The record table is append-only and shared with checkpoints, so emptying copies the list of
// chunks first: a checkpoint keeps what it had, and seeking back gives the same state as a replay.

import { CHUNK_SIZE, type Chunked, dropFront, get } from '../chunks'
import { FATE, partitionKey, replicaKey, type SimState } from '../model'
import { fateFlags, fateOffset } from './recordFate'

/** The lowest log start offset among the partition's replicas (+Infinity: no replica). */
function minLogStart(sim: SimState, partition: string): number {
  const meta = sim.partitions[partition]
  let min = Number.POSITIVE_INFINITY
  for (const b of meta?.replicas ?? []) {
    const r = sim.replicas[replicaKey(partition, b)]
    if (r !== undefined && r.log.logStartOffset < min) min = r.log.logStartOffset
  }
  return min
}

/** Drops the front of the partition's open-records list that every replica has deleted. */
export function forgetDeletedOpenRecords(sim: SimState, partition: string): void {
  const list = sim.openRecords[partition]
  if (list === undefined || list.length === 0) return
  const start = minLogStart(sim, partition)
  let n = 0
  while (n < list.length && fateOffset(sim, get(list, n) as number) < start) n++
  // Rebuilding costs the list's length: only once a chunk's worth can go.
  if (n >= CHUNK_SIZE || n === list.length) dropFront(list, n)
}

/** Moves the record table's floor over records no replica holds and no request can bring back. */
export function forgetDeletedRecords(sim: SimState): void {
  const records = sim.records
  const starts = new Map<string, number>()
  // A failed record that was never written: once every request that could carry it timed out.
  let delivery = sim.config.producer.deliveryTimeoutMs
  for (const p of Object.values(sim.producers))
    delivery = Math.max(delivery, p.config.deliveryTimeoutMs)
  const failedLongAgo = sim.tick - 2 * delivery
  let floor = sim.counters.recordFloor
  for (; floor < records.length; floor++) {
    const rec = get(records, floor)
    if (rec === undefined) continue
    const f = fateFlags(sim, floor)
    if ((f & (FATE.APPENDED | FATE.ACKED | FATE.COMMITTED)) !== 0) {
      const p = partitionKey(rec.topic, rec.partition)
      let start = starts.get(p)
      if (start === undefined) {
        start = minLogStart(sim, p)
        starts.set(p, start)
      }
      if (fateOffset(sim, floor) >= start) break
    } else if ((f & FATE.FAILED) === 0 || rec.timestamp > failedLongAgo) break
  }
  if (floor === sim.counters.recordFloor) return
  sim.counters.recordFloor = floor
  emptyChunksBelow(records, Math.floor(floor / CHUNK_SIZE))
}

const EMPTY: never[] = Object.freeze([]) as never[]

function emptyChunksBelow<T>(c: Chunked<T>, end: number): void {
  let copied = false
  for (let i = end - 1; i >= 0; i--) {
    if (c.chunks[i] === EMPTY) break
    if (!copied) {
      c.chunks = c.chunks.slice()
      copied = true
    }
    c.chunks[i] = EMPTY
  }
}
