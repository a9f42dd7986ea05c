// Names every JavaScript object already has are refused at the field that carries them: the
// simulation keys its maps by these names, and "__proto__" as a group id used to corrupt the map
// of groups, "constructor" as a topic was reported as existing.

import { describe, expect, it } from 'vitest'
import type { Command } from './commands'
import { TestSim } from './testing/run'

const refused = (t: TestSim, cmd: Command, field: string) => {
  const r = t.do(cmd)
  expect(r).toMatchObject({ ok: false, error: { field } })
  if (!r.ok) expect(r.error.message).toMatch(/reserved in kafkascope/)
}

describe('names JavaScript objects already have', () => {
  it('are refused as topic names, group ids, client ids and group.instance.ids', () => {
    const t = new TestSim(1)
    for (const name of ['constructor', 'toString', 'hasOwnProperty', '__proto__']) {
      refused(t, { type: 'createTopic', name, partitions: 1, replicationFactor: 1 }, 'name')
      refused(t, { type: 'addGroup', group: name, topics: ['orders'], consumers: 1 }, 'group')
    }
    expect(t.do({ type: 'addGroup', group: 'g1', topics: ['orders'], consumers: 0 }).ok).toBe(true)
    refused(t, { type: 'addConsumer', group: 'g1', clientId: '__proto__' }, 'clientId')
    refused(
      t,
      { type: 'addConsumer', group: 'g1', groupInstanceId: 'constructor' },
      'groupInstanceId',
    )
    expect(Object.keys(t.sim.groups.groups)).toEqual(['g1'])
    expect(Object.getPrototypeOf(t.sim.groups.groups)).toBe(Object.prototype)
  })

  it('a produce to a topic named like an object property says the topic is unknown', () => {
    const t = new TestSim(1)
    const r = t.do({ type: 'produce', topic: 'constructor', key: null, value: 'x' })
    expect(r).toMatchObject({ ok: false, error: { field: 'topic' } })
  })
})
