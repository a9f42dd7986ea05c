// Random schedules for the group tests (groups.property.test.ts, groups/watch.test.ts): group
// commands, produces and broker faults on a 3-broker cluster with two groups reading `orders`.

import fc from 'fast-check'
import type { Command } from '../commands'
import { TestSim } from './run'

const clients = ['c1', 'c2', 'c3', 'c4', 'c5']

/** Group commands, produces and broker faults (no power failures). */
export const groupCommandArb: fc.Arbitrary<Command> = fc.oneof(
  fc.record({
    type: fc.constant('addConsumer' as const),
    group: fc.constantFrom('g1', 'g2'),
    clientId: fc.option(fc.constantFrom(...clients), { nil: undefined }),
    groupInstanceId: fc.option(fc.constantFrom('i1', 'i2'), { nil: undefined }),
  }),
  fc.record({
    type: fc.constantFrom(
      'removeConsumer' as const,
      'crashConsumer' as const,
      'commitSync' as const,
      'commitAsync' as const,
    ),
    group: fc.constantFrom('g1', 'g2'),
    clientId: fc.constantFrom(...clients),
  }),
  fc.record({
    type: fc.constant('pauseConsumer' as const),
    group: fc.constantFrom('g1', 'g2'),
    clientId: fc.constantFrom(...clients),
    paused: fc.boolean(),
  }),
  fc.record({
    type: fc.constant('setGroupConfig' as const),
    group: fc.constantFrom('g1', 'g2'),
    strategy: fc.constantFrom<('range' | 'roundrobin' | 'sticky' | 'cooperative-sticky')[]>(
      ['range', 'cooperative-sticky'],
      ['cooperative-sticky'],
      ['sticky', 'cooperative-sticky'],
      ['roundrobin', 'range'],
    ),
  }),
  fc.record({
    type: fc.constant('setGroupConfig' as const),
    group: fc.constantFrom('g1', 'g2'),
    commitPolicy: fc.constantFrom(
      'auto' as const,
      'after-processing' as const,
      'before-processing' as const,
    ),
    processingMs: fc.integer({ min: 0, max: 40 }),
  }),
  fc.record({
    type: fc.constant('resetOffsets' as const),
    group: fc.constantFrom('g1', 'g2'),
    topic: fc.constant('orders'),
    to: fc.constantFrom('earliest' as const, 'latest' as const),
  }),
  fc.record({ type: fc.constant('killBroker' as const), broker: fc.integer({ min: 1, max: 3 }) }),
  fc.record({
    type: fc.constantFrom(
      'isolateBroker' as const,
      'reconnectBroker' as const,
      'shutdownBroker' as const,
    ),
    broker: fc.integer({ min: 1, max: 3 }),
  }),
  fc.record({
    type: fc.constant('restartBroker' as const),
    broker: fc.integer({ min: 1, max: 3 }),
  }),
  fc.record({
    type: fc.constant('addPartitions' as const),
    topic: fc.constant('orders'),
    totalPartitions: fc.integer({ min: 4, max: 6 }),
  }),
  fc.record({
    type: fc.constant('produce' as const),
    topic: fc.constant('orders'),
    key: fc.option(fc.constantFrom('a', 'b', 'c', 'd'), { nil: null }),
    value: fc.constant('x'),
  }),
)

/** A command and the simulated ms to let pass after it. */
export function stepsOf(commands: fc.Arbitrary<Command>) {
  return fc.record({ cmd: commands, gap: fc.integer({ min: 0, max: 2000 }) })
}

/** Two groups on `orders` (g1: 2 consumers, earliest; g2: 1, cooperative-sticky), 20 records/s. */
export function twoGroups(seed: number): TestSim {
  const t = new TestSim(seed)
  t.do({
    type: 'addGroup',
    group: 'g1',
    topics: ['orders'],
    consumers: 2,
    config: { autoOffsetReset: 'earliest' },
  })
  t.do({
    type: 'addGroup',
    group: 'g2',
    topics: ['orders'],
    consumers: 1,
    strategy: 'cooperative-sticky',
  })
  t.do({ type: 'setAutoProduce', rate: 20, topic: 'orders' })
  return t
}
