import { describe, expect, it } from 'vitest'
import type { SimStore } from '../../store/types'
import { selectBrokerReplicaKeys } from './clusterSelectors'
import { shapesSelector } from './useCompactReplica'

interface Part {
  leader: number
  replicas: number[]
  hw: number
}

/** Just what the cluster's selectors read: topics, partitions, replicas, brokers, highlight. */
function state(parts: Record<string, Part>, inSync: Record<string, boolean> = {}): SimStore {
  const partitions: Record<string, unknown> = {}
  const replicas: Record<string, unknown> = {}
  for (const [key, p] of Object.entries(parts)) {
    const partition = Number(key.slice(key.lastIndexOf('-') + 1))
    partitions[key] = { key, topic: 't', partition, ...p }
    for (const b of p.replicas)
      replicas[`${key}@${b}`] = { partition: key, broker: b, inSync: inSync[`${key}@${b}`] ?? true }
  }
  const brokers = { 1: { status: 'online' }, 2: { status: 'online' } }
  const view = { topics: TOPICS, partitions, replicas, brokers }
  return { view, highlight: null } as unknown as SimStore
}
const TOPICS = { t: { name: 't', internal: false } }

describe('compact chip shapes (one subscription per card)', () => {
  it('returns the same result while no shape changes, and keeps unchanged shapes', () => {
    const keys = ['t-0@1', 't-1@1']
    const select = shapesSelector(keys)
    const a = select(
      state({
        't-0': { leader: 1, replicas: [1, 2], hw: 0 },
        't-1': { leader: 2, replicas: [2, 1], hw: 0 },
      }),
    )
    expect(a.keys).toBe(keys)
    expect(a.shapes.map((s) => s?.leader)).toEqual([1, 2])
    const b = select(
      state({
        't-0': { leader: 1, replicas: [1, 2], hw: 5 },
        't-1': { leader: 2, replicas: [2, 1], hw: 7 },
      }),
    )
    expect(b).toBe(a)
    const c = select(
      state(
        {
          't-0': { leader: 1, replicas: [1, 2], hw: 5 },
          't-1': { leader: 2, replicas: [2, 1], hw: 7 },
        },
        { 't-1@1': false },
      ),
    )
    expect(c).not.toBe(a)
    expect(c.shapes[0]).toBe(a.shapes[0])
    expect(c.shapes[1]?.inSync).toBe(false)
  })

  it('reads nothing while the view and the highlight are the objects they were', () => {
    const keys = ['t-0@1']
    const select = shapesSelector(keys)
    const s1 = state({ 't-0': { leader: 1, replicas: [1, 2], hw: 0 } })
    const a = select(s1)
    // a frame that moved only the clock: the same view, a new store state
    const view = s1.view as unknown as { replicas: Record<string, unknown> }
    view.replicas = {} // would make the chip disappear, were it read
    const b = select({ ...s1, tick: 99 } as SimStore)
    expect(b).toBe(a)
    // a new highlight is read, and with it the view
    const c = select({ ...s1, highlight: { ids: ['replica-t-0-1'] } } as unknown as SimStore)
    expect(c.shapes[0]).toBeNull()
  })

  it('keeps the replica index while the replica lists stay, and rebuilds it when one changes', () => {
    const replicas = [1, 2]
    const s1 = state({ 't-0': { leader: 1, replicas, hw: 0 } })
    const s2 = state({ 't-0': { leader: 1, replicas, hw: 3 } })
    const k1 = selectBrokerReplicaKeys(2)(s1)
    expect(k1).toEqual(['t-0@2'])
    expect(selectBrokerReplicaKeys(2)(s2)).toBe(k1)
    const s3 = state({ 't-0': { leader: 1, replicas: [1], hw: 3 } })
    expect(selectBrokerReplicaKeys(2)(s3)).toEqual([])
    const s4 = state({
      't-0': { leader: 1, replicas, hw: 3 },
      't-1': { leader: 1, replicas, hw: 0 },
    })
    expect(selectBrokerReplicaKeys(2)(s4)).toEqual(['t-0@2', 't-1@2'])
  })
})
