// Vector tests for the follower truncation decision: kip101.json -> truncationDecisionVectors
// (ReplicaFetcherThreadTest @2.0.0), edge cases of both protocols, and properties. The scenario
// replays are in truncationScenarios.test.ts.

import { readFileSync } from 'node:fs'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { EpochCache } from '../log/leaderEpochCache'
import { assignEpoch } from '../log/leaderEpochCache'
import type { EpochTruncationMode, FollowerTruncationView } from './truncationDecision'
import {
  applyTruncation,
  decideTruncation,
  leaderAnswerFor,
  offsetTruncationState,
  resolveTruncation,
} from './truncationDecision'

type Pair = [number, number]
interface Answer {
  readonly leaderEpoch: number
  readonly endOffset: number
}
interface DecisionVector {
  readonly source: { readonly test: string }
  readonly follower: {
    readonly logEndOffset: number
    readonly highWatermark?: number
    readonly endOffsetFor?: Record<string, Pair>
  }
  readonly leaderResponse?: Answer
  readonly expectedTruncateTo?: number
  readonly truncationCompleted?: boolean
  readonly rounds?: readonly {
    readonly leaderResponse: Answer
    readonly expectedTruncateTo: number
    readonly truncationCompleted: boolean
    readonly nextRequestEpoch?: number
  }[]
}
const data = JSON.parse(
  readFileSync(new URL('./__vectors__/kip101.json', import.meta.url), 'utf8'),
) as { truncationDecisionVectors: DecisionVector[] }

const cacheOf = (pairs: readonly Pair[]): EpochCache =>
  pairs.map(([epoch, startOffset]) => ({ epoch, startOffset }))

/**
 * Epoch caches (test data) that reproduce each vector's mocked follower endOffsetFor under the
 * trunk LeaderEpochFileCache. The 2.0.0 "no more epochs" vectors mock (-1,-1) for epoch 4 while
 * epoch 5 is cached, which trunk cannot return (it answers (4, start of epoch 5)); an epoch 5 that
 * starts at the LEO gives the same truncation offsets.
 */
const followerCaches: Record<string, EpochCache> = {
  shouldTruncateToOffsetSpecifiedInEpochOffsetResponse: cacheOf([[5, 0]]),
  shouldTruncateToOffsetSpecifiedInEpochOffsetResponseIfFollowerHasNoMoreEpochs: cacheOf([
    [5, 200],
  ]),
  shouldFetchLeaderEpochSecondTimeIfLeaderRepliesWithEpochNotKnownToFollower: cacheOf([
    [3, 100],
    [5, 120],
  ]),
  shouldUseLeaderEndOffsetIfInterBrokerVersionBelow20: cacheOf([[5, 0]]),
}

describe('truncationDecisionVectors (ReplicaFetcherThreadTest @2.0.0)', () => {
  for (const [i, v] of data.truncationDecisionVectors.entries()) {
    const rounds =
      v.rounds ??
      (v.leaderResponse && v.expectedTruncateTo !== undefined
        ? [
            {
              leaderResponse: v.leaderResponse,
              expectedTruncateTo: v.expectedTruncateTo,
              truncationCompleted: v.truncationCompleted ?? true,
            },
          ]
        : [])

    it(`#${i} ${v.source.test}: getOffsetTruncationState with the mocked endOffsetFor`, () => {
      expect(rounds.length).toBeGreaterThan(0)
      const first = rounds[0]
      if (first === undefined) return
      // Only the first round's follower state is given by the vector.
      const mocked = v.follower.endOffsetFor?.[String(first.leaderResponse.leaderEpoch)] ?? [-1, -1]
      const state = offsetTruncationState(
        { epoch: mocked[0], endOffset: mocked[1] },
        v.follower.logEndOffset,
        v.follower.highWatermark ?? 0,
        first.leaderResponse,
      )
      expect(state).toEqual({
        truncateTo: first.expectedTruncateTo,
        completed: first.truncationCompleted,
      })
    })

    it(`#${i} ${v.source.test}: decideTruncation on an epoch cache`, () => {
      const cache = followerCaches[v.source.test]
      expect(cache).toBeDefined()
      let view: FollowerTruncationView = {
        cache: cache ?? [],
        logEndOffset: v.follower.logEndOffset,
        highWatermark: v.follower.highWatermark ?? 0,
      }
      for (const r of rounds) {
        const d = decideTruncation(view, r.leaderResponse, 'kip279')
        expect(d.truncateTo).toBe(r.expectedTruncateTo)
        expect(d.completed).toBe(r.truncationCompleted)
        if (r.nextRequestEpoch !== undefined) expect(d.nextRequestEpoch).toBe(r.nextRequestEpoch)
        view = applyTruncation(view, d.truncateTo)
      }
    })
  }
})

