import { describe, expect, it } from 'vitest'
import type { GroupMemberView, GroupPartitionView, GroupView } from '../../../engine/groups/view'
import type { MessageView } from '../../../engine/view'
import { member, part } from './groupFixtures'
import {
  chipHomes,
  compareClients,
  fetchTokens,
  homesSignature,
  LAG_SCALE_MIN,
  lagBars,
  MEMBER_COLOURS,
  memberColour,
  progress,
  share,
  sortedMembers,
} from './layout'

const msg = (over: Partial<MessageView>): MessageView => ({
  id: 1,
  kind: 'consumerFetchResponse',
  from: 2,
  to: 'consumer:g1/c1',
  sendTick: 100,
  recvTick: 110,
  partitions: ['orders-0'],
  records: 5,
  ...over,
})

describe('member colours and order', () => {
  it('gives c1…c8 distinct colours, wraps after 8, and keeps a colour when others leave', () => {
    const ids = ['c1', 'c2', 'c3', 'c4', 'c5', 'c6', 'c7', 'c8']
    expect(new Set(ids.map(memberColour)).size).toBe(MEMBER_COLOURS)
    expect(memberColour('c1')).toBe(0)
    expect(memberColour('c9')).toBe(memberColour('c1'))
    expect(memberColour('web')).toBeGreaterThanOrEqual(0)
    expect(memberColour('web')).toBeLessThan(MEMBER_COLOURS)
  })

  it('sorts client ids naturally', () => {
    expect(['c10', 'c2', 'c1'].sort(compareClients)).toEqual(['c1', 'c2', 'c10'])
    expect(sortedMembers([member('c10'), member('c2')]).map((m) => m.clientId)).toEqual([
      'c2',
      'c10',
    ])
  })
})

describe('chipHomes', () => {
  const g = (members: GroupMemberView[], partitions: GroupPartitionView[]) =>
    ({ members, partitions }) as Pick<GroupView, 'members' | 'partitions'>

  it('puts each partition exactly once: with its owner, giving up, orphaned, or unowned', () => {
    const homes = chipHomes(
      g(
        [
          member('c1', { assigned: ['orders-0', 'orders-1'], pendingRevoke: ['orders-1'] }),
          member('c2', { status: 'crashed', state: 'dead', assigned: ['orders-2'] }),
          member('c3', { state: 'idle' }),
        ],
        [
          part('orders-0', { owner: 'c1' }),
          part('orders-1', { owner: 'c1' }),
          part('orders-2', { owner: 'c2' }),
          part('orders-3'),
          part('orders-4', { owner: 'gone' }),
        ],
      ),
    )
    expect(homes.byMember).toEqual({
      c1: [
        { partition: 'orders-0', mode: 'owned' },
        { partition: 'orders-1', mode: 'revoking' },
      ],
      c2: [{ partition: 'orders-2', mode: 'orphaned' }],
      c3: [],
    })
    expect(homes.unowned).toEqual(['orders-3', 'orders-4'])
  })

  it('during an eager stop-the-world every partition is in the tray', () => {
    const homes = chipHomes(g([member('c1'), member('c2')], [part('orders-0'), part('orders-1')]))
    expect(homes.unowned).toEqual(['orders-0', 'orders-1'])
  })
})

describe('lagBars', () => {
  it('splits the lag into read-not-committed and not-read, scaled to the largest lag', () => {
    const bars = lagBars([
      part('orders-0', { committed: 10, position: 14, hw: 30, lag: 20 }),
      part('orders-1', { committed: 5, position: 5, hw: 15, lag: 10 }),
      part('orders-2', { committed: null, position: null, hw: 0, lag: null }),
    ])
    expect(bars['orders-0']).toEqual({ uncommitted: 20, unread: 80 })
    expect(bars['orders-1']).toEqual({ uncommitted: 0, unread: 50 })
    expect(bars['orders-2']).toEqual({ uncommitted: 0, unread: 0 })
  })

  it('a small lag stays small (the scale covers at least LAG_SCALE_MIN records)', () => {
    const bars = lagBars([part('orders-0', { committed: 8, position: 9, hw: 10, lag: 2 })])
    expect(bars['orders-0']?.uncommitted).toBeCloseTo(100 / LAG_SCALE_MIN)
    expect(bars['orders-0']?.unread).toBeCloseTo(100 / LAG_SCALE_MIN)
  })

  it('clamps a position outside [committed, HW] (a reset, a truncated log)', () => {
    const bars = lagBars([
      part('orders-0', { committed: 10, position: 4, hw: 20, lag: 10 }),
      part('orders-1', { committed: 10, position: 40, hw: 20, lag: 10 }),
    ])
    expect(bars['orders-0']).toEqual({ uncommitted: 0, unread: 100 })
    expect(bars['orders-1']).toEqual({ uncommitted: 100, unread: 0 })
  })
})

describe('gauges and progress', () => {
  it('share is clamped to 0..1 and 0 for an empty whole', () => {
    expect(share(15_000, 30_000)).toBe(0.5)
    expect(share(40_000, 30_000)).toBe(1)
    expect(share(3, 0)).toBe(0)
    expect(share(-1, 5)).toBe(0)
  })

  it('progress is placed by simulated time only', () => {
    expect(progress(100, 100, 110)).toBe(0)
    expect(progress(105, 100, 110)).toBe(0.5)
    expect(progress(200, 100, 110)).toBe(1)
    expect(progress(99, 100, 100)).toBe(0)
    expect(progress(100, 100, 100)).toBe(1)
  })
})

describe('fetchTokens', () => {
  it('draws one token per fetch response with records, for the consumers of the group', () => {
    const messages = {
      1: msg({ id: 1 }),
      2: msg({ id: 2, to: 'consumer:g1/c2', sendTick: 96, recvTick: 104, records: 3 }),
      3: msg({ id: 3, records: 0 }),
      4: msg({ id: 4, kind: 'consumerFetch', from: 'consumer:g1/c1', to: 2, records: 0 }),
      5: msg({ id: 5, to: 'consumer:g2/c1' }),
      6: msg({ id: 6, to: 'consumer:g1x/c1' }),
      7: msg({ id: 7, kind: 'fetchResponse', to: 3 }),
    }
    const tokens = fetchTokens(messages, 105, 'g1')
    expect(Object.keys(tokens).sort()).toEqual(['c1', 'c2'])
    expect(tokens.c1).toEqual([{ id: 1, broker: 2, records: 5, partitions: ['orders-0'], x: 50 }])
    expect(tokens.c2?.[0]?.x).toBe(100)
    expect(fetchTokens(undefined, 0, 'g1')).toEqual({})
  })
})

describe('homesSignature', () => {
  const g = (owners: (string | null)[]) =>
    ({
      members: [member('c1'), member('c2')],
      partitions: owners.map((o, i) => part(`orders-${i}`, o === null ? {} : { owner: o })),
    }) as Pick<GroupView, 'members' | 'partitions'>

  it('changes when a chip changes hands, and only then', () => {
    const a = homesSignature(chipHomes(g(['c1', 'c2', null])))
    expect(homesSignature(chipHomes(g(['c1', 'c2', null])))).toBe(a)
    expect(homesSignature(chipHomes(g(['c2', 'c2', null])))).not.toBe(a)
    expect(homesSignature(chipHomes(g(['c1', 'c2', 'c1'])))).not.toBe(a)
  })
})
