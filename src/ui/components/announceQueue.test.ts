import { describe, expect, it } from 'vitest'
import type { SimEvent } from '../../engine/events'
import { enqueue } from './announceQueue'

const elected = (p: string): SimEvent => ({
  type: 'leaderElected',
  partition: p,
  leader: 1,
  previous: 2,
  epoch: 1,
  kind: 'clean',
  tick: 1,
  touches: [],
})
const offline: SimEvent = {
  type: 'partitionOffline',
  partition: 'orders-0',
  isr: [2],
  tick: 1,
  touches: [],
}
const lost: SimEvent = {
  type: 'recordsLost',
  partition: 'orders-0',
  count: 1,
  offsets: [3],
  reason: 'truncated',
  tick: 1,
  touches: [],
}
const rolled: SimEvent = {
  type: 'segmentRolled',
  partition: 'orders-0',
  broker: 1,
  baseOffset: 0,
  tick: 1,
  touches: [],
}

describe('announce queue', () => {
  it('keeps only important events, most important first, oldest first within a kind', () => {
    const q = enqueue([elected('orders-1')], [rolled, elected('orders-2'), lost, offline])
    expect(q.map((e) => e.type)).toEqual([
      'recordsLost',
      'partitionOffline',
      'leaderElected',
      'leaderElected',
    ])
    expect(q.slice(2).map((e) => (e as { partition: string }).partition)).toEqual([
      'orders-1',
      'orders-2',
    ])
  })

  it('stays short during a burst', () => {
    const burst = Array.from({ length: 40 }, (_, i) => elected(`orders-${i}`))
    expect(enqueue([], [...burst, lost])).toHaveLength(5)
    expect(enqueue([], [...burst, lost])[0]?.type).toBe('recordsLost')
  })
})
