// Named starting points: a configuration plus the inputs that set the scene, as a run prefix.
// Each one shows one idea; the inputs are ordinary commands, so a scenario replays like any run.

import type { Command } from './commands'
import type { PartialClusterConfig } from './config'
import { KIP101_SCENARIOS } from './scenariosKip101'
import type { RunInput } from './timeline'

export interface Scenario {
  readonly id: string
  readonly title: { readonly en: string; readonly zh: string }
  readonly config: PartialClusterConfig
  readonly inputs: readonly RunInput[]
}

const at = (tick: number, command: Command): RunInput => ({ tick, command })
const STRESS_TOPICS = ['t1', 't2', 't3', 't4', 't5', 't6']

export const SCENARIOS: readonly Scenario[] = [
  {
    id: 'healthy',
    title: { en: 'Healthy cluster', zh: '健康的集群' },
    config: {},
    inputs: [at(0, { type: 'setAutoProduce', rate: 2, keys: 'uniform', topic: 'orders' })],
  },
  {
    id: 'slow-follower',
    title: { en: 'A slow follower leaves the ISR', zh: '慢副本被移出 ISR' },
    config: {},
    inputs: [
      at(0, { type: 'setAutoProduce', rate: 5, keys: 'uniform', topic: 'orders' }),
      at(1000, { type: 'slowBroker', broker: 3, extraMs: 4000 }),
    ],
  },
  {
    id: 'acks1-failover',
    title: {
      en: 'acks=1: a leader fails before followers copy',
      zh: 'acks=1：leader 在同步前宕机',
    },
    config: { producer: { acks: 1 }, broker: { minInsyncReplicas: 1 } },
    inputs: [
      at(0, { type: 'setAutoProduce', rate: 20, keys: 'uniform', topic: 'orders' }),
      at(1000, { type: 'slowBroker', broker: 2, extraMs: 600 }),
      at(1000, { type: 'slowBroker', broker: 3, extraMs: 600 }),
      at(2500, { type: 'killBroker', broker: 1 }),
    ],
  },
  {
    id: 'unclean-election',
    title: {
      en: 'Unclean leader election loses committed data',
      zh: '脏选举（unclean）丢失已提交数据',
    },
    config: { broker: { uncleanLeaderElectionEnable: true, minInsyncReplicas: 1 } },
    inputs: [
      at(0, { type: 'setAutoProduce', rate: 5, keys: 'uniform', topic: 'orders' }),
      at(500, { type: 'killBroker', broker: 3 }),
      at(2500, { type: 'killBroker', broker: 2 }),
      at(4500, { type: 'killBroker', broker: 1 }),
      at(5000, { type: 'restartBroker', broker: 3 }),
    ],
  },
  ...KIP101_SCENARIOS,
  {
    id: 'bench-classroom',
    title: { en: 'Benchmark: classroom', zh: '基准：课堂规模' },
    config: {
      brokers: 5,
      topics: [
        { name: 'orders', partitions: 6, replicationFactor: 3 },
        { name: 'payments', partitions: 6, replicationFactor: 3 },
      ],
    },
    // One producer spreading 20 keyed records/s over both topics; one group of 3 consumers on both.
    inputs: [
      at(0, { type: 'setAutoProduce', rate: 20, keys: 'uniform', topics: ['orders', 'payments'] }),
      at(0, { type: 'addGroup', group: 'classroom', topics: ['orders', 'payments'], consumers: 3 }),
    ],
  },
  {
    id: 'bench-stress',
    title: { en: 'Benchmark: stress', zh: '基准：压力测试' },
    config: {
      brokers: 12,
      topics: STRESS_TOPICS.map((name) => ({
        name,
        partitions: 24,
        replicationFactor: 3,
      })),
    },
    // 500 keyed records/s spread over the six topics; four groups of six consumers, each group on
    // every topic; a broker killed every 20 s and restarted 10 s later, in turn.
    inputs: [
      at(0, { type: 'setAutoProduce', rate: 500, keys: 'uniform', topics: [...STRESS_TOPICS] }),
      ...[1, 2, 3, 4].map((g) =>
        at(0, { type: 'addGroup', group: `stress-${g}`, topics: [...STRESS_TOPICS], consumers: 6 }),
      ),
      ...Array.from({ length: 180 }, (_, i) => [
        at(20_000 * (i + 1), { type: 'killBroker', broker: (i % 12) + 1 }),
        at(20_000 * (i + 1) + 10_000, { type: 'restartBroker', broker: (i % 12) + 1 }),
      ]).flat(),
    ],
  },
]

export function findScenario(id: string): Scenario | undefined {
  return SCENARIOS.find((s) => s.id === id)
}
