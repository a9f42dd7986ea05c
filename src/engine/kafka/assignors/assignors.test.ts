// Vector tests for the assignor ports: every scenario of __vectors__/assignors.json (copied from
// shared/vectors; scenarios from Kafka's RangeAssignorTest, RoundRobinAssignorTest,
// StickyAssignorTest, CooperativeStickyAssignorTest and the KIP-848 server-side RangeAssignorTest),
// plus the examples of kafka-reference.md section 4.3 and the assignor javadocs.

import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { javaHashMapOrder } from '../javaHash'
import { abstractStickyAssign } from './abstractSticky'
import { parseTopicPartition, type Subscription } from './common'
import type { AssignorMember, AssignorName } from './index'
import { assignPartitions } from './index'

interface Scenario {
  id: string
  topics: Record<string, number>
  members: AssignorMember[]
  expected: Record<string, string[]>
  orderSignificant: boolean
  javaHashMapIterationOrder?: string[]
  algorithmPath?: 'constrained' | 'general'
  expectedPartitionsTransferringOwnership?: Record<string, string>
  expectedAssertedOnlyFor?: string[]
}

const vectors = JSON.parse(
  readFileSync(new URL('../__vectors__/assignors.json', import.meta.url), 'utf8'),
) as Record<string, Scenario[]>

const GROUPS: [string, AssignorName, number][] = [
  ['range', 'range', 12],
  ['roundrobin', 'roundrobin', 9],
  ['sticky', 'sticky', 15],
  ['cooperative-sticky', 'cooperative-sticky', 6],
  ['kip848-server-range', 'range', 3],
]

/** Members in the order Kafka's leader iterates them. */
function inKafkaOrder(s: Scenario): AssignorMember[] {
  const order = s.javaHashMapIterationOrder
  if (order === undefined) return s.members
  return order.map((id) => {
    const m = s.members.find((x) => x.memberId === id)
    if (m === undefined) throw new Error(`${s.id}: ${id} not among members`)
    return m
  })
}

const sorted = (xs: readonly string[]): string[] => [...xs].sort()

function toSubscription(m: AssignorMember): Subscription {
  return {
    memberId: m.memberId,
    groupInstanceId: m.groupInstanceId ?? null,
    topics: m.topics,
    ownedPartitions: (m.ownedPartitions ?? []).flatMap((p) => parseTopicPartition(p) ?? []),
    generation: m.generation ?? null,
  }
}

function checkScenario(strategy: AssignorName, s: Scenario): void {
  const result = assignPartitions(strategy, s.topics, inKafkaOrder(s))
  expect(sorted(Object.keys(result))).toEqual(sorted(s.members.map((m) => m.memberId)))
  const asserted = s.expectedAssertedOnlyFor ?? Object.keys(s.expected)
  for (const member of asserted) {
    const expected = s.expected[member] ?? []
    const actual = result[member] ?? []
    if (s.orderSignificant) expect(actual, member).toEqual(expected)
    else expect(sorted(actual), member).toEqual(sorted(expected))
  }
}

describe.each(GROUPS)('assignors.json: %s', (group, strategy, count) => {
  const scenarios = vectors[group] ?? []
  it(`has ${count} scenarios`, () => {
    expect(scenarios).toHaveLength(count)
  })
  it.each(scenarios.map((s) => [s.id, s] as const))('%s', (_id, s) => {
    checkScenario(strategy, s)
  })
})

describe('assignors.json: sticky internals', () => {
  const sticky = [...(vectors.sticky ?? []), ...(vectors['cooperative-sticky'] ?? [])]
  it.each(sticky.map((s) => [s.id, s] as const))('%s: HashMap order, path, transfers', (_id, s) => {
    expect(javaHashMapOrder(s.members.map((m) => m.memberId))).toEqual(s.javaHashMapIterationOrder)
    const topics = new Map(Object.entries(s.topics))
    const result = abstractStickyAssign(topics, inKafkaOrder(s).map(toSubscription))
    expect(result.algorithmPath).toBe(s.algorithmPath)
    if (s.expectedPartitionsTransferringOwnership !== undefined && s.id.startsWith('sticky')) {
      const transfers = Object.fromEntries(result.partitionsTransferringOwnership ?? new Map())
      expect(transfers).toEqual(s.expectedPartitionsTransferringOwnership)
    }
  })
})

