// KIP-101's two anomalies as scenarios, each under both truncation modes: with `high-watermark`
// (Kafka before 0.11) the anomaly happens, with `leader-epoch` (0.11 and later) it does not. The
// timings are those of kip101.test.ts: latency fixed (no jitter) so each step lands where the KIP
// puts it; one partition of RF 2 on brokers 1 and 2, minimum ISR 1, so broker 3 (the controller)
// never gets in the way.

import type { Command } from './commands'
import type { PartialClusterConfig, TruncationMode } from './config'
import type { Scenario } from './scenarios'
import type { RunInput } from './timeline'

const at = (tick: number, command: Command): RunInput => ({ tick, command })
const produce = (value: string): Command => ({
  type: 'produce',
  topic: 'orders',
  value,
  partition: 0,
})

/** The cluster of both cases (kip101.test.ts plays the same one step by step). */
export function kip101Config(
  truncation: TruncationMode,
  leader: number,
  follower: number,
): PartialClusterConfig {
  return {
    brokers: 3,
    truncation,
    topics: [
      {
        name: 'orders',
        partitions: 1,
        replicationFactor: 2,
        assignment: [[leader, follower]],
        config: { minInsyncReplicas: 1 },
      },
    ],
    network: { latencyMs: 10, jitterMs: 0 },
  }
}

/**
 * Case 1, HW truncation then an immediate election: broker 2 leads, 1 follows. m2 is committed on
 * 2; 1 restarts before it learns HW = 2, then 2 dies and 1 is elected from the ISR.
 */
const case1 = (truncation: TruncationMode): Pick<Scenario, 'config' | 'inputs'> => ({
  config: kip101Config(truncation, 2, 1),
  inputs: [
    at(100, produce('m1')),
    at(1000, produce('m2')),
    at(1050, { type: 'killBroker', broker: 1 }),
    at(1050, { type: 'restartBroker', broker: 1 }),
    at(1065, { type: 'killBroker', broker: 2 }),
  ],
})

/**
 * Case 2, divergence after two hard failures: broker 1 leads, 2 follows. m2 is committed but only
 * in 2's page cache when power fails on 2 and 1 is killed; 2 returns first, is elected and takes
 * m3 at offset 1; then 1 returns as its follower.
 */
const case2 = (truncation: TruncationMode): Pick<Scenario, 'config' | 'inputs'> => ({
  config: kip101Config(truncation, 1, 2),
  inputs: [
    at(100, produce('m1')),
    at(3010, produce('m2')),
    at(3610, { type: 'powerFailBroker', broker: 2 }),
    at(3610, { type: 'killBroker', broker: 1 }),
    at(3710, { type: 'restartBroker', broker: 2 }),
    at(5210, produce('m3')),
    at(5410, { type: 'restartBroker', broker: 1 }),
  ],
})

export const KIP101_SCENARIOS: readonly Scenario[] = [
  {
    id: 'kip101-hw-loss',
    title: {
      en: 'KIP-101, before Kafka 0.11: truncating to the HW loses a committed record',
      zh: 'KIP-101（Kafka 0.11 之前）：截断到高水位，丢失已提交的记录',
    },
    ...case1('high-watermark'),
  },
  {
    id: 'kip101-epoch-keeps',
    title: {
      en: 'KIP-101, Kafka 0.11 and later: the leader epoch keeps it',
      zh: 'KIP-101（Kafka 0.11 起）：依据 leader epoch 截断，记录保住了',
    },
    ...case1('leader-epoch'),
  },
  {
    id: 'kip101-hw-diverge',
    title: {
      en: 'KIP-101, before Kafka 0.11: replicas diverge after two hard failures',
      zh: 'KIP-101（Kafka 0.11 之前）：两次硬故障后副本数据分叉',
    },
    ...case2('high-watermark'),
  },
  {
    id: 'kip101-epoch-reconciles',
    title: {
      en: 'KIP-101, Kafka 0.11 and later: the leader epoch makes the replicas agree',
      zh: 'KIP-101（Kafka 0.11 起）：依据 leader epoch，副本重新一致',
    },
    ...case2('leader-epoch'),
  },
]
