import { describe, expect, it } from 'vitest'
import type { BatchOutcome } from '../../../engine/model'
import type { PartitionView } from '../../../engine/view'
import { batchGroups, OUTCOME_LOOK, outcomeLook, outcomeRuns } from './fates'
import { skewBars, snapshot } from './skew'

const part = (partition: number, leo: number, topic = 'orders') =>
  ({ key: `${topic}-${partition}`, topic, partition, logEndOffset: leo }) as PartitionView
const view = (...ps: PartitionView[]) => Object.fromEntries(ps.map((p) => [p.key, p]))

describe('skewBars', () => {
  it('counts records per partition of the topic, in partition order, with shares', () => {
    const bars = skewBars(
      view(part(1, 10), part(0, 30), part(2, 0), part(0, 99, 'x')),
      'orders',
      null,
      0,
    )
    expect(bars.map((b) => [b.key, b.count])).toEqual([
      ['orders-0', 30],
      ['orders-1', 10],
      ['orders-2', 0],
    ])
    expect(bars[0]?.share).toBe(0.75)
    expect(bars[0]?.fraction).toBe(1)
    expect(bars[1]?.fraction).toBeCloseTo(1 / 3)
  })
  it('counts from a baseline when one is set for this topic and the cursor is past it', () => {
    const base = snapshot(view(part(0, 30), part(1, 10)), 'orders', 5000)
    const now = view(part(0, 110), part(1, 15))
    expect(skewBars(now, 'orders', base, 9000).map((b) => b.count)).toEqual([80, 5])
    expect(skewBars(now, 'orders', base, 4000).map((b) => b.count)).toEqual([110, 15])
    expect(skewBars(now, 'other', base, 9000)).toEqual([])
    // a leader change may show a shorter log: never below zero
    expect(skewBars(view(part(0, 20), part(1, 15)), 'orders', base, 9000)[0]?.count).toBe(0)
  })
  it('has no shares when nothing was written', () => {
    expect(skewBars(view(part(0, 0)), 'orders', null, 0)[0]).toMatchObject({
      share: 0,
      fraction: 0,
    })
  })
})

describe('fates', () => {
  it('looks every outcome up, and a retriable error the producer gives up on is a failure', () => {
    for (const look of Object.values(OUTCOME_LOOK)) expect(look.icon).not.toBe('')
    expect(outcomeLook({ outcome: 'NOT_ENOUGH_REPLICAS', willRetry: true }).tone).toBe('warn')
    expect(outcomeLook({ outcome: 'NOT_ENOUGH_REPLICAS', willRetry: false }).tone).toBe('bad')
    expect(outcomeLook({ outcome: 'acked', willRetry: false }).tone).toBe('ok')
  })
})

describe('grouping for the in-flight list', () => {
  const o = (batchId: number, outcome: BatchOutcome['outcome'], partition = 'orders-1') => ({
    batchId,
    partition,
    records: 2,
    tick: batchId,
    outcome,
    willRetry: outcome !== 'acked',
    offset: outcome === 'acked' ? batchId : -1,
  })
  it('folds consecutive alike outcomes into one row, newest first', () => {
    const runs = outcomeRuns([
      o(1, 'acked', 'orders-0'),
      o(2, 'NOT_ENOUGH_REPLICAS'),
      o(3, 'NOT_ENOUGH_REPLICAS'),
      o(4, 'NOT_ENOUGH_REPLICAS'),
      o(5, 'acked', 'orders-0'),
    ])
    expect(runs.map((r) => [r.outcome, r.count, r.records])).toEqual([
      ['acked', 1, 2],
      ['NOT_ENOUGH_REPLICAS', 3, 6],
      ['acked', 1, 2],
    ])
    expect(runs[0]?.offset).toBe(5)
  })
  it('groups batches by partition and state with their highest attempt count', () => {
    const b = (id: number, state: 'queued' | 'inFlight' | 'retrying', attempts: number) => ({
      id,
      partition: 'orders-1',
      records: 1,
      attempts,
      state,
    })
    expect(batchGroups([b(1, 'retrying', 3), b(2, 'retrying', 8), b(3, 'queued', 0)])).toEqual([
      { partition: 'orders-1', state: 'retrying', count: 2, records: 2, maxAttempts: 8 },
      { partition: 'orders-1', state: 'queued', count: 1, records: 1, maxAttempts: 0 },
    ])
  })
})
