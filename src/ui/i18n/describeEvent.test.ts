import { describe, expect, it } from 'vitest'
import type { ClusterEvent, SimEvent } from '../../engine/events'
import { describeEvent, describeGeneric } from './describeEvent'

type Samples = { [K in ClusterEvent['type']]: Extract<ClusterEvent, { type: K }>[] }

// One entry per ClusterEvent type (the type makes a missing one a compile error), with the
// variants that change the wording.
const SAMPLES: Samples = {
  brokerKilled: [{ type: 'brokerKilled', broker: 2 }],
  brokerPowerFailed: [
    { type: 'brokerPowerFailed', broker: 2, lostRecords: 3 },
    { type: 'brokerPowerFailed', broker: 2, lostRecords: 1 },
  ],
  brokerRestarted: [{ type: 'brokerRestarted', broker: 2 }],
  brokerShutdown: [{ type: 'brokerShutdown', broker: 1, movedLeaders: 2 }],
  brokerSlowed: [
    { type: 'brokerSlowed', broker: 3, extraMs: 4000 },
    { type: 'brokerSlowed', broker: 3, extraMs: 0 },
  ],
  brokerIsolated: [{ type: 'brokerIsolated', broker: 1 }],
  brokerReconnected: [{ type: 'brokerReconnected', broker: 1 }],
  brokerAdded: [{ type: 'brokerAdded', broker: 4 }],
  brokerFenced: [
    { type: 'brokerFenced', broker: 2, reason: 'sessionTimeout' },
    { type: 'brokerFenced', broker: 2, reason: 'shutdown' },
  ],
  brokerUnfenced: [{ type: 'brokerUnfenced', broker: 2 }],
  controllerElected: [{ type: 'controllerElected', broker: 1, epoch: 2 }],
  controllerLost: [
    { type: 'controllerLost', broker: 3, hasQuorum: true },
    { type: 'controllerLost', broker: 3, hasQuorum: false },
  ],
  leaderElected: (['initial', 'clean', 'unclean', 'preferred', 'controlled'] as const).map(
    (kind) => ({
      type: 'leaderElected' as const,
      partition: 'orders-0',
      leader: 3,
      previous: kind === 'initial' ? null : 2,
      epoch: 4,
      kind,
    }),
  ),
  partitionOffline: [{ type: 'partitionOffline', partition: 'orders-1', isr: [2] }],
  isrShrunk: (['lag', 'fenced', 'shutdown'] as const).map((reason) => ({
    type: 'isrShrunk' as const,
    partition: 'orders-1',
    removed: [2],
    isr: [1, 3],
    reason,
  })),
  isrExpanded: [{ type: 'isrExpanded', partition: 'orders-1', added: [2, 3], isr: [1, 2, 3] }],
  logTruncated: (['leader-epoch', 'high-watermark'] as const).map((mode) => ({
    type: 'logTruncated' as const,
    partition: 'orders-0',
    broker: 2,
    from: 12,
    to: 10,
    mode,
    removed: 2,
  })),
  logRestartedAt: [
    { type: 'logRestartedAt', partition: 'orders-0', broker: 2, from: 190, to: 3787 },
  ],
  produceError: (
    [
      'NOT_ENOUGH_REPLICAS',
      'NOT_ENOUGH_REPLICAS_AFTER_APPEND',
      'REQUEST_TIMED_OUT',
      'NOT_LEADER_OR_FOLLOWER',
      'NETWORK_EXCEPTION',
      'DELIVERY_TIMEOUT',
    ] as const
  ).map((error, i) => ({
    type: 'produceError' as const,
    producer: 'producer-1',
    partition: 'orders-2',
    error,
    willRetry: i % 2 === 0,
    records: i + 1,
  })),
  recordsLost: [
    'uncleanElection',
    'leaderWithoutRecords',
    'truncated',
    'zombieLeader',
    'other',
  ].map((reason) => ({
    type: 'recordsLost' as const,
    partition: 'orders-0',
    count: 7,
    offsets: [10, 11, 12, 13, 14, 15, 16],
    reason,
  })),
  recordsDuplicated: [{ type: 'recordsDuplicated', partition: 'orders-0', count: 1, offsets: [5] }],
  duplicateDropped: [
    { type: 'duplicateDropped', producer: 'producer-1', partition: 'orders-0', baseSequence: 8 },
  ],
  recordsReordered: [
    { type: 'recordsReordered', producer: 'producer-1', partition: 'orders-0', offsets: [7, 8] },
  ],
  recordsExpired: [
    { type: 'recordsExpired', producer: 'producer-1', partition: 'orders-0', count: 4 },
  ],
  segmentRolled: [{ type: 'segmentRolled', partition: 'orders-0', broker: 1, baseOffset: 40 }],
  segmentsDeleted: [
    { type: 'segmentsDeleted', partition: 'orders-0', broker: 1, count: 2, logStartOffset: 40 },
  ],
  topicCreated: [{ type: 'topicCreated', topic: 'payments', partitions: 3, replicationFactor: 3 }],
  partitionsAdded: [{ type: 'partitionsAdded', topic: 'orders', from: 3, to: 6 }],
  configChanged: [{ type: 'configChanged', scope: 'topic orders', changes: ['retention.ms=5000'] }],
}

