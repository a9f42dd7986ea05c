import { describe, expect, it } from 'vitest'
import { TestSim } from './testing/run'
import { buildFocus } from './viewFocus'

describe('the partition log view', () => {
  it('gives each cell its record’s CreateTime: the tick the producer sent it, on every replica', () => {
    const t = new TestSim(3)
    t.advance(200)
    t.do({ type: 'produce', topic: 'orders', value: 'a', partition: 0 })
    t.advance(1300)
    t.do({ type: 'produce', topic: 'orders', value: 'b', partition: 0 })
    t.advance(1000)
    const focus = buildFocus(t.sim, { partition: 'orders-0', from: 0, size: 10 })
    const replicas = focus?.replicas ?? []
    expect(replicas).toHaveLength(3)
    for (const r of replicas)
      expect(r.cells.map((c) => [c.value, c.timestamp])).toEqual([
        ['a', 200],
        ['b', 1500],
      ])
  })
})
