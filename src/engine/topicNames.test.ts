// Topic names Kafka refuses beyond its character rule: "." and "..", and a name that collides with
// an existing one once "." and "_" are made the same (Topic.hasCollision: metric names).

import { describe, expect, it } from 'vitest'
import { createSim } from './sim'
import { TestSim } from './testing/run'
import { collidingTopic } from './validate'

const create = (t: TestSim, name: string) =>
  t.do({ type: 'createTopic', name, partitions: 1, replicationFactor: 1 })

describe('topic names', () => {
  it('refuses "." and ".." with their own reason', () => {
    const t = new TestSim(1)
    for (const name of ['.', '..']) {
      const r = create(t, name)
      expect(r).toMatchObject({ ok: false, error: { field: 'name' } })
      if (!r.ok) expect(r.error.message).toBe('a topic name cannot be "." or ".."')
    }
    expect(create(t, '...').ok).toBe(true)
  })

  it('refuses a name that collides with an existing topic through "." and "_"', () => {
    const t = new TestSim(1)
    expect(create(t, 'a.b_c').ok).toBe(true)
    const r = create(t, 'a_b.c')
    expect(r).toMatchObject({ ok: false, error: { field: 'name' } })
    if (!r.ok) expect(r.error.message).toMatch(/^topic a_b\.c collides with topic a\.b_c/)
    expect(create(t, 'a-b.c').ok).toBe(true)
    expect(Object.keys(t.sim.topics)).not.toContain('a_b.c')
  })

  it('refuses colliding topics in a cluster configuration', () => {
    expect(() =>
      createSim(1, {
        topics: [
          { name: 'x.y', partitions: 1, replicationFactor: 1 },
          { name: 'x_y', partitions: 1, replicationFactor: 1 },
        ],
      }),
    ).toThrow(/topics\.1\.name: topic x_y collides with topic x\.y/)
  })

  it('collidingTopic compares with "." and "_" as one character, and not a name with itself', () => {
    expect(collidingTopic('a.b', ['a_b'])).toBe('a_b')
    expect(collidingTopic('a.b', ['a.b'])).toBeUndefined()
    expect(collidingTopic('a.b', ['a-b', 'ab'])).toBeUndefined()
  })
})
