// Property tests (fast-check) for the assignor ports on random groups: the assignors.json
// `properties` (AbstractStickyAssignorTest.verifyValidityAndBalance and
// CooperativeStickyAssignorTest.verifyCooperativeValidity), full coverage, convergence of the
// cooperative follow-up rebalances, and stickiness of a re-run on the previous result.

import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { javaHashMapOrder } from '../javaHash'
import type { AssignorMember, AssignorName } from './index'
import { assignPartitions } from './index'

interface Group {
  topics: Record<string, number>
  members: AssignorMember[]
}

const TOPICS = ['t1', 't2', 'topic', 'a-b', 'orders-v2']
const IDS = ['consumer1', 'consumer2', 'consumer3', 'consumer4', 'c0', 'c1', 'm-x', 'm-y', 'z']

const topicOf = (tp: string): string => tp.slice(0, tp.lastIndexOf('-'))

const groupArb = (opts: { sameSubscriptions?: boolean; realisticOwnership?: boolean }) =>
  fc
    .record({
      counts: fc.uniqueArray(fc.tuple(fc.constantFrom(...TOPICS), fc.integer({ min: 1, max: 7 })), {
        minLength: 1,
        maxLength: 4,
        selector: (t) => t[0],
      }),
      ids: fc.uniqueArray(fc.constantFrom(...IDS), { minLength: 1, maxLength: 7 }),
      same:
        opts.sameSubscriptions === undefined ? fc.boolean() : fc.constant(opts.sameSubscriptions),
      picks: fc.array(fc.array(fc.boolean(), { minLength: 5, maxLength: 5 }), {
        minLength: 7,
        maxLength: 7,
      }),
      owners: fc.array(fc.integer({ min: -3, max: 6 }), { minLength: 40, maxLength: 40 }),
      extraClaims: fc.array(fc.integer({ min: 0, max: 6 }), { minLength: 40, maxLength: 40 }),
      generations: fc.array(fc.constantFrom(null, 1, 2), { minLength: 7, maxLength: 7 }),
    })
    .map(({ counts, ids, same, picks, owners, extraClaims, generations }): Group => {
      const topics = Object.fromEntries(counts)
      const names = counts.map(([t]) => t)
      const subscriptionOf = (i: number): string[] => {
        const chosen = names.filter((_, k) => picks[same ? 0 : i]?.[k])
        return chosen.length > 0 ? chosen : [names[same ? 0 : i % names.length] as string]
      }
      const all = counts.flatMap(([t, n]) => Array.from({ length: n }, (_, p) => `${t}-${p}`))
      const subscriptions = ids.map((_, i) => subscriptionOf(i))
      // Members claim only partitions of topics they subscribe to. (A stale claim outside the
      // subscription can make Kafka's general path hand the partition back to that member through
      // the previous-generation-owner rule, breaking validity; the port reproduces that too.)
      const owned: string[][] = ids.map(() => [])
      const claim = (member: number, tp: string): void => {
        if (member >= 0 && member < ids.length && subscriptions[member]?.includes(topicOf(tp)))
          owned[member]?.push(tp)
      }
      all.forEach((tp, k) => {
        const owner = owners[k % owners.length] ?? -1
        claim(owner, tp)
        const extra = extraClaims[k % extraClaims.length] ?? 0
        if (!opts.realisticOwnership && extra !== owner) claim(extra, tp)
      })
      const members = ids.map((memberId, i) => ({
        memberId,
        topics: subscriptions[i] ?? [],
        ownedPartitions: owned[i] ?? [],
        generation: opts.realisticOwnership ? 1 : (generations[i] ?? null),
      }))
      // the leader iterates its java.util.HashMap of member ids
      const order = javaHashMapOrder(members.map((m) => m.memberId))
      return {
        topics,
        members: order.map((id) => members.find((m) => m.memberId === id) as AssignorMember),
      }
    })

/** verifyValidityAndBalance: subscribed topics only, no duplicates, the balance rule. */
function checkValidityAndBalance(group: Group, result: Record<string, string[]>): void {
  const seen = new Set<string>()
  for (const m of group.members) {
    for (const tp of result[m.memberId] ?? []) {
      expect(m.topics, `${m.memberId} got ${tp}`).toContain(topicOf(tp))
      expect(seen.has(tp), `${tp} assigned twice`).toBe(false)
      seen.add(tp)
    }
  }
  for (const a of group.members) {
    for (const b of group.members) {
      const sa = result[a.memberId]?.length ?? 0
      const sb = result[b.memberId]?.length ?? 0
      if (sa - sb <= 1) continue
      for (const tp of result[a.memberId] ?? [])
        expect(
          b.topics,
          `${a.memberId}(${sa}) holds ${tp} while ${b.memberId} has ${sb}`,
        ).not.toContain(topicOf(tp))
    }
  }
}

