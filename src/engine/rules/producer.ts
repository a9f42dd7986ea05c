// The producer client (KafkaProducer, RecordAccumulator, Sender). A record is routed exactly as
// Kafka routes it (explicit partition; murmur2 of the key; KIP-794 sticky or classic round robin
// without a key), appended to the partition's open batch, and drained per leader broker with at
// most max.in.flight.requests.per.connection requests outstanding. Failed batches are retried
// after retry.backoff.ms until delivery.timeout.ms. With idempotence each batch carries the
// producer id and a per-partition sequence so the leader can drop duplicates; without it a
// retry can duplicate records, and with several requests in flight, reorder them.

import type { ProducerCommand } from '../commands'
import { effectiveIdempotence } from '../config'
import type { Ctx } from '../ctx'
import { murmur2String, toPositive } from '../kafka/murmur2'
import { roundRobinPartition, stickyNextPartition } from '../kafka/partitioner'
import type { OpenBatch, Producer, RecordData, SimState } from '../model'
import { partitionKey } from '../model'
import { randomInt } from '../rng'
import { scheduleAt } from '../scheduler'
import { addRecord } from './recordFate'

/** Approximate per-record overhead in a batch (varint lengths, attributes, deltas). */
export const RECORD_OVERHEAD_BYTES = 10

export function createProducer(sim: SimState, id: string, topic: string): Producer {
  const p: Producer = {
    id,
    config: sim.config.producer,
    producerId: sim.counters.producerId++,
    producerEpoch: 0,
    sequences: {},
    unresolvedSequences: false,
    epochBumpFor: [],
    queues: {},
    batches: {},
    requests: {},
    inFlightPerBroker: {},
    leaders: {},
    partitionCounts: {},
    metadataRefreshedAt: -1,
    sticky: {},
    roundRobin: {},
    autoRate: 0,
    autoKeys: 'uniform',
    autoTopic: topic,
    autoTopics: [],
    autoSeq: 0,
    autoGen: 0,
    nextWake: -1,
    timeoutWake: -1,
    recent: [],
  }
  refreshMetadata(sim, p)
  return p
}

/** The producer's metadata: leaders and partition counts as the cluster reports them now. */
export function refreshMetadata(sim: SimState, p: Producer): void {
  p.leaders = {}
  for (const key of Object.keys(sim.partitions))
    p.leaders[key] = sim.partitions[key]?.leader ?? null
  p.partitionCounts = {}
  for (const name of Object.keys(sim.topics))
    p.partitionCounts[name] = sim.topics[name]?.partitions ?? 0
  p.metadataRefreshedAt = sim.tick
}

export function isIdempotent(p: Producer): boolean {
  return effectiveIdempotence(p.config)
}

function availablePartitions(p: Producer, topic: string, n: number): number[] {
  const out: number[] = []
  for (let i = 0; i < n; i++) if ((p.leaders[partitionKey(topic, i)] ?? null) !== null) out.push(i)
  return out
}

/** KafkaProducer.partition: explicit, keyed (murmur2), or unkeyed (sticky / round robin). */
function choosePartition(
  sim: SimState,
  p: Producer,
  topic: string,
  key: string | null,
  explicit: number | null,
  bytes: number,
): number {
  const n = p.partitionCounts[topic] ?? 0
  if (explicit !== null) return explicit
  if (key !== null) return keyedPartition(key, n)
  const available = availablePartitions(p, topic, n)
  if (p.config.partitioner === 'round-robin') {
    const c = p.roundRobin[topic] ?? 0
    p.roundRobin[topic] = c + 1
    return roundRobinPartition(c, available, n)
  }
  let s = p.sticky[topic]
  // KIP-794: stay on a partition until batch.size bytes were produced to it, then switch.
  if (s === undefined || s.bytes >= p.config.batchSize || s.partition >= n) {
    const next = stickyNextPartition(available, s?.partition ?? null, randomInt(sim, 0x7fffffff), n)
    s = { partition: next, bytes: 0 }
  }
  p.sticky[topic] = { partition: s.partition, bytes: s.bytes + bytes }
  return s.partition
}

/** Length of a string in UTF-8, without encoding it (Java encodes a lone surrogate as '?'). */
export function utf8Length(s: string): number {
  let n = 0
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i)
    if (c < 0x80) n += 1
    else if (c < 0x800) n += 2
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1)
      if (d >= 0xdc00 && d <= 0xdfff) {
        n += 4
        i++
      } else n += 1
    } else if (c >= 0xd800 && c <= 0xdfff) n += 1
    else n += 3
  }
  return n
}

/**
 * KafkaProducer's keyed partition: toPositive(murmur2(key bytes)) % n. Long keys are memoized by
 * (key, partition count), a pure cache that skips re-hashing a long key that repeats; a short key
 * is hashed directly, which costs less than looking it up.
 */
const keyPartitionCache = new Map<number, Map<string, number>>()
function keyedPartition(key: string, n: number): number {
  if (key.length < 32) return toPositive(murmur2String(key)) % n
  let byKey = keyPartitionCache.get(n)
  if (byKey === undefined) {
    byKey = new Map()
    keyPartitionCache.set(n, byKey)
  }
  let p = byKey.get(key)
  if (p === undefined) {
    if (byKey.size >= 65_536) byKey.clear()
    p = toPositive(murmur2String(key)) % n
    byKey.set(key, p)
  }
  return p
}

