import { describe, expect, it } from 'vitest'
import { Timeline } from '../../engine/timeline'
import { buildView, type PartitionView, type TopicView } from '../../engine/view'
import { describeTopics } from './describeTopics'

const topic = (over: Partial<TopicView> = {}): TopicView => ({
  name: 'orders',
  topicId: 'nH7VoBAel5xMcjHZC3UEv-',
  partitions: 2,
  replicationFactor: 3,
  internal: false,
  config: {
    minInsyncReplicas: 2,
    uncleanLeaderElectionEnable: false,
    segmentBytes: 1024,
    segmentMs: 604_800,
    retentionMs: 604_800,
    retentionBytes: -1,
  },
  overrides: [],
  ...over,
})

const partition = (n: number, over: Partial<PartitionView> = {}): PartitionView => ({
  key: `orders-${n}`,
  topic: 'orders',
  partition: n,
  replicas: [1, 2, 3],
  leader: 1,
  leaderEpoch: 0,
  isr: [1, 2, 3],
  offline: false,
  lastLeaderChange: 'initial' as PartitionView['lastLeaderChange'],
  highWatermark: 0,
  logEndOffset: 0,
  logStartOffset: 0,
  ...over,
})

describe('describeTopics', () => {
  it('prints the topic line and one tab-indented line per partition, as Kafka 3.9 does', () => {
    const text = describeTopics({
      topics: { orders: topic() },
      partitions: {
        'orders-1': partition(1, { replicas: [2, 3, 1], leader: 2, isr: [2, 1] }),
        'orders-0': partition(0),
      },
    })
    expect(text.split('\n')).toEqual([
      'Topic: orders\tTopicId: nH7VoBAel5xMcjHZC3UEv-\tPartitionCount: 2\tReplicationFactor: 3\tConfigs: min.insync.replicas=2',
      '\tTopic: orders\tPartition: 0\tLeader: 1\tReplicas: 1,2,3\tIsr: 1,2,3\tElr: N/A\tLastKnownElr: N/A',
      '\tTopic: orders\tPartition: 1\tLeader: 2\tReplicas: 2,3,1\tIsr: 2,1\tElr: N/A\tLastKnownElr: N/A',
    ])
  })

  it('prints "Leader: none" for an offline partition and keeps its last ISR', () => {
    const text = describeTopics({
      topics: { orders: topic({ partitions: 1 }) },
      partitions: { 'orders-0': partition(0, { leader: null, offline: true, isr: [3] }) },
    })
    expect(text).toContain('\tPartition: 0\tLeader: none\tReplicas: 1,2,3\tIsr: 3\t')
  })

  it('lists min.insync.replicas first, then other overrides by their Kafka names', () => {
    const t = topic({
      config: { ...topic().config, minInsyncReplicas: 1, retentionMs: 5000 },
      overrides: ['retentionMs', 'minInsyncReplicas'],
    })
    const first = describeTopics({ topics: { orders: t }, partitions: {} }).split('\n')[0]
    expect(first).toMatch(/\tConfigs: min\.insync\.replicas=1,retention\.ms=5000$/)
  })

  it('skips internal topics and sorts topics by name', () => {
    const text = describeTopics({
      topics: {
        zeta: topic({ name: 'zeta', partitions: 0 }),
        __consumer_offsets: topic({ name: '__consumer_offsets', internal: true }),
        alpha: topic({ name: 'alpha', partitions: 0 }),
      },
      partitions: {},
    })
    expect(text.split('\n').map((l) => l.split('\t')[0])).toEqual(['Topic: alpha', 'Topic: zeta'])
  })

  it('describes the engine default cluster: orders, 3 partitions, RF 3, a 22-character topic id', () => {
    const view = buildView(Timeline.fromRun({ seed: 42, config: {}, inputs: [] }).current)
    const lines = describeTopics(view).split('\n')
    expect(lines).toHaveLength(4)
    expect(lines[0]).toMatch(
      /^Topic: orders\tTopicId: [A-Za-z0-9_-]{22}\tPartitionCount: 3\tReplicationFactor: 3\tConfigs: min\.insync\.replicas=2$/,
    )
    for (const [i, line] of lines.slice(1).entries())
      expect(line).toMatch(
        new RegExp(
          `^\\tTopic: orders\\tPartition: ${i}\\tLeader: \\d\\tReplicas: \\d,\\d,\\d\\tIsr: \\d,\\d,\\d\\tElr: N/A\\tLastKnownElr: N/A$`,
        ),
      )
  })
})
