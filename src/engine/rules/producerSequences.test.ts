// The idempotent producer's sequences as Kafka's TransactionManager keeps them: retries one at a
// time lowest sequence first, an epoch bump only for a real gap and only for its partition, and a
// batch overtaken on a new leader failed, never written again after the ones that overtook it.

import { describe, expect, it } from 'vitest'
import type { OpenBatch, Producer } from '../model'
import { createSim, DEFAULT_PRODUCER } from '../sim'
import { committedRecordIds } from '../testing/groups'
import { describeProblems, judge, problems } from '../testing/judge'
import { TestSim } from '../testing/run'
import { executeRun, type RunFile } from '../testing/runFiles'
import {
  assignSequence,
  expiredAfterSend,
  mustWait,
  outOfOrderRetry,
  resolveSequencesAndBump,
  sequenceAcked,
} from './producerSequences'

function producer(): Producer {
  return createSim(1).producers[DEFAULT_PRODUCER] as Producer
}

let nextId = 100
/** Queues a batch of `n` records for `partition`, as the accumulator does. */
function queue(p: Producer, partition: string, n: number): OpenBatch {
  const b: OpenBatch = {
    id: nextId++,
    partition,
    recordIds: Array.from({ length: n }, (_, i) => 1000 * nextId + i),
    bytes: 10 * n,
    createdTick: 0,
    baseSequence: -1,
    producerEpoch: -1,
    sequenceReset: false,
    attempts: 0,
    inFlight: false,
    retryAt: 0,
  }
  p.batches[b.id] = b
  p.queues[partition] = [...(p.queues[partition] ?? []), b.id]
  return b
}

/** Drains a batch: it gets its sequence and is in flight. */
function drain(p: Producer, b: OpenBatch): OpenBatch {
  assignSequence(p, b)
  b.attempts++
  b.inFlight = true
  return b
}

function done(p: Producer, b: OpenBatch): void {
  const q = p.queues[b.partition] ?? []
  p.queues[b.partition] = q.filter((id) => id !== b.id)
  delete p.batches[b.id]
}

describe('idempotent producer sequences (TransactionManager)', () => {
  it('numbers batches per partition from 0 under the producer epoch, and keeps them on retries', () => {
    const p = producer()
    const [a, b] = [drain(p, queue(p, 'orders-0', 3)), drain(p, queue(p, 'orders-0', 2))]
    const c = drain(p, queue(p, 'orders-1', 4))
    expect([a.baseSequence, b.baseSequence, c.baseSequence]).toEqual([0, 3, 0])
    a.inFlight = false
    assignSequence(p, a)
    expect(a.baseSequence).toBe(0)
  })

  it('a retry waits until it holds the lowest outstanding sequence; a new batch does not wait', () => {
    const p = producer()
    const [a, b] = [drain(p, queue(p, 'orders-0', 1)), drain(p, queue(p, 'orders-0', 1))]
    const fresh = queue(p, 'orders-0', 1)
    a.inFlight = false
    b.inFlight = false
    expect(mustWait(p, a)).toBe(false)
    expect(mustWait(p, b)).toBe(true)
    expect(mustWait(p, fresh)).toBe(false)
    sequenceAcked(p, a)
    done(p, a)
    expect(mustWait(p, b)).toBe(false)
  })

  it('OUT_OF_ORDER_SEQUENCE on the expected batch bumps the epoch and renumbers only its partition, in order', () => {
    const p = producer()
    const [a, b] = [drain(p, queue(p, 'orders-0', 2)), drain(p, queue(p, 'orders-0', 3))]
    const other = drain(p, queue(p, 'orders-1', 1))
    outOfOrderRetry(p, b)
    expect(p.epochBumpFor).toEqual([])
    outOfOrderRetry(p, a)
    expect(p.epochBumpFor).toEqual(['orders-0'])
    expect(resolveSequencesAndBump(p)).toBe(true)
    expect(p.producerEpoch).toBe(1)
    expect([a, b].map((x) => [x.producerEpoch, x.baseSequence, x.sequenceReset])).toEqual([
      [1, 0, true],
      [1, 2, true],
    ])
    expect([other.producerEpoch, other.baseSequence]).toEqual([0, 0])
    // The other partition's new batches wait for its old-epoch batch, then start again at 0.
    const next = queue(p, 'orders-1', 1)
    expect(mustWait(p, next)).toBe(true)
    sequenceAcked(p, other)
    done(p, other)
    expect(mustWait(p, next)).toBe(false)
    drain(p, next)
    expect([next.producerEpoch, next.baseSequence]).toEqual([1, 0])
    // A renumbered batch that still gets OUT_OF_ORDER_SEQUENCE is retried without another bump.
    outOfOrderRetry(p, a)
    expect(p.epochBumpFor).toEqual([])
  })

  it('a batch that expired after it was sent leaves its partition unresolved until the rest are answered', () => {
    const p = producer()
    const [a, b] = [drain(p, queue(p, 'orders-0', 1)), drain(p, queue(p, 'orders-0', 1))]
    expiredAfterSend(p, a)
    done(p, a)
    const fresh = queue(p, 'orders-0', 1)
    expect(mustWait(p, fresh)).toBe(true)
    // b was acknowledged after it: a was written after all, nothing to bump.
    sequenceAcked(p, b)
    done(p, b)
    expect(resolveSequencesAndBump(p)).toBe(false)
    expect(mustWait(p, fresh)).toBe(false)

    const q = producer()
    const c = drain(q, queue(q, 'orders-0', 1))
    expiredAfterSend(q, c)
    done(q, c)
    expect(resolveSequencesAndBump(q)).toBe(true)
    expect(q.sequences['orders-0']).toMatchObject({ epoch: 1, next: 0, unresolved: -1 })
  })
})

