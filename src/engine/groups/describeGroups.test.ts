// kafka-consumer-groups.sh --describe output, character for character.

import { describe, expect, it } from 'vitest'
import { groupView, until } from '../testing/groups'
import { TestSim } from '../testing/run'
import { describeGroup, offsetRows } from './describeGroups'
import type { GroupView } from './view'

const M1 = 'c1-00000000-0000-4000-8000-000000000001'
const M2 = 'c2-00000000-0000-4000-8000-000000000002'

function view(state: GroupView['state'], members: GroupView['describe']['members']): GroupView {
  return {
    id: 'my-group',
    state,
    describe: {
      members,
      offsets: {
        'orders-0': { committed: 5, logEnd: 9 },
        'orders-1': { committed: null, logEnd: 4 },
        'orders-2': { committed: 7, logEnd: null },
        'payments-0': { committed: 2, logEnd: 2 },
      },
    },
  } as unknown as GroupView
}

const MEMBERS = [
  { memberId: M2, clientId: 'c2', host: '/10.0.0.2', assignment: ['orders-2'] },
  { memberId: 'c3-idle', clientId: 'c3', host: '/10.0.0.3', assignment: [] },
  { memberId: M1, clientId: 'c1', host: '/10.0.0.1', assignment: ['orders-1', 'orders-0'] },
]

describe('describeGroup', () => {
  it('prints Kafka’s table: widest first, "-" for what is missing, committed-only rows last', () => {
    expect(describeGroup(view('Stable', MEMBERS), 'my-group')).toBe(
      [
        '',
        'GROUP           TOPIC           PARTITION  CURRENT-OFFSET  LOG-END-OFFSET  LAG             CONSUMER-ID                             HOST            CLIENT-ID',
        `my-group        orders          0          5               9               4               ${M1} /10.0.0.1       c1`,
        `my-group        orders          1          -               4               -               ${M1} /10.0.0.1       c1`,
        `my-group        orders          2          7               -               -               ${M2} /10.0.0.2       c2`,
        'my-group        payments        0          2               2               0               -                                       -               -',
        '',
      ].join('\n'),
    )
  })

  it('widens the group and topic columns for long names, and keeps 15 as the minimum', () => {
    const v = {
      id: 'a-rather-long-group-name',
      state: 'Stable',
      describe: {
        members: [{ memberId: 'm', clientId: 'c', host: '/h', assignment: ['t-0'] }],
        offsets: { 't-0': { committed: 1, logEnd: 3 } },
      },
    } as unknown as GroupView
    expect(describeGroup(v, v.id)).toBe(
      '\nGROUP                    TOPIC           PARTITION  CURRENT-OFFSET  LOG-END-OFFSET  LAG             CONSUMER-ID     HOST            CLIENT-ID' +
        '\na-rather-long-group-name t               0          1               3               2               m               /h              c\n',
    )
  })

  it('notes an empty group and a rebalancing one as Kafka does on stderr', () => {
    const empty = describeGroup(view('Empty', []), 'my-group')
    expect(empty.startsWith("\nConsumer group 'my-group' has no active members.\n\nGROUP")).toBe(
      true,
    )
    expect(empty.split('\n').filter((l) => l.startsWith('my-group'))).toHaveLength(3)
    expect(empty).toContain(
      'my-group        orders          0          5               9               4               -               -               -',
    )
    const busy = describeGroup(view('PreparingRebalance', MEMBERS), 'my-group')
    expect(busy.startsWith("\nWarning: Consumer group 'my-group' is rebalancing.\n")).toBe(true)
    expect(describeGroup(undefined, 'ghost')).toBe(
      "\nError: Consumer group 'ghost' does not exist.\n",
    )
    const nothing = { id: 'g', state: 'Empty', describe: { members: [], offsets: {} } }
    expect(describeGroup(nothing as unknown as GroupView, 'g')).toBe(
      "\nConsumer group 'g' has no active members.\n",
    )
  })

  it('describes a running group: a row per assigned partition, LOG-END-OFFSET is the HW', () => {
    const t = new TestSim(1)
    t.do({ type: 'addGroup', group: 'g1', topics: ['orders'], consumers: 2 })
    t.do({ type: 'setAutoProduce', rate: 30, topic: 'orders' })
    until(t, () => groupView(t, 'g1').state === 'Stable')
    t.advance(2000)
    const v = groupView(t, 'g1')
    const rows = offsetRows(v)
    expect(rows.map((r) => `${r.topic}-${r.partition}`)).toEqual([
      'orders-0',
      'orders-1',
      'orders-2',
    ])
    for (const r of rows) {
      const p = v.partitions.find((x) => `${r.topic}-${r.partition}` === x.partition)
      const m = v.members.find((x) => x.assigned.includes(p?.partition ?? ''))
      expect(r.logEndOffset).toBe(String(p?.hw))
      expect(r.currentOffset).toBe(p?.committed === null ? '-' : String(p?.committed))
      expect(r.lag).toBe(p?.lag === null ? '-' : String(p?.lag))
      expect([r.consumerId, r.host, r.clientId]).toEqual([m?.memberId, m?.host, m?.clientId])
      expect(r.host).toMatch(/^\/10\.0\.0\.\d+$/)
    }
    const text = describeGroup(v, 'g1')
    expect(text.split('\n')).toHaveLength(6)
    expect(text.split('\n')[1]).toMatch(
      /^GROUP {11}TOPIC {11}PARTITION {2}CURRENT-OFFSET {2}LOG-END-OFFSET {2}LAG {13}CONSUMER-ID +HOST {12}CLIENT-ID$/,
    )
  })
})