describe('edge cases', () => {
  const view: FollowerTruncationView = {
    cache: cacheOf([
      [0, 0],
      [2, 5],
    ]),
    logEndOffset: 8,
    highWatermark: 4,
  }

  it('an UNDEFINED end offset truncates to the HW in both modes', () => {
    for (const mode of ['kip101', 'kip279'] as const) {
      expect(decideTruncation(view, { leaderEpoch: -1, endOffset: -1 }, mode)).toEqual({
        truncateTo: 4,
        completed: true,
      })
    }
  })

  it('v0 leader answers UNDEFINED below its first epoch; v1 answers the first higher start', () => {
    const leader = cacheOf([
      [3, 10],
      [4, 12],
    ])
    expect(leaderAnswerFor(leader, 15, 1, 'kip101')).toEqual({ leaderEpoch: -1, endOffset: -1 })
    expect(leaderAnswerFor(leader, 15, 1, 'kip279')).toEqual({ leaderEpoch: 1, endOffset: 10 })
    expect(leaderAnswerFor(leader, 15, 4, 'kip101')).toEqual({ leaderEpoch: -1, endOffset: 15 })
    expect(leaderAnswerFor(leader, 15, -1, 'kip101').endOffset).toBe(-1)
  })

  it('a follower without epochs truncates to its HW without asking', () => {
    const r = resolveTruncation({ ...view, cache: [] }, view.cache, 8, 'kip279')
    expect(r).toEqual({ truncateTo: 4, rounds: [] })
  })

  it('applyTruncation is a no-op at or above the LEO', () => {
    expect(applyTruncation(view, 8)).toBe(view)
    expect(applyTruncation(view, 3)).toEqual({
      cache: cacheOf([[0, 0]]),
      logEndOffset: 3,
      highWatermark: 3,
    })
  })
})

describe('properties', () => {
  const cacheArb = fc
    .array(fc.tuple(fc.nat(8), fc.nat(40)), { maxLength: 8 })
    .map((ops) => ops.reduce<EpochCache>((c, [e, o]) => assignEpoch(c, e, o), []))
  const viewArb = fc
    .tuple(cacheArb, fc.nat(50), fc.nat(50))
    .map(([cache, extra, hw]): FollowerTruncationView => {
      const start = cache[cache.length - 1]?.startOffset ?? 0
      const leo = start + extra
      return { cache, logEndOffset: leo, highWatermark: Math.min(hw, leo) }
    })
  const answerArb = fc.record({
    leaderEpoch: fc.integer({ min: -1, max: 9 }),
    endOffset: fc.integer({ min: -1, max: 90 }),
  })
  const modeArb = fc.constantFrom<EpochTruncationMode>('kip101', 'kip279')

  it('decideTruncation never truncates above the follower LEO', () => {
    fc.assert(
      fc.property(viewArb, answerArb, modeArb, (v, a, mode) => {
        const d = decideTruncation(v, a, mode)
        return d.truncateTo <= v.logEndOffset && d.truncateTo >= 0
      }),
      { numRuns: 1000 },
    )
  })

  it('multi-round resolution ends at or below the LEO and asks strictly older epochs', () => {
    fc.assert(
      fc.property(viewArb, cacheArb, fc.nat(50), modeArb, (v, leaderCache, extra, mode) => {
        const leaderLeo = (leaderCache[leaderCache.length - 1]?.startOffset ?? 0) + extra
        const r = resolveTruncation(v, leaderCache, leaderLeo, mode)
        const epochs = r.rounds.map((x) => x.requestEpoch)
        const decreasing = epochs.every((e, i) => i === 0 || e < (epochs[i - 1] ?? e))
        return r.truncateTo <= v.logEndOffset && decreasing
      }),
      { numRuns: 500 },
    )
  })
})
