// A log's checkpoint cost: rolled segments are shared, so what a checkpoint copies of a log does
// not grow with its segments or its active segment's index (clone.ts counts the copies).

import { describe, expect, it } from 'vitest'
import { cloneState, lastCloneSlots } from '../clone'
import type { Batch, ReplicaLog, SimState } from '../model'
import { appendBatch, createLog, indexEntries, segmentsOf, truncateTo } from './replicaLog'

const OPTS = { segmentBytes: 1000, segmentMs: 1e9, indexIntervalBytes: 150 }

function batchAt(offset: number): Batch {
  return {
    baseOffset: offset,
    count: 1,
    epoch: 0,
    producerId: 1,
    producerEpoch: 0,
    baseSequence: offset,
    firstRecordId: offset,
    recordIds: null,
    bytes: 100,
    maxTimestamp: offset,
    appendTick: offset,
  }
}

function logOf(batches: number): ReplicaLog {
  const log = createLog(0)
  for (let i = 0; i < batches; i++) appendBatch(log, batchAt(i), OPTS, i)
  return log
}

/** Slots a checkpoint of `log` copies after one more batch, given a checkpoint of it before. */
function checkpointCost(log: ReplicaLog): number {
  const asState = (l: ReplicaLog) => ({ log: l }) as unknown as SimState
  const prev = cloneState(asState(log))
  appendBatch(log, batchAt(log.logEndOffset), OPTS, log.logEndOffset)
  cloneState(asState(log), prev)
  return lastCloneSlots()
}

describe('replica log checkpoints', () => {
  it('cost the same for 10 rolled segments as for 100', () => {
    // Both logs stop mid-segment with the same number of index entries in the active one.
    const small = logOf(105)
    const big = logOf(1005)
    expect(segmentsOf(big).length).toBeGreaterThan(90)
    expect(small.active.index.length).toBe(big.active.index.length)
    expect(checkpointCost(big)).toBe(checkpointCost(small))
  })

  it('cost the same however long the active segment’s index is', () => {
    const opts = { ...OPTS, segmentBytes: 1e9 }
    const short = createLog(0)
    const long = createLog(0)
    for (let i = 0; i < 10; i++) appendBatch(short, batchAt(i), opts, i)
    for (let i = 0; i < 500; i++) appendBatch(long, batchAt(i), opts, i)
    expect(long.active.index.length).toBeGreaterThan(10 * short.active.index.length)
    expect(checkpointCost(long)).toBe(checkpointCost(short))
  })

  it('share the list of rolled segments as the live log has it', () => {
    const log = logOf(305)
    const cp = cloneState({ log } as unknown as SimState) as unknown as { log: ReplicaLog }
    expect(cp.log.rolled).toBe(log.rolled)
    expect(cp.log.active).not.toBe(log.active)
    expect(cp.log.active).toEqual(log.active)
  })

  it('do not keep alive the segments rolled after them', () => {
    // An old checkpoint holds only the segments of its own tick: the live log replaces its list
    // when a segment rolls, instead of pushing into one the checkpoint shares.
    const log = logOf(305)
    const cp = cloneState({ log } as unknown as SimState) as unknown as { log: ReplicaLog }
    const held = cp.log.rolled.length
    for (let i = 305; i < 505; i++) appendBatch(log, batchAt(i), OPTS, i)
    expect(log.rolled.length).toBe(held + 20)
    expect(cp.log.rolled.length).toBe(held)
    expect(Object.isFrozen(log.rolled)).toBe(true)
    expect(log.rolled.slice(0, held)).toEqual(cp.log.rolled)
  })

  it('compact a segment’s indexes to frozen arrays when it rolls, entries unchanged', () => {
    const log = logOf(9)
    const entries = indexEntries(log.active)
    expect(entries.length).toBeGreaterThan(0)
    appendBatch(log, batchAt(9), OPTS, 9)
    appendBatch(log, batchAt(10), OPTS, 10)
    const rolled = log.rolled[log.rolled.length - 1]
    expect(Array.isArray(rolled?.index)).toBe(true)
    expect(Object.isFrozen(rolled?.index)).toBe(true)
    expect(Object.isFrozen(rolled?.timeIndex)).toBe(true)
    expect(indexEntries(rolled as NonNullable<typeof rolled>)).toEqual(entries)
    // The new active segment's index is append-only again.
    expect(Array.isArray(log.active.index)).toBe(false)
  })

  it('truncation makes a rolled segment active again, its index cut at the new end', () => {
    const log = logOf(25)
    const before = segmentsOf(log).map((s) => s.baseOffset)
    const cp = cloneState({ log } as unknown as SimState) as unknown as { log: ReplicaLog }
    truncateTo(log, 15)
    expect(segmentsOf(log).map((s) => s.baseOffset)).toEqual(before.filter((b) => b < 15))
    expect(log.active.baseOffset).toBe(10)
    expect(Object.isFrozen(log.active)).toBe(false)
    for (const [offset] of indexEntries(log.active)) expect(offset).toBeLessThan(15)
    // The checkpoint still has the log as it was.
    expect(segmentsOf(cp.log).map((s) => s.baseOffset)).toEqual(before)
  })
})