/** utf8Length of long strings, memoized (a pure cache: a repeated value is measured once). */
const utf8Cache = new Map<string, number>()
function utf8LengthOf(s: string): number {
  if (s.length < 32) return utf8Length(s)
  let n = utf8Cache.get(s)
  if (n === undefined) {
    if (utf8Cache.size >= 4096) utf8Cache.clear()
    n = utf8Length(s)
    utf8Cache.set(s, n)
  }
  return n
}

export function recordBytes(
  key: string | null,
  value: string,
  headers?: Record<string, string>,
): number {
  let b = utf8LengthOf(value) + RECORD_OVERHEAD_BYTES
  if (key !== null) b += utf8LengthOf(key)
  if (headers !== undefined)
    for (const [k, v] of Object.entries(headers)) b += utf8Length(k) + utf8Length(v)
  return b
}

/** producer.send(): route the record and add it to its partition's batch. Returns the record id. */
export function sendRecord(
  ctx: Ctx,
  p: Producer,
  cmd: Extract<ProducerCommand, { type: 'produce' }>,
): number {
  const { sim } = ctx
  if (sim.tick - p.metadataRefreshedAt >= p.config.metadataMaxAgeMs) refreshMetadata(sim, p)
  const key = cmd.key ?? null
  const bytes = recordBytes(key, cmd.value, cmd.headers)
  const partition = choosePartition(sim, p, cmd.topic, key, cmd.partition ?? null, bytes)
  const pk = partitionKey(cmd.topic, partition)
  const data: RecordData = {
    id: -1,
    producer: p.id,
    topic: cmd.topic,
    partition,
    key,
    value: cmd.value,
    bytes,
    timestamp: sim.tick,
  }
  if (cmd.headers !== undefined)
    (data as { headers?: Record<string, string> }).headers = cmd.headers
  const id = addRecord(sim, data)
  sim.metrics.produced++
  appendToAccumulator(sim, p, pk, id, bytes)
  // The sender runs once per tick for everything sent in it (as Kafka's Sender thread wakes up),
  // not once per record.
  wakeSenderAt(sim, p, sim.tick)
  return id
}

/**
 * The partitions with queued batches, sorted (the Sender's drain order), memoized per queues
 * object: a pure cache, dropped whenever a partition's queue is created or removed.
 */
const queueOrders = new WeakMap<Producer['queues'], readonly string[]>()
export function queueOrder(p: Producer): readonly string[] {
  let keys = queueOrders.get(p.queues)
  if (keys === undefined) {
    keys = Object.keys(p.queues).sort()
    queueOrders.set(p.queues, keys)
  }
  return keys
}
export function queuesChanged(p: Producer): void {
  queueOrders.delete(p.queues)
}

function appendToAccumulator(
  sim: SimState,
  p: Producer,
  pk: string,
  id: number,
  bytes: number,
): void {
  let queue = p.queues[pk]
  if (queue === undefined) {
    queue = []
    p.queues[pk] = queue
    queuesChanged(p)
  }
  const lastId = queue[queue.length - 1]
  const last = lastId === undefined ? undefined : p.batches[lastId]
  if (
    last !== undefined &&
    !last.inFlight &&
    last.attempts === 0 &&
    last.bytes + bytes <= p.config.batchSize
  ) {
    last.recordIds.push(id)
    last.bytes += bytes
    return
  }
  const b: OpenBatch = {
    id: sim.counters.batchId++,
    partition: pk,
    recordIds: [id],
    bytes,
    createdTick: sim.tick,
    baseSequence: -1,
    producerEpoch: -1,
    sequenceReset: false,
    attempts: 0,
    inFlight: false,
    retryAt: 0,
  }
  p.batches[b.id] = b
  queue.push(b.id)
}

/** Wakes the sender at `at` unless an earlier wake-up is already due. */
export function wakeSenderAt(sim: SimState, p: Producer, at: number): void {
  if (p.nextWake !== -1 && p.nextWake <= at && p.nextWake >= sim.tick) return
  p.nextWake = at
  scheduleAt(sim, at, { kind: 'producerWake', producer: p.id })
}

const FEW_KEYS = ['alice', 'bob', 'carol', 'dave']
/** k0 … k99, built once: every record with the same key shares one string. */
const UNIFORM_KEYS = Array.from({ length: 100 }, (_, i) => `k${i}`)

/** One record of the auto-produce stream, with keys drawn from the chosen distribution. */
export function autoProduceOne(ctx: Ctx, p: Producer): void {
  const { sim } = ctx
  const n = p.autoTopics.length
  const topic = n === 0 ? p.autoTopic : (p.autoTopics[p.autoSeq % n] as string)
  if (sim.topics[topic] === undefined) return
  p.autoSeq++
  let key: string | null
  switch (p.autoKeys) {
    case 'none':
      key = null
      break
    case 'few':
      key = FEW_KEYS[randomInt(sim, FEW_KEYS.length)] as string
      break
    case 'hot':
      key = randomInt(sim, 10) < 7 ? 'hot' : (UNIFORM_KEYS[randomInt(sim, 100)] as string)
      break
    default:
      key = UNIFORM_KEYS[randomInt(sim, 100)] as string
  }
  sendRecord(ctx, p, { type: 'produce', topic, key, value: `v${p.autoSeq}` })
}
