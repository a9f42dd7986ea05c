// Bad input for every group command: a clear message naming the field, and nothing changes.

import { describe, expect, it } from 'vitest'
import type { Command } from '../commands'
import { validateCommand } from '../sim'
import { groupView, produceTo, until } from '../testing/groups'
import { TestSim } from '../testing/run'

function ready(): TestSim {
  const t = new TestSim(1)
  t.do({ type: 'addGroup', group: 'g1', topics: ['orders'], consumers: 2 })
  t.do({ type: 'crashConsumer', group: 'g1', clientId: 'c2' })
  return t
}

function refused(t: TestSim, cmd: unknown, field: string, message: RegExp): void {
  const before = JSON.stringify(t.sim.groups)
  const v = validateCommand(t.sim, cmd as Command)
  expect(v.ok).toBe(false)
  const r = t.do(cmd as Command)
  expect(r).toEqual(v)
  if (r.ok) return
  expect(r.error.field).toBe(field)
  expect(r.error.message).toMatch(message)
  expect(JSON.stringify(t.sim.groups)).toBe(before)
}

describe('group commands refuse bad input', () => {
  const cases: [string, unknown, string, RegExp][] = [
    [
      'empty group id',
      { type: 'addGroup', group: '', topics: ['orders'] },
      'group',
      /must not be empty/,
    ],
    [
      'group id with a slash',
      { type: 'addGroup', group: 'a/b', topics: ['orders'] },
      'group',
      /without control characters or "\/"/,
    ],
    [
      'group id with a control character',
      { type: 'addGroup', group: 'a\u0007b', topics: ['orders'] },
      'group',
      /without control characters/,
    ],
    [
      'group id of 250 characters',
      { type: 'addGroup', group: 'g'.repeat(250), topics: ['orders'] },
      'group',
      /1–249 characters/,
    ],
    [
      'existing group',
      { type: 'addGroup', group: 'g1', topics: ['orders'] },
      'group',
      /already exists/,
    ],
    [
      'missing topic',
      { type: 'addGroup', group: 'g2', topics: ['nope'] },
      'topics',
      /nope: the topic does not exist/,
    ],
    ['no topics', { type: 'addGroup', group: 'g2', topics: [] }, 'topics', /at least one topic/],
    [
      'internal topic',
      { type: 'addGroup', group: 'g2', topics: ['__consumer_offsets'] },
      'topics',
      /internal/,
    ],
    [
      'topic twice',
      { type: 'addGroup', group: 'g2', topics: ['orders', 'orders'] },
      'topics',
      /twice/,
    ],
    [
      'unknown assignor',
      { type: 'addGroup', group: 'g2', topics: ['orders'], strategy: 'fair' },
      'strategy',
      /unknown assignor fair/,
    ],
    [
      'empty strategy',
      { type: 'addGroup', group: 'g2', topics: ['orders'], strategy: [] },
      'strategy',
      /non-empty list/,
    ],
    [
      'commit policy',
      { type: 'addGroup', group: 'g2', topics: ['orders'], commitPolicy: 'never' },
      'commitPolicy',
      /auto, after-processing, before-processing/,
    ],
    [
      'processing time',
      { type: 'addGroup', group: 'g2', topics: ['orders'], processingMs: -1 },
      'processingMs',
      /from 0 to 60000/,
    ],
    [
      'consumer count',
      { type: 'addGroup', group: 'g2', topics: ['orders'], consumers: 99 },
      'consumers',
      /between 0 and 16/,
    ],
    [
      'unknown setting',
      { type: 'addGroup', group: 'g2', topics: ['orders'], config: { fooMs: 1 } },
      'config.fooMs',
      /unknown consumer setting/,
    ],
    [
      'session timeout below the broker minimum',
      { type: 'addGroup', group: 'g2', topics: ['orders'], config: { sessionTimeoutMs: 100 } },
      'config.sessionTimeoutMs',
      /group.min.session.timeout.ms \(600\)/,
    ],
    [
      'heartbeat not below session',
      { type: 'addGroup', group: 'g2', topics: ['orders'], config: { heartbeatIntervalMs: 5000 } },
      'config.heartbeatIntervalMs',
      /lower than session.timeout.ms/,
    ],
    [
      'auto.offset.reset',
      { type: 'addGroup', group: 'g2', topics: ['orders'], config: { autoOffsetReset: 'middle' } },
      'config.autoOffsetReset',
      /earliest, latest or none/,
    ],
    [
      'max.poll.records',
      { type: 'addGroup', group: 'g2', topics: ['orders'], config: { maxPollRecords: 0 } },
      'config.maxPollRecords',
      /max.poll.records must be between 1/,
    ],
    [
      'addConsumer: unknown group',
      { type: 'addConsumer', group: 'nope' },
      'group',
      /unknown group nope/,
    ],
    [
      'addConsumer: running client id',
      { type: 'addConsumer', group: 'g1', clientId: 'c1' },
      'clientId',
      /already running/,
    ],
    [
      'addConsumer: bad client id',
      { type: 'addConsumer', group: 'g1', clientId: 'a b' },
      'clientId',
      /letters, digits/,
    ],
    [
      'removeConsumer: unknown consumer',
      { type: 'removeConsumer', group: 'g1', clientId: 'c9' },
      'clientId',
      /unknown consumer c9 in group g1/,
    ],
    [
      'removeConsumer: crashed consumer',
      { type: 'removeConsumer', group: 'g1', clientId: 'c2' },
      'clientId',
      /not running \(crashed\)/,
    ],
    [
      'crashConsumer: empty client id',
      { type: 'crashConsumer', group: 'g1', clientId: '' },
      'clientId',
      /must not be empty/,
    ],
    [
      'crashConsumer: unknown group',
      { type: 'crashConsumer', group: 'gx', clientId: 'c1' },
      'group',
      /unknown group gx/,
    ],
    [
      'pauseConsumer: paused not boolean',
      { type: 'pauseConsumer', group: 'g1', clientId: 'c1', paused: 'yes' },
      'paused',
      /true or false/,
    ],
    [
      'pauseConsumer: unknown consumer',
      { type: 'pauseConsumer', group: 'g1', clientId: 'zz', paused: true },
      'clientId',
      /unknown consumer zz/,
    ],
    [
      'setGroupConfig: nothing',
      { type: 'setGroupConfig', group: 'g1' },
      'config',
      /nothing to change/,
    ],
    [
      'setGroupConfig: unknown group',
      { type: 'setGroupConfig', group: 'q', processingMs: 1 },
      'group',
      /unknown group q/,
    ],
    [
      'setGroupConfig: bad value',
      { type: 'setGroupConfig', group: 'g1', config: { fetchMaxWaitMs: -5 } },
      'config.fetchMaxWaitMs',
      /fetch.max.wait.ms must be between 0/,
    ],
    [
      'commitSync: unknown consumer',
      { type: 'commitSync', group: 'g1', clientId: 'c7' },
      'clientId',
      /unknown consumer c7/,
    ],
    [
      'commitAsync: crashed consumer',
      { type: 'commitAsync', group: 'g1', clientId: 'c2' },
      'clientId',
      /not running/,
    ],
    [
      'resetOffsets: unknown group',
      { type: 'resetOffsets', group: 'x', topic: 'orders', to: 'earliest' },
      'group',
      /unknown group x/,
    ],
    [
      'resetOffsets: unknown topic',
      { type: 'resetOffsets', group: 'g1', topic: 'nope', to: 'earliest' },
      'topic',
      /unknown topic nope/,
    ],
    [
      'resetOffsets: bad target',
      { type: 'resetOffsets', group: 'g1', topic: 'orders', to: 'middle' },
      'to',
      /earliest, latest, \{offset: n\} or \{timestamp: t\}/,
    ],
    [
      'resetOffsets: bad partition',
      { type: 'resetOffsets', group: 'g1', topic: 'orders', to: 'earliest', partition: 3 },
      'partition',
      /between 0 and 2/,
    ],
  ]
  for (const [name, cmd, field, message] of cases) {
    it(name, () => refused(ready(), cmd, field, message))
  }

  it('resetOffsets: refused while the group has members, with Kafka’s words', () => {
    const t = ready()
    t.advance(3000)
    refused(
      t,
      { type: 'resetOffsets', group: 'g1', topic: 'orders', to: 'earliest' },
      'group',
      /Assignments can only be reset if the group 'g1' is inactive, but the current state is Stable/,
    )
  })

  it('resetOffsets: an offset beyond the log end or before its start is refused', () => {
    const t = new TestSim(1)
    t.do({ type: 'addGroup', group: 'g1', topics: ['orders'], consumers: 1 })
    produceTo(t, 'orders', 0, 4)
    t.advance(2000)
    t.do({ type: 'removeConsumer', group: 'g1', clientId: 'c1' })
    until(t, () => groupView(t, 'g1').state === 'Empty')
    refused(
      t,
      { type: 'resetOffsets', group: 'g1', topic: 'orders', to: { offset: 9 }, partition: 0 },
      'to',
      /offset 9 is beyond the log end of orders-0 \(4\)/,
    )
    refused(
      t,
      { type: 'resetOffsets', group: 'g1', topic: 'orders', to: { offset: -1 }, partition: 0 },
      'to',
      /before the log start of orders-0 \(0\)/,
    )
  })

  it('setGroupConfig: a strategy list sharing nothing with the live members is refused', () => {
    const t = ready()
    t.advance(3000)
    refused(
      t,
      { type: 'setGroupConfig', group: 'g1', strategy: 'roundrobin' },
      'strategy',
      /INCONSISTENT_GROUP_PROTOCOL/,
    )
    expect(t.do({ type: 'setGroupConfig', group: 'g1', strategy: ['cooperative-sticky'] }).ok).toBe(
      true,
    )
  })

  it('a command that is not an object or has an unknown type is refused', () => {
    const t = ready()
    expect(validateCommand(t.sim, null as unknown as Command).ok).toBe(false)
    expect(validateCommand(t.sim, { type: 'addGroupz' } as unknown as Command)).toMatchObject({
      ok: false,
      error: { field: 'type' },
    })
  })

  it('accepts the group ids Kafka accepts that a user may type: Chinese, spaces, any ASCII but "/"', () => {
    const t = new TestSim(1)
    for (const group of ['组一', 'g 1', 'team@2026:orders', 'g'.repeat(249)])
      expect(t.do({ type: 'addGroup', group, topics: ['orders'], consumers: 1 }), group).toEqual({
        ok: true,
      })
    t.advance(3000)
    expect(groupView(t, '组一').state).toBe('Stable')
  })

  it('group.instance.id is checked as Kafka checks it: a topic-like name of up to 249', () => {
    const t = ready()
    expect(t.do({ type: 'addConsumer', group: 'g1', groupInstanceId: 'i'.repeat(249) }).ok).toBe(
      true,
    )
    for (const iid of ['i'.repeat(250), '.', 'a b'])
      refused(
        t,
        { type: 'addConsumer', group: 'g1', groupInstanceId: iid },
        'groupInstanceId',
        /1–249 letters/,
      )
  })
})
