// The history checker checks: clean saved runs pass, and each condition fails when the run is
// doctored the way a bug would leave it (an acknowledged record gone, a replica differing below
// the HW, a redelivery or skip nobody reported, processing out of order within a tenure, a
// leader outside its ISR, two leaders in one epoch, a HW going down). The random schedules are in
// guarantees.test.ts, the saved runs in regressions.test.ts.

import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { get, set } from './chunks'
import type { SimEvent } from './events'
import { recordIdAt, truncateTo } from './log/replicaLog'
import type { SimState } from './model'
import { replicaKey } from './model'
import { History, liveLeader } from './testing/history'
import { type Check, judge, problems } from './testing/judge'
import { type Driver, executeRun, type RunFile } from './testing/runFiles'

const DIR = join(fileURLToPath(new URL('.', import.meta.url)), '__regressions__')
const load = (name: string) => JSON.parse(readFileSync(join(DIR, name), 'utf8')) as RunFile

function checks(d: Driver, safe: boolean): Check[] {
  return problems(judge(d.history, d.sim), safe).map((p) => p.check)
}

/** A record of the final committed log of orders-<partition>: its id, offset and leader. */
function committed(sim: SimState, partition = 0) {
  const leader = liveLeader(sim, `orders-${partition}`)
  if (leader === undefined) throw new Error('no leader')
  const offset = Math.floor(leader.highWatermark / 2)
  return { leader, offset, id: recordIdAt(leader.log, offset) as number }
}

describe('the history checker', () => {
  it('passes clean saved runs, in the safe and the general mode', () => {
    const d = executeRun(load('consumer-crash-reprocess.json'))
    expect(checks(d, true)).toEqual([])
    expect(judge(d.history, d.sim).acked).toBeGreaterThan(100)
    expect(d.history.steps).toBeGreaterThan(1000)
  })

  it('finds an acknowledged record missing from the final log, and that nobody reported it', () => {
    const d = executeRun(load('consumer-crash-reprocess.json'))
    const { leader, offset, id } = committed(d.sim)
    expect(d.history.acks.has(id)).toBe(true)
    truncateTo(leader.log, offset)
    leader.highWatermark = offset
    const v = judge(d.history, d.sim)
    expect(v.lost).toContain(id)
    expect(v.unreportedLoss).toContain(id)
    expect(checks(d, true)).toEqual(
      expect.arrayContaining(['acknowledged loss', 'unreported loss']),
    )
    expect(checks(d, false)).toContain('unreported loss')
  })

  it('finds an ISR member that differs from its leader below the HW', () => {
    const d = executeRun(load('consumer-crash-reprocess.json'))
    const { leader, offset } = committed(d.sim, 1)
    const m = d.sim.partitions['orders-1']
    const follower = m?.isr.find((b) => b !== m.leader) as number
    truncateTo((d.sim.replicas[replicaKey('orders-1', follower)] ?? leader).log, offset)
    expect(checks(d, true)).toContain('divergent replicas')
  })

  it('finds processing the engine counted differently, and redeliveries it did not report', () => {
    const d = executeRun(load('consumer-crash-reprocess.json'))
    const g = d.sim.groups.groups.g1
    if (g === undefined) throw new Error('no group')
    const { id } = committed(d.sim)
    set(g.fate.counts, id, (get(g.fate.counts, id) ?? 0) + 1)
    expect(checks(d, false)).toEqual(['disagreement'])
    d.history.countsOf('g1').set(id, (d.history.countsOf('g1').get(id) ?? 0) + 1)
    const v = judge(d.history, d.sim)
    expect(v.groups.g1?.disagreements).toEqual([
      expect.stringMatching(/^orders-0: \d+ redeliveries/),
    ])
  })

  it('finds a record nobody processed: at-least-once broken, and a skip nobody reported', () => {
    const d = executeRun(load('consumer-crash-reprocess.json'))
    const g = d.sim.groups.groups.g1
    if (g === undefined) throw new Error('no group')
    const leader = liveLeader(d.sim, 'orders-2')
    const counts = d.history.countsOf('g1')
    const ids = Array.from({ length: leader?.highWatermark ?? 0 }, (_, o) =>
      recordIdAt(leader?.log ?? ({} as never), o),
    )
    const id = ids.find((x) => x !== undefined && counts.get(x) === 1) as number
    counts.delete(id)
    set(g.fate.counts, id, 0)
    expect(judge(d.history, d.sim).groups.g1?.missed).toEqual([id])
    expect(checks(d, true)).toEqual(['unreported skip', 'at-least-once'])
  })

  it('accepts the skips of commit-before-processing only while recordsSkipped reports them', () => {
    const d = executeRun(load('before-processing-skip.json'))
    expect(checks(d, true)).toEqual([])
    for (const r of d.history.reports.values()) r.skipOffsets.clear()
    expect(checks(d, true)).toEqual(['unreported skip'])
  })

  it('checks the invariants after every step: leader in ISR, one leader per epoch, HW monotonic', () => {
    const d = executeRun(load('consumer-crash-reprocess.json'))
    const observe = () => d.history.observe(d.sim, d.events)
    const m = d.sim.partitions['orders-0']
    const leader = liveLeader(d.sim, 'orders-0')
    if (m === undefined || m.leader === null || leader === undefined) throw new Error('no leader')
    leader.highWatermark -= 1
    observe()
    const isr = m.isr
    m.isr = isr.filter((b) => b !== m.leader)
    observe()
    m.isr = isr
    m.leader = m.replicas.find((b) => b !== m.leader) as number
    observe()
    const rules = judge(d.history, d.sim).invariants.map((x) => `${x.rule} ${x.where}`)
    expect(rules).toEqual(
      expect.arrayContaining([
        'HwMonotonic orders-0',
        'LeaderInIsr orders-0',
        'OneLeaderPerEpoch orders-0',
      ]),
    )
  })

  it('finds processing that goes backwards or skips ahead within one tenure, not across tenures', () => {
    const batch = (offsets: number[]) => ({
      records: offsets.map((o) => ({ partition: 'orders-0', offset: o, id: o })),
    })
    const c = {
      clientId: 'c1',
      status: 'running',
      generation: 1,
      assigned: ['orders-0'],
      batch: null as unknown,
    }
    const sim = {
      tick: 0,
      topics: {},
      partitions: {},
      replicas: {},
      brokers: {},
      producers: {},
      groups: { groups: { g1: { id: 'g1', commitPolicy: 'auto', consumers: { c1: c } } } },
    } as unknown as SimState
    const events: SimEvent[] = []
    const h = new History(true)
    const play = (offsets: number[]) => {
      c.batch = batch(offsets)
      h.observe(sim, events)
    }
    const moved = (type: 'partitionsRevoked' | 'partitionsAssigned') =>
      events.push({
        type,
        group: 'g1',
        clientId: 'c1',
        partitions: ['orders-0'],
        tick: 0,
        touches: [],
      } as unknown as SimEvent)
    play([0, 1, 2])
    play([3, 4])
    expect(h.order).toEqual([])
    play([2, 3])
    play([7])
    play([8])
    expect(h.order).toEqual([
      expect.stringMatching(/2 after 4 \(backwards\)$/),
      expect.stringMatching(/7 after 3 \(gap\)$/),
    ])
    moved('partitionsRevoked')
    moved('partitionsAssigned')
    play([0, 1])
    c.batch = null
    h.observe(sim, events)
    expect(h.order).toHaveLength(2)
    expect(h.countsOf('g1').get(2)).toBe(2)
  })
})
