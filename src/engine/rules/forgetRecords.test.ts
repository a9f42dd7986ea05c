// Retention's memory side (forgetRecords.ts): records every replica deleted are forgotten, so a
// long run does not keep every record ever produced; what a log still holds keeps its data, a
// stopped replica holds the floor back, and seeking over the forgetting equals a fresh replay.

import { describe, expect, it } from 'vitest'
import { CHUNK_SIZE, get } from '../chunks'
import type { SimState } from '../model'
import { followerStoppedPastRetention, SHORT_RETENTION } from '../testing/retention'
import { TestSim } from '../testing/run'
import { replay, Timeline } from '../timeline'
import { buildFocus } from '../viewFocus'

function minLogStart(sim: SimState): number {
  return Math.min(...[1, 2, 3].map((b) => sim.replicas[`orders-0@${b}`]?.log.logStartOffset ?? 0))
}

describe('forgetting what retention deleted', () => {
  it('forgets the data of records every replica deleted, and keeps what the logs hold', () => {
    const t = new TestSim(4, SHORT_RETENTION)
    t.do({ type: 'setAutoProduce', rate: 200, topic: 'orders', keys: 'uniform' })
    t.advance(15_000)
    const sim = t.sim
    const floor = sim.counters.recordFloor
    expect(minLogStart(sim)).toBeGreaterThan(CHUNK_SIZE)
    expect(floor).toBeGreaterThan(CHUNK_SIZE)
    // Whole chunks below the floor are empty; above it every record still has its data.
    for (let id = 0; id < Math.floor(floor / CHUNK_SIZE) * CHUNK_SIZE; id++)
      expect(get(sim.records, id)).toBeUndefined()
    for (let id = floor; id < sim.records.length; id++)
      expect(get(sim.records, id)?.topic).toBe('orders')
    // Every cell a log still shows has its key.
    const focus = buildFocus(sim, { partition: 'orders-0', from: minLogStart(sim), size: 200 })
    const cells = focus?.replicas.flatMap((r) => r.cells) ?? []
    expect(cells.length).toBeGreaterThan(100)
    expect(cells.every((c) => c.key !== null)).toBe(true)
    // The open-records list lost its deleted front.
    const open = sim.openRecords['orders-0']?.length ?? 0
    expect(open).toBeLessThan(sim.metrics.committed - minLogStart(sim) + 2 * CHUNK_SIZE)
    // The fate of forgotten records still counts.
    expect(sim.metrics.committed).toBeGreaterThan(floor)
  })

  it('a stopped replica holds the floor back until it restarts and deletes too', () => {
    const { t, leader, follower } = followerStoppedPastRetention()
    const held = t.replica('orders-0', follower).log.logStartOffset
    expect(t.replica('orders-0', leader).log.logStartOffset).toBeGreaterThan(held + CHUNK_SIZE)
    // The stopped replica still holds its records from `held`: their data is kept.
    expect(t.sim.counters.recordFloor).toBeLessThanOrEqual(held + 1)
    t.do({ type: 'restartBroker', broker: follower })
    t.advance(8000)
    expect(t.sim.counters.recordFloor).toBeGreaterThan(held + CHUNK_SIZE)
  })

  it('seeking back over the forgetting gives the state a fresh replay gives', () => {
    const run = {
      seed: 6,
      config: SHORT_RETENTION,
      inputs: [
        {
          tick: 0,
          command: {
            type: 'setAutoProduce' as const,
            rate: 150,
            topic: 'orders',
            keys: 'uniform' as const,
          },
        },
      ],
    }
    const t = Timeline.fromRun(run, 2000)
    t.advanceTo(16_000)
    expect(t.current.counters.recordFloor).toBeGreaterThan(CHUNK_SIZE)
    for (const tick of [9_000, 3_000, 13_500]) {
      t.seek(tick)
      expect(JSON.stringify(t.current)).toBe(JSON.stringify(replay(run, tick)))
    }
  })
})