describe('idempotent producer across leader changes', () => {
  it('requests a shut-down leader held fail at once and are retried on the new leader, without duplicates', () => {
    const t = new TestSim(3)
    t.advance(50)
    const leader = t.leaderOf('orders-0') as number
    const follower = t.meta('orders-0').replicas.find((b) => b !== leader) as number
    t.do({ type: 'slowBroker', broker: follower, extraMs: 2500 })
    for (let i = 0; i < 5; i++)
      t.do({ type: 'produce', topic: 'orders', partition: 0, value: `v${i}` })
    t.advance(100)
    t.do({ type: 'shutdownBroker', broker: leader })
    const shutdownAt = t.sim.tick
    const errors = t.ofType('produceError').filter((e) => e.error === 'NETWORK_EXCEPTION')
    expect(errors.length).toBeGreaterThan(0)
    expect(errors.every((e) => e.tick === shutdownAt && e.willRetry)).toBe(true)
    t.advance(8000)
    // Each record once, in order (the new leader lacked 1-4: they are written again, not twice).
    const ids = committedRecordIds(t.sim, 'orders-0')
    expect(ids).toEqual([0, 1, 2, 3, 4])
    expect(t.sim.producers[DEFAULT_PRODUCER]?.producerEpoch).toBe(0)
  })

  // The leader of orders-1 is cut off with record 0's request waiting on it; the new leader gets
  // record 3 first (sequence 1, accepted: it has no state for the producer). Record 0's retries get
  // OUT_OF_ORDER_SEQUENCE without a gap on the client's side, so no epoch bump: it fails after
  // delivery.timeout.ms and is never written after record 3.
  const overtaken: RunFile = {
    seed: 1,
    config: {
      producer: { acks: 'all', enableIdempotence: true },
      broker: { minInsyncReplicas: 2, uncleanLeaderElectionEnable: false },
      truncation: 'leader-epoch',
    },
    until: 22414,
    safe: true,
    inputs: [
      { tick: 1314, command: { type: 'isolateBroker', broker: 1 } },
      { tick: 1961, command: { type: 'produce', topic: 'orders', key: null, value: 'b0' } },
      { tick: 1963, command: { type: 'killBroker', broker: 3 } },
      { tick: 2414, command: { type: 'produce', topic: 'orders', key: 'k1', value: 'b1' } },
      { tick: 2414, command: { type: 'produce', topic: 'orders', key: 'k2', value: 'b2' } },
      { tick: 2414, command: { type: 'produce', topic: 'orders', key: 'k3', value: 'b3' } },
      { tick: 2414, command: { type: 'reconnectBroker', broker: 1 } },
      { tick: 2414, command: { type: 'restartBroker', broker: 3 } },
    ],
  }

  it('a batch overtaken on the new leader is failed, never written after the batch that overtook it', () => {
    const d = executeRun(overtaken)
    const v = judge(d.history, d.sim)
    expect(describeProblems(problems(v, true))).toBe('')
    expect(v.producerEpoch).toBe(0)
    expect(d.history.failed.has(0)).toBe(true)
    expect(d.events.some((e) => e.type === 'recordsExpired' && e.partition === 'orders-1')).toBe(
      true,
    )
  })

  // Kafka 3.9's own defect, which the engine reproduces (KAFKA-15591, fixed in 4.5): at creation
  // the first three records get NOT_LEADER_OR_FOLLOWER from a leader not yet in charge, the fourth
  // (sequence 3) arrives once it is and is accepted, since a leader with no state for a producer
  // takes any first sequence. Sequence 0 then gets OUT_OF_ORDER_SEQUENCE with nothing acknowledged
  // yet, so the producer bumps its epoch and writes records 0-2 after record 3. The history
  // checker's verdict names these (firstSequence), apart from the engine's own problems.
  const raceAtCreation: RunFile = {
    seed: 291839,
    config: {
      producer: { acks: 'all', enableIdempotence: true },
      broker: { minInsyncReplicas: 2, uncleanLeaderElectionEnable: false },
      truncation: 'leader-epoch',
    },
    until: 20000,
    safe: true,
    inputs: [
      ...['b0', 'b1', 'b2', 'b3'].map((value) => ({
        tick: 0,
        command: { type: 'produce' as const, topic: 'orders', key: null, value },
      })),
      { tick: 0, command: { type: 'killBroker', broker: 1 } },
      { tick: 0, command: { type: 'restartBroker', broker: 1 } },
    ],
  }

  it('Kafka 3.9: a later batch accepted as the first one is written before the earlier ones (KAFKA-15591)', () => {
    const d = executeRun(raceAtCreation)
    const v = judge(d.history, d.sim)
    expect(v.reordered).toEqual([
      'orders-2 at 1: record 0',
      'orders-2 at 2: record 1',
      'orders-2 at 3: record 2',
    ])
    expect(v.firstSequence).toEqual(v.reordered)
    expect(v.producerEpoch).toBe(1)
  })
})
