import { describe, expect, it } from 'vitest'
import { DEFAULT_CONSUMER_CONFIG } from '../../../engine/groups/config'
import type { GroupMemberView, GroupView } from '../../../engine/groups/view'
import { member, part } from './groupFixtures'
import { assignedAttr, isRebalancing, memberHint } from './groupStatus'

function group(members: GroupMemberView[], over: Partial<GroupView> = {}): GroupView {
  return {
    state: 'Stable',
    protocol: 'eager',
    members,
    partitions: ['orders-0', 'orders-1', 'orders-2'].map((p) => part(p)),
    config: DEFAULT_CONSUMER_CONFIG,
    ...over,
  } as GroupView
}

describe('isRebalancing', () => {
  it('is true while the coordinator gathers or syncs, or a known member rejoins or revokes', () => {
    expect(isRebalancing(group([member('c1')], { state: 'PreparingRebalance' }))).toBe(true)
    expect(isRebalancing(group([member('c1')], { state: 'CompletingRebalance' }))).toBe(true)
    expect(isRebalancing(group([member('c1')]))).toBe(false)
    expect(isRebalancing(group([member('c1', { pendingRevoke: ['orders-0'] })]))).toBe(true)
    expect(isRebalancing(group([member('c1', { state: 'joining' })]))).toBe(true)
    // a brand-new consumer looking for the coordinator does not stop anyone yet
    expect(isRebalancing(group([member('c4', { state: 'joining', inGroup: false })]))).toBe(false)
    expect(isRebalancing(group([member('c1', { state: 'joining' })], { state: 'Empty' }))).toBe(
      false,
    )
  })
})

describe('memberHint', () => {
  it('says why a consumer is idle: more consumers than partitions', () => {
    const ms = ['c1', 'c2', 'c3', 'c4'].map((c) => member(c))
    const idle = member('c4', { state: 'idle' })
    expect(memberHint(group([...ms.slice(0, 3), idle]), idle)).toMatchObject({
      key: 'groups.hint.idleMore',
      params: { members: 4, partitions: 3 },
    })
    expect(memberHint(group([member('c1'), idle]), idle)?.key).toBe('groups.hint.idle')
    const coop = group([member('c1', { state: 'joining' }), idle], { protocol: 'cooperative' })
    expect(memberHint(coop, idle)?.key).toBe('groups.hint.waitingRound2')
  })

  it('counts a paused consumer towards max.poll.interval.ms', () => {
    const m = member('c1', { state: 'paused', msSinceLastPoll: 15_000 })
    expect(memberHint(group([m]), m)).toMatchObject({
      tone: 'warn',
      key: 'groups.hint.paused',
      params: { ms: 15_000, max: DEFAULT_CONSUMER_CONFIG.maxPollIntervalMs },
      gauge: 0.5,
    })
  })

  it('a crashed member still in the group holds its partitions until session.timeout.ms', () => {
    const m = member('c1', { state: 'dead', status: 'crashed' })
    expect(memberHint(group([m]), m)).toMatchObject({
      tone: 'danger',
      key: 'groups.hint.crashedInGroup',
      params: { ms: DEFAULT_CONSUMER_CONFIG.sessionTimeoutMs },
    })
    const gone = { ...m, inGroup: false }
    expect(memberHint(group([gone]), gone)?.key).toBe('groups.hint.crashedGone')
    const closed = member('c1', { state: 'dead', status: 'closed' })
    expect(memberHint(group([closed]), closed)?.key).toBe('groups.hint.closed')
  })

  it('during an eager rebalance: still processing, gave everything up, or not told yet', () => {
    const busy = member('c1', { state: 'joining', app: 'processing', batchSize: 4, batchDone: 1 })
    const waiting = member('c2', { state: 'joining' })
    const notYet = member('c3')
    const g = group([busy, waiting, notYet], { state: 'PreparingRebalance' })
    expect(memberHint(g, busy)).toMatchObject({ key: 'groups.hint.finishing', gauge: 0.25 })
    expect(memberHint(g, waiting)?.key).toBe('groups.hint.waitingEager')
    expect(memberHint(g, notYet)?.key).toBe('groups.hint.notYet')
    expect(memberHint({ ...g, protocol: 'cooperative' }, notYet)).toMatchObject({
      tone: 'info',
      key: 'groups.hint.notYetCoop',
    })
  })

  it('shows batch progress while consuming, nothing while polling', () => {
    const m = member('c1', { app: 'processing', batchSize: 5, batchDone: 2 })
    expect(memberHint(group([m]), m)).toMatchObject({ key: 'groups.hint.processing', gauge: 0.4 })
    expect(memberHint(group([member('c1')]), member('c1'))).toBeNull()
  })
})

describe('assignedAttr', () => {
  it('lists topic-partitions sorted by topic, then partition number', () => {
    expect(assignedAttr({ assigned: ['orders-10', 'clicks-1', 'orders-2'] })).toBe(
      'clicks-1,orders-2,orders-10',
    )
    expect(assignedAttr({ assigned: [] })).toBe('')
  })
})
