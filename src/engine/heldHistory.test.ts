// What checkpoints hold that the live state no longer does: worked by hand on small windows.

import { describe, expect, it } from 'vitest'
import { heldRecords, logWindows, PartitionIndex } from './heldHistory'
import { createSim } from './sim'

describe('heldRecords', () => {
  // Partition 0 in three checkpoints; partition 1 only in the middle one (created after the
  // first, gone from the third's numbering and from the live state).
  const checkpoints = [
    [0, 10],
    [0, 20, 0, 4],
    [5, 30, -1, -1],
  ]
  const live = [25, 40]

  it('counts each record below the live log start once, however many checkpoints hold it', () => {
    // Partition 0: offsets [0, 25) are below the live start; partition 1: all 4 of its records.
    expect(heldRecords(checkpoints, live).total).toBe(25 + 4)
  })

  it('says what only each checkpoint holds (what dropping it would free)', () => {
    // [0, 10) of the first is also in the second; [10, 20) of the second is also in the third
    // (which starts at 5); only the third holds [20, 25); only the second holds partition 1.
    expect(heldRecords(checkpoints, live).only).toEqual([0, 4, 5])
  })

  it('holds nothing the live state still has', () => {
    expect(heldRecords(checkpoints, [0, 40, 0, 4])).toEqual({ total: 0, only: [0, 0, 0] })
  })
})

describe('logWindows', () => {
  it('numbers partitions in the order first seen and takes the widest window of their replicas', () => {
    const sim = createSim(1, {
      brokers: 3,
      topics: [{ name: 't', partitions: 2, replicationFactor: 3 }],
    })
    const index = new PartitionIndex()
    expect(index.of('t-1')).toBe(0)
    const leader = Object.values(sim.replicas).find((r) => r.partition === 't-1')
    if (leader === undefined) throw new Error('no replica of t-1')
    leader.log = { ...leader.log, logEndOffset: 7 }
    const w = logWindows(sim, index)
    expect(w.slice(0, 2)).toEqual([0, 7])
    expect(index.of('t-0')).toBe(1)
    expect(w.slice(2, 4)).toEqual([0, 0])
  })
})
