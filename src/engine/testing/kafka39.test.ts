// Kafka 3.9's own idempotent-producer gaps as the history checker names them: a run that shows the
// forgotten-retry rewrite (KAFKA-18905) end to end, and the log shapes that do and do not count.

import { describe, expect, it } from 'vitest'
import { chunkedFrom } from '../chunks'
import { createLog } from '../log/replicaLog'
import type { Batch, ReplicaLog } from '../model'
import { judge } from './judge'
import { forgottenRetries } from './kafka39'
import { executeRun, type RunFile } from './runFiles'

const PID = 1000

/** A log of one-record batches of producer PID: [record id, producer epoch, base sequence]. */
function logOf(batches: readonly [number, number, number][]): ReplicaLog {
  const list: Batch[] = batches.map(([id, producerEpoch, baseSequence], offset) => ({
    baseOffset: offset,
    count: 1,
    epoch: 0,
    producerId: PID,
    producerEpoch,
    baseSequence,
    firstRecordId: id,
    recordIds: null,
    bytes: 11,
    maxTimestamp: 0,
    appendTick: 0,
  }))
  return {
    batches: chunkedFrom(list),
    logStartOffset: 0,
    logEndOffset: list.length,
    rolled: [],
    active: createLog(0).active,
    flushedOffset: list.length,
  }
}

describe('forgottenRetries', () => {
  it('names the records a new epoch writes again after 5 batches followed the first copy', () => {
    const log = logOf([
      [0, 0, 0],
      [1, 0, 1],
      [2, 0, 2],
      [3, 0, 3],
      [4, 0, 4],
      [5, 0, 5],
      [0, 1, 0],
      [1, 1, 1],
      [6, 1, 2],
    ])
    expect([...forgottenRetries(log, PID)]).toEqual([0, 1])
  })

  it('names nothing when the leader still remembered the batch (fewer than 5 after it)', () => {
    const log = logOf([
      [0, 0, 0],
      [1, 0, 1],
      [2, 0, 2],
      [3, 0, 3],
      [4, 0, 4],
      [0, 1, 0],
      [1, 1, 1],
    ])
    expect(forgottenRetries(log, PID).size).toBe(0)
  })

  it('names nothing when the new epoch does not start at sequence 0, or repeats nothing', () => {
    const rows: [number, number, number][] = [0, 1, 2, 3, 4, 5].map((i) => [i, 0, i])
    expect(forgottenRetries(logOf([...rows, [0, 1, 1]]), PID).size).toBe(0)
    expect(forgottenRetries(logOf([...rows, [6, 1, 0], [0, 1, 1]]), PID).size).toBe(0)
  })
})

// Broker 1 is slowed from the start, so nothing of orders-2 is acknowledged; its leader, broker 3,
// is cut off with sequences 0-4 (records 0, 2, 8, 11, 12) waiting on it, which broker 2 already
// replicated. Broker 2 takes over, and the next batch (sequence 5, 12 records) reaches it before
// the retries, which wait for broker 3's NOT_LEADER_OR_FOLLOWER. Broker 2 now remembers sequences
// 1-5, so the retry of sequence 0 gets OUT_OF_ORDER_SEQUENCE; nothing acknowledged yet, it is the
// next sequence for the producer, which bumps the epoch and writes sequences 0-4 again under
// epoch 1. Kafka 3.9 does the same (KAFKA-18905): found by the safe-configuration property.
const forgotten: RunFile = {
  seed: 29109,
  config: {
    producer: { acks: 'all', enableIdempotence: true },
    broker: { minInsyncReplicas: 2, uncleanLeaderElectionEnable: false },
    truncation: 'leader-epoch',
  },
  until: 21400,
  safe: true,
  inputs: [
    {
      tick: 0,
      command: { type: 'setAutoProduce', rate: 30, keys: 'uniform', topic: 'orders' },
    },
    { tick: 0, command: { type: 'slowBroker', broker: 1, extraMs: 2500 } },
    { tick: 126, command: { type: 'slowBroker', broker: 1, extraMs: 0 } },
    { tick: 450, command: { type: 'isolateBroker', broker: 3 } },
    { tick: 1400, command: { type: 'killBroker', broker: 2 } },
    { tick: 1400, command: { type: 'setAutoProduce', rate: 0 } },
    { tick: 1400, command: { type: 'restartBroker', broker: 2 } },
    { tick: 1400, command: { type: 'reconnectBroker', broker: 3 } },
  ],
}

it('Kafka 3.9: a retry the new leader no longer remembers is written again (KAFKA-18905)', () => {
  const d = executeRun(forgotten)
  const v = judge(d.history, d.sim)
  expect(v.duplicated).toEqual([0, 2, 8, 11, 12])
  expect(v.forgottenRetry).toEqual(['0', '2', '8', '11', '12'])
  expect(v.firstSequence).toEqual([])
  expect(v.lost).toEqual([])
  expect(v.unreported).toEqual([])
  expect(v.producerEpoch).toBe(1)
  expect(
    d.events.filter((e) => e.type === 'duplicateDropped' && e.partition === 'orders-2'),
  ).toEqual([])
})
