// Vector tests (kip101.json -> isr, from ReplicaTest.scala) for the follower fetch state kept by
// the leader, plus the KAFKA-7128 rejoin rule.

import { readFileSync } from 'node:fs'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { FollowerFetchState } from './replicaFetchState'
import {
  canRejoinIsr,
  emptyFollowerState,
  isCaughtUp,
  resetFollowerState,
  resetFollowerStateOnReelection,
  unknownFollowerState,
  updateFetchState,
} from './replicaFetchState'

type Time = string | number
interface Step {
  readonly fetch?: {
    readonly followerFetchOffset: number
    readonly leaderEndOffset: number
    readonly time: Time
  }
  readonly expect?: {
    readonly logEndOffset: number
    readonly lastCaughtUpTimeMs: Time
    readonly lastFetchLeaderLogEndOffset: number
    readonly lastFetchTimeMs: Time
  }
  readonly check?: { readonly leaderEndOffset: number; readonly now: Time }
  readonly expectCaughtUp?: boolean
}
interface IsrVectors {
  readonly replicaLagTimeMaxMs: number
  readonly sequences: readonly { readonly source: { readonly test: string }; steps: Step[] }[]
  readonly leaderReset: readonly { readonly source: { readonly test: string } }[]
}

const isr = (
  JSON.parse(readFileSync(new URL('./__vectors__/kip101.json', import.meta.url), 'utf8')) as {
    isr: IsrVectors
  }
).isr

// Symbolic MockTime instants: T0 is a wall-clock time far above the lag; T1 < T2 < T3.
const instants: Record<string, number> = {
  T0: 1_700_000_000_000,
  T1: 1_700_000_001_000,
  T2: 1_700_000_002_000,
  T3: 1_700_000_003_000,
}
function time(t: Time): number {
  if (typeof t === 'number') return t
  const m = /^(T\d)(?:\+(\d+))?$/.exec(t)
  const base = m?.[1] !== undefined ? instants[m[1]] : undefined
  if (base === undefined) throw new Error(`unknown time ${t}`)
  return base + Number(m?.[2] ?? 0)
}

describe('ReplicaTest vectors', () => {
  it('has the 3 sequences and 3 reset rules', () => {
    expect(isr.sequences).toHaveLength(3)
    expect(isr.leaderReset).toHaveLength(3)
  })
  for (const seq of isr.sequences) {
    it(seq.source.test, () => {
      let s: FollowerFetchState = emptyFollowerState
      for (const step of seq.steps) {
        if (step.fetch) {
          const f = step.fetch
          s = updateFetchState(s, f.followerFetchOffset, f.leaderEndOffset, time(f.time))
        }
        if (step.expect) {
          expect(s).toEqual({
            logEndOffset: step.expect.logEndOffset,
            lastCaughtUpTimeMs: time(step.expect.lastCaughtUpTimeMs),
            lastFetchLeaderLogEndOffset: step.expect.lastFetchLeaderLogEndOffset,
            lastFetchTimeMs: time(step.expect.lastFetchTimeMs),
          })
        }
        if (step.check) {
          const ok = isCaughtUp(
            s,
            step.check.leaderEndOffset,
            time(step.check.now),
            isr.replicaLagTimeMaxMs,
          )
          expect(ok).toBe(step.expectCaughtUp)
        }
      }
    })
  }

  const fetched = updateFetchState(emptyFollowerState, 8, 10, 5_000)
  it('leaderReset: re-elected leader, follower in ISR', () => {
    expect(resetFollowerStateOnReelection(fetched, true, 9_000, 12)).toEqual({
      logEndOffset: 8,
      lastCaughtUpTimeMs: 9_000,
      lastFetchLeaderLogEndOffset: 12,
      lastFetchTimeMs: 9_000,
    })
  })
  it('leaderReset: re-elected leader, follower not in ISR', () => {
    expect(resetFollowerStateOnReelection(fetched, false, 9_000, 12)).toEqual({
      logEndOffset: 8,
      lastCaughtUpTimeMs: 0,
      lastFetchLeaderLogEndOffset: 12,
      lastFetchTimeMs: 0,
    })
  })
  it('leaderReset: new leader', () => {
    expect(resetFollowerState(true, 9_000)).toEqual({
      logEndOffset: -1,
      lastCaughtUpTimeMs: 9_000,
      lastFetchLeaderLogEndOffset: -1,
      lastFetchTimeMs: 0,
    })
    expect(resetFollowerState(false, 9_000)).toEqual(unknownFollowerState)
  })
})

describe('ISR shrink timing and rejoin', () => {
  const lag = 30_000
  it('a follower in the ISR at leader change stays caught up for the lag time only', () => {
    const s = resetFollowerState(true, 100_000)
    expect(isCaughtUp(s, 50, 100_000 + lag, lag)).toBe(true)
    expect(isCaughtUp(s, 50, 100_000 + lag + 1, lag)).toBe(false)
    expect(isCaughtUp(resetFollowerState(false, 100_000), 50, 100_000, lag)).toBe(false)
  })

  it('an idle follower at the leader LEO is never out of sync', () => {
    const s = updateFetchState(emptyFollowerState, 7, 7, 1_000)
    expect(isCaughtUp(s, 7, 10_000_000, lag)).toBe(true)
  })

  it('KAFKA-7128: rejoin needs both the HW and the leader epoch start offset', () => {
    expect(canRejoinIsr(10, 10, 10)).toBe(true)
    expect(canRejoinIsr(10, 11, 5)).toBe(false)
    expect(canRejoinIsr(10, 8, 12)).toBe(false)
  })

  it('lastCaughtUpTimeMs never decreases and never exceeds the fetch time', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat(100), fc.nat(100), fc.nat(5_000)), { maxLength: 30 }),
        (fetches) => {
          let s: FollowerFetchState = emptyFollowerState
          let now = 0
          for (const [offset, leaderLeo, dt] of fetches) {
            now += dt
            const next = updateFetchState(s, offset, leaderLeo, now)
            if (next.lastCaughtUpTimeMs < s.lastCaughtUpTimeMs) return false
            if (next.lastCaughtUpTimeMs > now) return false
            s = next
          }
          return true
        },
      ),
    )
  })
})
