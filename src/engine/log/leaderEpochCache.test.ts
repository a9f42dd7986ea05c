// Vector tests (kip101.json -> leaderEpochCacheVectors, from LeaderEpochFileCacheTest) and
// properties for the leader-epoch cache port.

import { readFileSync } from 'node:fs'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { EpochCache } from './leaderEpochCache'
import {
  assignEpoch,
  emptyEpochCache,
  endOffsetFor,
  epochForOffset,
  isMonotonic,
  latestEpoch,
  truncateFromEnd,
  truncateFromStart,
  UNDEFINED_EPOCH,
} from './leaderEpochCache'

type Op = ['assign', number, number] | ['truncateFromEnd', number] | ['truncateFromStart', number]

interface CacheVector {
  readonly source: { readonly test: string }
  readonly operations: readonly Op[]
  readonly endOffsetForQueries: readonly {
    readonly requestedEpoch: number
    readonly logEndOffset: number
    readonly expected: [number, number]
  }[]
  readonly expectedEntries?: readonly [number, number][]
}

const vectors = JSON.parse(
  readFileSync(new URL('../rules/__vectors__/kip101.json', import.meta.url), 'utf8'),
) as { leaderEpochCacheVectors: { vectors: CacheVector[] } }

function applyOp(cache: EpochCache, op: Op): EpochCache {
  switch (op[0]) {
    case 'assign':
      return assignEpoch(cache, op[1], op[2])
    case 'truncateFromEnd':
      return truncateFromEnd(cache, op[1])
    case 'truncateFromStart':
      return truncateFromStart(cache, op[1])
  }
}

const toPairs = (cache: EpochCache) => cache.map((e) => [e.epoch, e.startOffset])
const fromPairs = (pairs: readonly (readonly [number, number])[]): EpochCache =>
  pairs.map(([epoch, startOffset]) => ({ epoch, startOffset }))

describe('LeaderEpochFileCache vectors', () => {
  const list = vectors.leaderEpochCacheVectors.vectors
  it('has all 22 vectors', () => {
    expect(list).toHaveLength(22)
  })
  for (const [i, v] of list.entries()) {
    it(`#${i} ${v.source.test}`, () => {
      const cache = v.operations.reduce(applyOp, emptyEpochCache)
      if (v.expectedEntries) expect(toPairs(cache)).toEqual(v.expectedEntries)
      for (const q of v.endOffsetForQueries) {
        const r = endOffsetFor(cache, q.requestedEpoch, q.logEndOffset)
        expect([r.epoch, r.endOffset]).toEqual(q.expected)
      }
      expect(isMonotonic(cache)).toBe(true)
    })
  }
})

describe('LeaderEpochFileCache behaviour', () => {
  const cache = fromPairs([
    [0, 10],
    [2, 13],
    [4, 17],
  ])

  it('matches the §3.3 endOffsetFor example', () => {
    expect(endOffsetFor(cache, 1, 20)).toEqual({ epoch: 0, endOffset: 13 })
    expect(endOffsetFor(cache, 2, 20)).toEqual({ epoch: 2, endOffset: 17 })
    expect(endOffsetFor(cache, 3, 20)).toEqual({ epoch: 2, endOffset: 17 })
    expect(endOffsetFor(cache, 4, 20)).toEqual({ epoch: 4, endOffset: 20 })
    expect(endOffsetFor(cache, 5, 20)).toEqual({ epoch: -1, endOffset: -1 })
  })

  it('latestEpoch is UNDEFINED when empty', () => {
    expect(latestEpoch(emptyEpochCache)).toBe(UNDEFINED_EPOCH)
    expect(latestEpoch(cache)).toBe(4)
  })

  it('epochForOffset finds the range holding the offset', () => {
    expect(epochForOffset(cache, 9)).toBe(UNDEFINED_EPOCH)
    expect(epochForOffset(cache, 10)).toBe(0)
    expect(epochForOffset(cache, 12)).toBe(0)
    expect(epochForOffset(cache, 13)).toBe(2)
    expect(epochForOffset(cache, 16)).toBe(2)
    expect(epochForOffset(cache, 100)).toBe(4)
    expect(epochForOffset(emptyEpochCache, 0)).toBe(UNDEFINED_EPOCH)
  })

  it('truncateFromEnd ignores negative offsets and offsets past the last entry', () => {
    expect(truncateFromEnd(cache, -1)).toBe(cache)
    expect(truncateFromEnd(cache, 18)).toBe(cache)
    expect(toPairs(truncateFromEnd(cache, 17))).toEqual([
      [0, 10],
      [2, 13],
    ])
    expect(truncateFromEnd(cache, 0)).toEqual([])
  })

  it('ignores invalid assignments and never mutates its input', () => {
    const frozen = Object.freeze(cache.map((e) => Object.freeze({ ...e })))
    expect(assignEpoch(frozen, -1, 5)).toBe(frozen)
    expect(assignEpoch(frozen, 5, -1)).toBe(frozen)
    expect(toPairs(assignEpoch(frozen, 3, 15))).toEqual([
      [0, 10],
      [2, 13],
      [3, 15],
    ])
    expect(toPairs(truncateFromStart(frozen, 14))).toEqual([
      [2, 14],
      [4, 17],
    ])
    expect(toPairs(frozen)).toEqual([
      [0, 10],
      [2, 13],
      [4, 17],
    ])
  })
})

describe('LeaderEpochFileCache properties', () => {
  const opArb: fc.Arbitrary<Op> = fc.oneof(
    fc.tuple(fc.constant('assign' as const), fc.integer({ min: 0, max: 12 }), fc.nat(60)),
    fc.tuple(fc.constant('truncateFromEnd' as const), fc.integer({ min: -2, max: 60 })),
    fc.tuple(fc.constant('truncateFromStart' as const), fc.nat(60)),
  )

  it('both columns stay strictly increasing under random assign/truncate sequences', () => {
    fc.assert(
      fc.property(fc.array(opArb, { maxLength: 40 }), (ops) => {
        let cache: EpochCache = emptyEpochCache
        for (const op of ops) {
          cache = applyOp(cache, op)
          if (!isMonotonic(cache)) return false
        }
        return true
      }),
      { numRuns: 500 },
    )
  })

  it('an assigned entry is always the latest one afterwards', () => {
    fc.assert(
      fc.property(fc.array(opArb, { maxLength: 20 }), fc.nat(12), fc.nat(60), (ops, epoch, off) => {
        const cache = assignEpoch(ops.reduce(applyOp, emptyEpochCache), epoch, off)
        const last = cache[cache.length - 1]
        return last !== undefined && last.epoch === epoch && last.startOffset <= off
      }),
    )
  })

  it('endOffsetFor never returns an epoch above the requested one', () => {
    fc.assert(
      fc.property(fc.array(opArb, { maxLength: 20 }), fc.nat(14), (ops, requested) => {
        const cache = ops.reduce(applyOp, emptyEpochCache)
        const r = endOffsetFor(cache, requested, 100)
        return r.epoch <= requested
      }),
    )
  })
})
