// KIP-101's two anomalies, played out in the simulation under both truncation modes. With
// `high-watermark` (Kafka before 0.11) they must happen; with `leader-epoch` they must not.
// Latency is fixed (no jitter) so each step lands where the KIP puts it; broker 3 is the
// controller and hosts no replica of the partition, so it never gets in the way.

import { describe, expect, it } from 'vitest'
import type { TruncationMode } from './config'
import { recordIdAt } from './log/replicaLog'
import { kip101Config } from './scenariosKip101'
import { TestSim } from './testing/run'

const P = 'orders-0'
function setup(mode: TruncationMode, leader: number, follower: number): TestSim {
  const t = new TestSim(2, kip101Config(mode, leader, follower))
  expect(t.sim.controller.activeId).toBe(3)
  return t
}

const ids = (t: TestSim, b: number): (number | undefined)[] => {
  const r = t.replica(P, b)
  return Array.from({ length: r.log.logEndOffset }, (_, o) => recordIdAt(r.log, o))
}

describe('KIP-101 scenario 1: HW truncation then immediate leader election', () => {
  // B (2) leads, A (1) follows. m2 is committed on B, A restarts before it learns HW=2,
  // then B dies and A is elected.
  function play(mode: TruncationMode): TestSim {
    const t = setup(mode, 2, 1)
    t.advance(100)
    t.do({ type: 'produce', topic: 'orders', value: 'm1', partition: 0 })
    t.advance(900) // m1 replicated, HW=1 on both and checkpointed
    expect(t.replica(P, 1).hwCheckpoint).toBe(1)
    t.do({ type: 'produce', topic: 'orders', value: 'm2', partition: 0 })
    t.advance(50) // B appended m2, A fetched it and fetched again: B.HW=2, acked
    expect(t.replica(P, 2).highWatermark).toBe(2)
    expect(t.replica(P, 1).log.logEndOffset).toBe(2)
    expect(t.replica(P, 1).highWatermark).toBe(1)
    t.do({ type: 'killBroker', broker: 1 })
    t.do({ type: 'restartBroker', broker: 1 })
    t.advance(15) // A replays metadata and becomes a follower again
    t.do({ type: 'killBroker', broker: 2 })
    t.advance(3000) // the controller fences B and elects A from the ISR
    expect(t.leaderOf(P)).toBe(1)
    return t
  }

  it('loses the committed m2 under high-watermark truncation, and says so', () => {
    const t = play('high-watermark')
    expect(t.replica(P, 1).log.logEndOffset).toBe(1)
    const lost = t.ofType('recordsLost')
    expect(lost.reduce((s, e) => s + e.count, 0)).toBe(1)
    expect(t.ofType('logTruncated')[0]).toMatchObject({
      broker: 1,
      from: 2,
      to: 1,
      mode: 'high-watermark',
    })
  })

  it('keeps m2 under leader-epoch truncation', () => {
    const t = play('leader-epoch')
    expect(t.replica(P, 1).log.logEndOffset).toBe(2)
    expect(t.ofType('recordsLost')).toHaveLength(0)
    expect(t.ofType('logTruncated')).toHaveLength(0)
  })
})

describe('KIP-101 scenario 2: replica divergence after multiple hard failures', () => {
  // A (1) leads, B (2) follows. m2 is in B's page cache only when power fails on B; A is killed.
  // B comes back first, is elected cleanly and takes m3 at offset 1; then A returns as follower.
  function play(mode: TruncationMode): TestSim {
    const t = setup(mode, 1, 2)
    t.advance(100)
    t.do({ type: 'produce', topic: 'orders', value: 'm1', partition: 0 })
    t.advance(3010 - t.sim.tick) // past B's first page-cache flush (at 3000): m1 is on disk
    t.do({ type: 'produce', topic: 'orders', value: 'm2', partition: 0 })
    t.advance(600) // m2 committed (HW=2) and A's HW checkpoint says 2
    expect(t.replica(P, 1).hwCheckpoint).toBe(2)
    expect(t.replica(P, 2).log.flushedOffset).toBe(1)
    t.do({ type: 'powerFailBroker', broker: 2 })
    t.do({ type: 'killBroker', broker: 1 })
    t.advance(100)
    t.do({ type: 'restartBroker', broker: 2 })
    t.advance(1500) // A is fenced; B, still in the ISR, is elected with epoch 1
    expect(t.leaderOf(P)).toBe(2)
    t.do({ type: 'produce', topic: 'orders', value: 'm3', partition: 0 })
    t.advance(200)
    t.do({ type: 'restartBroker', broker: 1 })
    t.advance(2000)
    return t
  }

  it('diverges under high-watermark truncation: offset 1 holds m2 on A and m3 on B', () => {
    const t = play('high-watermark')
    const a = ids(t, 1)
    const b = ids(t, 2)
    expect(a).toHaveLength(2)
    expect(b).toHaveLength(2)
    expect(a[0]).toBe(b[0])
    expect(a[1]).not.toBe(b[1])
    expect(t.replica(P, 1).highWatermark).toBe(2)
  })

  it('reconciles under leader-epoch truncation: A drops m2 and copies m3', () => {
    const t = play('leader-epoch')
    expect(ids(t, 1)).toEqual(ids(t, 2))
    expect(t.ofType('logTruncated')).toContainEqual(
      expect.objectContaining({ broker: 1, from: 2, to: 1, mode: 'leader-epoch' }),
    )
  })

  it('reports m2 as lost in both modes (every replica failed at once)', () => {
    for (const mode of ['high-watermark', 'leader-epoch'] as const) {
      const t = play(mode)
      expect(t.ofType('recordsLost').reduce((s, e) => s + e.count, 0)).toBe(1)
    }
  })
})
