import { describe, expect, it } from 'vitest'
import type { SimEvent } from '../../engine/events'
import type { GroupEvent } from '../../engine/groups/events'
import { describeEvent, describeGeneric } from './describeEvent'
import { describeGroupEvent } from './describeGroupEvent'
import { offsetRange, reasonText } from './groupEventWords'

type Of<K extends GroupEvent['type']> = GroupEvent extends infer E
  ? E extends { type: infer T }
    ? K extends T
      ? E
      : never
    : never
  : never
type Samples = { [K in GroupEvent['type']]: (Of<K> & { type: K })[] }

const g = 'g1'
const c = { group: g, clientId: 'c2' }

// One entry per GroupEvent type (a missing one is a compile error), with the variants that change
// the wording.
const SAMPLES: Samples = {
  groupCreated: (['eager', 'cooperative'] as const).map((protocol) => ({
    type: 'groupCreated' as const,
    group: g,
    topics: ['orders', 'payments'],
    strategy: protocol === 'eager' ? ['range', 'cooperative-sticky'] : ['cooperative-sticky'],
    protocol,
    offsetsPartition: 4,
  })),
  groupConfigChanged: [
    {
      type: 'groupConfigChanged',
      group: g,
      changes: ['strategy', 'commitPolicy', 'processingMs', 'maxPollIntervalMs', 'dedupe'],
      values: {
        strategy: '[cooperative-sticky]',
        commitPolicy: 'after-processing',
        processingMs: '50 ms',
        maxPollIntervalMs: '3000',
        dedupe: 'true',
      },
    },
  ],
  consumerStarted: [
    { type: 'consumerStarted', ...c, groupInstanceId: null, restart: false },
    { type: 'consumerStarted', ...c, groupInstanceId: 'web-2', restart: true },
  ],
  consumerClosed: [{ type: 'consumerClosed', ...c }],
  consumerCrashed: [
    { type: 'consumerCrashed', ...c, unprocessed: 3, uncommitted: 5 },
    { type: 'consumerCrashed', ...c, unprocessed: 0, uncommitted: 0 },
  ],
  consumerPaused: [
    { type: 'consumerPaused', ...c, paused: true },
    { type: 'consumerPaused', ...c, paused: false },
  ],
  consumerFailed: [
    {
      type: 'consumerFailed',
      ...c,
      error: 'GROUP_MAX_SIZE_REACHED',
      detail: 'JoinGroup was refused',
    },
  ],
  consumerIdle: [{ type: 'consumerIdle', ...c, generation: 4 }],
  consumerLostCoordinator: [
    { type: 'consumerLostCoordinator', ...c, broker: 2, error: 'NOT_COORDINATOR', inFlight: [] },
    {
      type: 'consumerLostCoordinator',
      ...c,
      broker: 2,
      error: 'NETWORK_EXCEPTION',
      inFlight: ['OffsetCommit', 'Heartbeat'],
    },
  ],
  consumerPollTimeout: [
    { type: 'consumerPollTimeout', ...c, sinceLastPollMs: 30_100, maxPollIntervalMs: 30_000 },
  ],
  consumerSawNewPartitions: [
    { type: 'consumerSawNewPartitions', ...c, topic: 'orders', from: 3, to: 6 },
  ],
  consumerTruncationDetected: (
    [
      [37, 'seek'],
      [null, 'reset'],
      [37, 'fail'],
    ] as const
  ).map(([divergedAt, action]) => ({
    type: 'consumerTruncationDetected' as const,
    ...c,
    partition: 'orders-1',
    from: 40,
    epoch: 2,
    divergedAt,
    action,
  })),
  coordinatorMoved: [
    { from: 1, to: 2 },
    { from: null, to: 2 },
    { from: 2, to: null },
  ].map(({ from, to }) => ({
    type: 'coordinatorMoved' as const,
    group: g,
    from,
    to,
    generation: 3,
    members: 2,
    offsetsPartition: '__consumer_offsets-4',
  })),
  memberJoined: [
    { type: 'memberJoined', ...c, memberId: 'c2-5f0e', groupInstanceId: null },
    { type: 'memberJoined', ...c, memberId: 'c2-5f0e', groupInstanceId: 'web-2' },
  ],
  memberLeft: (['leave', 'sessionTimeout', 'pollTimeout', 'rebalanceTimeout'] as const).map(
    (reason) => ({ type: 'memberLeft' as const, ...c, memberId: 'c2-5f0e', reason }),
  ),
  rebalanceStarted: [
    'member c3 joined',
    'member c3 left the group',
    'member c3 missed heartbeats for session.timeout.ms',
    'member c2 did not poll within max.poll.interval.ms',
    'c1 rejoined with a new subscription (revoked orders-2: rejoining so they can be reassigned)',
    'the leader c1 rejoined (partition.assignment.strategy changed (rolling restart))',
    'something new',
  ].map((reason) => ({ type: 'rebalanceStarted' as const, group: g, generation: 3, reason })),
  rebalanceCompleted: (['eager', 'cooperative'] as const).map((protocol) => ({
    type: 'rebalanceCompleted' as const,
    group: g,
    generation: 4,
    protocol,
    assignor: protocol === 'eager' ? ('range' as const) : null,
    leader: protocol === 'eager' ? 'c1' : null,
    assignment: { c1: ['orders-0', 'orders-1'], c2: ['orders-2'], c3: [] },
  })),
  groupAssignmentWritten: [
    {
      type: 'groupAssignmentWritten',
      group: g,
      generation: 4,
      leader: 'c1',
      offsetsPartition: '__consumer_offsets-4',
      offset: 17,
    },
  ],
  rebalanceFailed: (
    ['NOT_COORDINATOR', 'COORDINATOR_NOT_AVAILABLE', 'REBALANCE_IN_PROGRESS'] as const
  ).map((error) => ({
    type: 'rebalanceFailed' as const,
    group: g,
    generation: 4,
    error,
    offsetsPartition: '__consumer_offsets-4',
  })),
  staticMemberReverted: (
    ['NOT_COORDINATOR', 'COORDINATOR_NOT_AVAILABLE', 'REBALANCE_IN_PROGRESS'] as const
  ).map((error) => ({
    type: 'staticMemberReverted' as const,
    group: g,
    clientId: 'c2',
    memberId: 'c2-0001',
    error,
    offsetsPartition: '__consumer_offsets-4',
  })),
  partitionsRevoked: (['eager', 'cooperative'] as const).map((protocol) => ({
    type: 'partitionsRevoked' as const,
    ...c,
    partitions: ['orders-1', 'orders-2'],
    protocol,
  })),
  partitionsLost: [{ type: 'partitionsLost', ...c, partitions: ['orders-0'] }],
  partitionsAssigned: [
    { type: 'partitionsAssigned', ...c, partitions: ['orders-2'], generation: 4 },
  ],
  offsetsCommitted: [
    ...(['auto', 'sync', 'async', 'revoke', 'close'] as const).map((how) => ({
      type: 'offsetsCommitted' as const,
      ...c,
      offsets: { 'orders-0': 12, 'orders-1': 7 },
      how,
    })),
    {
      type: 'offsetsCommitted',
      group: g,
      clientId: null,
      offsets: { 'orders-0': 0 },
      how: 'admin',
    },
  ],
  offsetCommitFailed: (
    [
      'CommitFailedException',
      'RebalanceInProgressException',
      'RetriableCommitFailedException',
      'TimeoutException',
    ] as const
  ).map((exception) => ({
    type: 'offsetCommitFailed' as const,
    ...c,
    exception,
    error: 'ILLEGAL_GENERATION',
    offsets: { 'orders-0': 12 },
  })),
  offsetReset: (['noCommittedOffset', 'outOfRange'] as const).map((reason) => ({
    type: 'offsetReset' as const,
    ...c,
    partition: 'orders-2',
    strategy: 'earliest' as const,
    offset: 0,
    reason,
  })),
  offsetsReset: [
    { type: 'offsetsReset', group: g, topic: 'orders', offsets: { 'orders-0': 0 }, to: 'earliest' },
  ],
  recordsReprocessed: [
    { type: 'recordsReprocessed', ...c, partition: 'orders-1', count: 3, offsets: [12, 13, 14] },
  ],
  recordsDeduplicated: [
    { type: 'recordsDeduplicated', ...c, partition: 'orders-1', count: 2, offsets: [3, 9] },
  ],
  recordsSkipped: (
    [
      'committedBeforeProcessing',
      'autoOffsetResetLatest',
      'deletedBeforeRead',
      'resetOffsets',
      'offsetReused',
    ] as const
  ).map((reason, i) => ({
    type: 'recordsSkipped' as const,
    group: g,
    partition: 'orders-0',
    count: 4,
    offsets: i === 2 ? [] : [3, 4, 5, 6],
    reason,
    detail: 'in plain words',
  })),
}

