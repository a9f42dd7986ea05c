// Examples from Kafka's AdminTest.testReplicaAssignment / AdminRackAwareTest (rack unaware, fixed
// start index) and AddPartitionsTest (new partitions placed from partition 0's first replica).

import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { addPartitionsStartIndex, assignReplicasRackUnaware } from './placement'

describe('assignReplicasRackUnaware', () => {
  it('AdminTest.testReplicaAssignment: 5 brokers, 10 partitions, RF 3, fixedStartIndex 0', () => {
    // Kafka uses the fixed start index as the initial shift too.
    expect(assignReplicasRackUnaware(10, 3, [0, 1, 2, 3, 4], 0, 0, 0)).toEqual([
      [0, 1, 2],
      [1, 2, 3],
      [2, 3, 4],
      [3, 4, 0],
      [4, 0, 1],
      [0, 2, 3],
      [1, 3, 4],
      [2, 4, 0],
      [3, 0, 1],
      [4, 1, 2],
    ])
  })

  it('uses the broker list sorted by id', () => {
    expect(assignReplicasRackUnaware(10, 3, [4, 2, 0, 3, 1], 0, -1, 0)).toEqual(
      assignReplicasRackUnaware(10, 3, [0, 1, 2, 3, 4], 0, 0, 0),
    )
  })

  it('AddPartitionsTest.testReplicaPlacementPartialServers: p0 = [1,2], grow to 3 on 4 brokers', () => {
    const brokers = [0, 1, 2, 3]
    const start = addPartitionsStartIndex(brokers, 1)
    expect(start).toBe(1)
    const added = assignReplicasRackUnaware(2, 2, brokers, start, 1, start)
    const expected: [number, number[]][] = [
      [2, [0, 2]],
      [3, [1, 3]],
    ]
    expect(added.map((r) => [r[0], [...r].sort((a, b) => a - b)])).toEqual(expected)
  })

  it('AddPartitionsTest.testReplicaPlacementAllServers: p0 = [2,3,0,1], grow to 7', () => {
    const brokers = [0, 1, 2, 3]
    const start = addPartitionsStartIndex(brokers, 2)
    expect(start).toBe(2)
    const added = assignReplicasRackUnaware(6, 4, brokers, start, 1, start)
    expect(added.map((r) => r[0])).toEqual([3, 0, 1, 2, 3, 0])
    for (const r of added) expect([...r].sort()).toEqual([0, 1, 2, 3])
    // Full lists derived from the algorithm (the test only checks leaders and sets).
    expect(added).toEqual([
      [3, 2, 0, 1],
      [0, 3, 1, 2],
      [1, 0, 2, 3],
      [2, 3, 0, 1],
      [3, 0, 1, 2],
      [0, 1, 2, 3],
    ])
  })

  it('addPartitionsStartIndex falls back to 0 when no broker id is large enough', () => {
    expect(addPartitionsStartIndex([3, 1, 2], 9)).toBe(0)
    expect(addPartitionsStartIndex([5, 10, 20], 7)).toBe(1)
  })

  it('rejects impossible requests like Kafka', () => {
    expect(() => assignReplicasRackUnaware(0, 1, [0], 0, 0, 0)).toThrow()
    expect(() => assignReplicasRackUnaware(10, 0, [0, 1], 0, 0, 0)).toThrow()
    expect(() => assignReplicasRackUnaware(10, 6, [0, 1, 2, 3, 4], 0, 0, 0)).toThrow()
  })

  it('does not mutate the broker list', () => {
    const brokers = Object.freeze([3, 1, 2])
    assignReplicasRackUnaware(3, 2, brokers, 1, 0, 2)
    expect(brokers).toEqual([3, 1, 2])
  })

  it('properties: distinct replicas, round-robin leaders, balanced over full rounds', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 8 }),
        fc.integer({ min: 1, max: 8 }),
        fc.nat(20),
        fc.nat(20),
        fc.nat(30),
        (n, rfRaw, start, shift, rounds) => {
          const rf = Math.min(rfRaw, n)
          const brokers = Array.from({ length: n }, (_, i) => i * 10)
          const parts = n * (rounds % 4) + n
          const a = assignReplicasRackUnaware(parts, rf, brokers, start, 0, shift)
          const counts = new Map<number, number>()
          for (const [p, r] of a.entries()) {
            if (new Set(r).size !== rf) return false
            if (r[0] !== brokers[(p + start) % n]) return false
            for (const b of r) counts.set(b, (counts.get(b) ?? 0) + 1)
          }
          const expected = (parts * rf) / n
          return brokers.every((b) => counts.get(b) === expected)
        },
      ),
    )
  })
})