function checkFullCoverage(group: Group, result: Record<string, string[]>): void {
  const subscribed = new Set(group.members.flatMap((m) => m.topics))
  const assigned = Object.values(result).flat().sort()
  const expected = Object.entries(group.topics)
    .filter(([t]) => subscribed.has(t))
    .flatMap(([t, n]) => Array.from({ length: n }, (_, p) => `${t}-${p}`))
    .sort()
  expect(assigned).toEqual(expected)
}

/** verifyCooperativeValidity: nothing is revoked from one member and added to another at once. */
function checkCooperativeValidity(group: Group, result: Record<string, string[]>): boolean {
  const added = new Set<string>()
  const revoked = new Set<string>()
  for (const m of group.members) {
    const owned = new Set(m.ownedPartitions ?? [])
    const assigned = new Set(result[m.memberId] ?? [])
    for (const tp of assigned) if (!owned.has(tp)) added.add(tp)
    for (const tp of owned) if (!assigned.has(tp)) revoked.add(tp)
  }
  for (const tp of added)
    expect(revoked.has(tp), `${tp} revoked and re-assigned at once`).toBe(false)
  return revoked.size > 0
}

/** The next rebalance: everyone reports its last assignment as owned, one generation later. */
function nextRound(group: Group, result: Record<string, string[]>, generation: number): Group {
  return {
    topics: group.topics,
    members: group.members.map((m) => ({
      ...m,
      ownedPartitions: result[m.memberId] ?? [],
      generation,
    })),
  }
}

const sortedSets = (r: Record<string, string[]>) =>
  Object.fromEntries(Object.entries(r).map(([k, v]) => [k, [...v].sort()]))

const RUNS = { numRuns: 400 }

describe.each(['sticky', 'cooperative-sticky'] as const)('%s properties', (strategy) => {
  const converge = (group: Group): Record<string, string[]> => {
    let current = group
    let result = assignPartitions(strategy, current.topics, current.members)
    for (let round = 2; strategy === 'cooperative-sticky'; round++) {
      const revokedSomething = checkCooperativeValidity(current, result)
      if (!revokedSomething) break
      expect(round, 'cooperative rebalances needed').toBeLessThanOrEqual(4)
      current = nextRound(current, result, 10 + round)
      result = assignPartitions(strategy, current.topics, current.members)
    }
    return result
  }

  it('every input member appears in the result', () => {
    fc.assert(
      fc.property(groupArb({}), (group) => {
        const result = assignPartitions(strategy, group.topics, group.members)
        expect(Object.keys(result).sort()).toEqual(group.members.map((m) => m.memberId).sort())
      }),
      RUNS,
    )
  })

  it('valid and balanced (after the follow-up rebalances for cooperative)', () => {
    fc.assert(
      fc.property(groupArb({}), (group) => {
        const result = converge(group)
        checkValidityAndBalance(group, result)
      }),
      RUNS,
    )
  })

  it('assigns every partition when all members subscribe to the same topics', () => {
    fc.assert(
      fc.property(groupArb({ sameSubscriptions: true }), (group) => {
        checkFullCoverage(group, converge(group))
      }),
      RUNS,
    )
  })

  it('assigns every partition of a subscribed topic with unequal subscriptions too', () => {
    fc.assert(
      fc.property(groupArb({ sameSubscriptions: false, realisticOwnership: true }), (group) => {
        checkFullCoverage(group, converge(group))
      }),
      RUNS,
    )
  })
})

describe('sticky stickiness', () => {
  it('re-running on the previous result as owned partitions changes nothing', () => {
    fc.assert(
      fc.property(groupArb({ realisticOwnership: true }), (group) => {
        const first = assignPartitions('sticky', group.topics, group.members)
        const again = nextRound(group, first, 5)
        expect(sortedSets(assignPartitions('sticky', again.topics, again.members))).toEqual(
          sortedSets(first),
        )
      }),
      RUNS,
    )
  })

  it('cooperative-sticky is stable once converged', () => {
    fc.assert(
      fc.property(groupArb({ realisticOwnership: true }), (group) => {
        let current = group
        let result = assignPartitions('cooperative-sticky', current.topics, current.members)
        for (let round = 0; round < 4; round++) {
          current = nextRound(current, result, 20 + round)
          result = assignPartitions('cooperative-sticky', current.topics, current.members)
        }
        const again = nextRound(current, result, 30)
        const next = assignPartitions('cooperative-sticky', again.topics, again.members)
        expect(sortedSets(next)).toEqual(sortedSets(result))
      }),
      RUNS,
    )
  })
})

describe.each(['range', 'roundrobin'] as AssignorName[])('%s properties', (strategy) => {
  it('assigns every subscribed partition exactly once, to a subscriber', () => {
    fc.assert(
      fc.property(groupArb({}), (group) => {
        const result = assignPartitions(strategy, group.topics, group.members)
        checkFullCoverage(group, result)
        for (const m of group.members)
          for (const tp of result[m.memberId] ?? []) expect(m.topics).toContain(topicOf(tp))
      }),
      RUNS,
    )
  })
})