const events: SimEvent[] = Object.values(SAMPLES)
  .flat()
  .map((e) => ({ ...e, tick: 1200, touches: [] }) as SimEvent)

const CJK = /[\u4e00-\u9fff]/

describe('describeGroupEvent', () => {
  it.each(events.map((e, i) => [`${e.type} #${i}`, e] as const))(
    '%s reads as plain words in both languages',
    (_, e) => {
      const en = describeEvent(e, 'en')
      const zh = describeEvent(e, 'zh')
      for (const text of [en, zh]) {
        expect(text.trim().length).toBeGreaterThan(15)
        expect(text).not.toMatch(/undefined|NaN|\[object|null/)
        expect(text).not.toBe(describeGeneric(e))
      }
      expect(zh).toMatch(CJK)
      expect(en).not.toMatch(CJK)
    },
  )

  it('says why a message was processed twice, and names the records', () => {
    const e = events.find((x) => x.type === 'recordsReprocessed') as SimEvent
    expect(describeEvent(e, 'en')).toMatch(/^records 12–14 of orders-1 processed twice by g1/)
    expect(describeEvent(e, 'zh')).toContain('处理了两次')
    const crash = events.find((x) => x.type === 'consumerCrashed') as SimEvent
    expect(describeEvent(crash, 'en')).toContain('5 records it processed since its last commit')
    expect(describeEvent(crash, 'en')).toContain('at-least-once')
    expect(describeEvent(crash, 'zh')).toContain('5 条记录没有提交')
  })

  it('names the generation a rebalance goes to, and its cause in both languages', () => {
    const e = events.find((x) => x.type === 'rebalanceStarted') as SimEvent
    expect(describeEvent(e, 'en')).toBe('group g1 rebalances (generation 3 → 4): member c3 joined')
    expect(describeEvent(e, 'zh')).toBe('组 g1 开始再均衡（generation 3 → 4）：成员 c3 加入了组')
  })

  it('names the new value of each setting a group changed', () => {
    const e = events.find((x) => x.type === 'groupConfigChanged') as SimEvent
    const en = describeEvent(e, 'en')
    expect(en).toContain('partition.assignment.strategy = [cooperative-sticky]')
    expect(en).toContain('max.poll.interval.ms = 3000')
    expect(describeEvent(e, 'zh')).toContain('每条记录的处理时间 = 50 ms')
  })

  it('says the commit before a rejoin is made before rejoining, not before giving partitions up', () => {
    // A cooperative member commits in onJoinPrepare too and keeps what does not move.
    const e = {
      type: 'offsetsCommitted',
      group: 'g1',
      clientId: 'c3',
      offsets: { 'orders-2': 73 },
      how: 'revoke',
    } as unknown as SimEvent
    expect(describeGroupEvent(e, 'en')).toMatch(/auto-committed before rejoining/)
    expect(describeGroupEvent(e, 'en')).not.toMatch(/giving up/)
    expect(describeGroupEvent(e, 'zh')).toMatch(/重新加入组之前自动提交/)
  })

  it('returns null for events that are not about a group', () => {
    expect(describeGroupEvent({ type: 'brokerKilled' }, 'en')).toBeNull()
  })
})

describe('word helpers', () => {
  it('writes a run of offsets as a range', () => {
    expect(offsetRange([14, 12, 13])).toBe('12–14')
    expect(offsetRange([3, 9])).toBe('3, 9')
    expect(offsetRange([7])).toBe('7')
    expect(offsetRange([1, 3, 5, 7, 9, 11])).toBe('1, 3, 5, 7, 9, …')
  })

  it('translates the engine’s rebalance reasons, nested ones too, and keeps unknown ones', () => {
    expect(reasonText('member c4 joined', true)).toBe('成员 c4 加入了组')
    expect(
      reasonText(
        'c1 rejoined with a new subscription (revoked orders-2: rejoining so they can be reassigned)',
        true,
      ),
    ).toBe('c1 以新的订阅信息重新加入（已撤销 orders-2，重新加入以便把它们分给别人）')
    expect(reasonText('something new', true)).toBe('something new')
    expect(reasonText('member c4 joined', false)).toBe('member c4 joined')
    expect(
      reasonText(
        'the group record of generation 4 was not committed (REBALANCE_IN_PROGRESS)',
        true,
      ),
    ).toBe('generation 4 的组记录没有提交（REBALANCE_IN_PROGRESS）')
  })
})