const events: SimEvent[] = Object.values(SAMPLES)
  .flat()
  .map((e) => ({ ...e, tick: 1200, touches: [] }) as SimEvent)

const CJK = /[\u4e00-\u9fff]/

describe('describeEvent', () => {
  it.each(events.map((e) => [e.type, e] as const))(
    '%s reads as plain words in both languages',
    (_, e) => {
      const en = describeEvent(e, 'en')
      const zh = describeEvent(e, 'zh')
      for (const text of [en, zh]) {
        expect(text.trim().length).toBeGreaterThan(10)
        expect(text).not.toMatch(/undefined|NaN|\[object|null/)
        expect(text).not.toBe(describeGeneric(e))
      }
      expect(zh).toMatch(CJK)
      expect(en).not.toMatch(CJK)
    },
  )

  it('uses Kafka’s words for an ISR shrink caused by lag', () => {
    const e = events.find((x) => x.type === 'isrShrunk') as SimEvent
    expect(describeEvent(e, 'en')).toBe(
      'broker 2 removed from the ISR of orders-1: no fetch caught up within replica.lag.time.max.ms (ISR now 1, 3)',
    )
    expect(describeEvent(e, 'zh')).toBe(
      'broker 2 被移出 orders-1 的 ISR：在 replica.lag.time.max.ms 内没有追上 leader（现在 ISR 为 1、3）',
    )
  })

  it('says why an idempotent producer’s records were written twice', () => {
    const e = {
      type: 'recordsDuplicated',
      partition: 'orders-0',
      count: 2,
      offsets: [7, 8],
      idempotent: true,
    } as SimEvent
    expect(describeEvent(e, 'en')).toMatch(/idempotent, but idempotence stops duplicates only/)
    expect(describeEvent(e, 'zh')).toMatch(/生产者开启了幂等/)
    expect(describeEvent({ ...e, idempotent: false } as SimEvent, 'en')).not.toMatch(/idempotent/)
  })

  it('says "1 record", not "1 records"', () => {
    const e = events.find((x) => x.type === 'recordsDuplicated') as SimEvent
    expect(describeEvent(e, 'en')).toMatch(/^1 record written twice/)
  })

  it('falls back to the type and fields for an event it does not know', () => {
    const e = {
      type: 'groupMemberJoined',
      group: 'g1',
      member: 'consumer-1',
      partitions: [0, 1],
      tick: 5,
      touches: ['group-g1'],
    } as unknown as SimEvent
    expect(describeEvent(e, 'en')).toBe(
      'groupMemberJoined: group=g1, member=consumer-1, partitions=[0, 1]',
    )
    expect(describeEvent(e, 'zh')).toBe(describeEvent(e, 'en'))
  })
})