/** Members given in Kafka's iteration order directly (ids consumer1..4 iterate descending). */
const member = (
  memberId: string,
  topics: string[],
  ownedPartitions: string[] = [],
  generation: number | null = null,
): AssignorMember => ({ memberId, topics, ownedPartitions, generation })

describe('kafka-reference.md 4.3 and javadoc examples', () => {
  it('RangeAssignor javadoc: C0 [t0p0,t0p1,t1p0,t1p1], C1 [t0p2,t1p2]', () => {
    const r = assignPartitions('range', { t0: 3, t1: 3 }, [
      member('C0', ['t0', 't1']),
      member('C1', ['t0', 't1']),
    ])
    expect(sorted(r.C0 ?? [])).toEqual(['t0-0', 't0-1', 't1-0', 't1-1'])
    expect(sorted(r.C1 ?? [])).toEqual(['t0-2', 't1-2'])
  })

  it('RoundRobinAssignor javadoc, unequal subscriptions', () => {
    const r = assignPartitions('roundrobin', { t0: 1, t1: 2, t2: 3 }, [
      member('C0', ['t0']),
      member('C1', ['t0', 't1']),
      member('C2', ['t0', 't1', 't2']),
    ])
    expect(r).toEqual({ C0: ['t0-0'], C1: ['t1-0'], C2: ['t1-1', 't2-0', 't2-1', 't2-2'] })
  })

  it('range-14: three consumers on t1:6, t2:7, t3:2', () => {
    const all = ['t1', 't2', 't3']
    const r = assignPartitions('range', { t1: 6, t2: 7, t3: 2 }, [
      member('c2', all),
      member('c1', all),
      member('c0', all),
    ])
    expect(sorted(r.c0 ?? [])).toEqual(['t1-0', 't1-1', 't2-0', 't2-1', 't2-2', 't3-0'])
    expect(sorted(r.c1 ?? [])).toEqual(['t1-2', 't1-3', 't2-3', 't2-4', 't3-1'])
    expect(sorted(r.c2 ?? [])).toEqual(['t1-4', 't1-5', 't2-5', 't2-6'])
  })

  const step2 = (): AssignorMember[] => [
    member('consumer4', ['topic1', 'topic2'], [], 1),
    member('consumer3', ['topic1', 'topic2'], [], 1),
    member('consumer2', ['topic1', 'topic2'], ['topic1-1', 'topic2-0', 'topic2-2'], 1),
    member('consumer1', ['topic1', 'topic2'], ['topic1-0', 'topic1-2', 'topic2-1', 'topic2-3'], 1),
  ]

  it('sticky-13b: two consumers join, transfers recorded', () => {
    const topics = { topic1: 3, topic2: 4 }
    const r = assignPartitions('sticky', topics, step2())
    expect(sorted(r.consumer1 ?? [])).toEqual(['topic1-0', 'topic2-1'])
    expect(sorted(r.consumer2 ?? [])).toEqual(['topic1-1', 'topic2-0'])
    expect(sorted(r.consumer3 ?? [])).toEqual(['topic1-2', 'topic2-3'])
    expect(r.consumer4).toEqual(['topic2-2'])
    const details = abstractStickyAssign(
      new Map(Object.entries(topics)),
      step2().map(toSubscription),
    )
    expect(Object.fromEntries(details.partitionsTransferringOwnership ?? [])).toEqual({
      'topic1-2': 'consumer3',
      'topic2-3': 'consumer3',
      'topic2-2': 'consumer4',
    })
  })

  it('coop-04a: the joiners get nothing until the partitions are revoked', () => {
    const r = assignPartitions('cooperative-sticky', { topic1: 3, topic2: 4 }, step2())
    expect(r.consumer3).toEqual([])
    expect(r.consumer4).toEqual([])
    expect(sorted(r.consumer1 ?? [])).toEqual(['topic1-0', 'topic2-1'])
    expect(sorted(r.consumer2 ?? [])).toEqual(['topic1-1', 'topic2-0'])
  })
})
