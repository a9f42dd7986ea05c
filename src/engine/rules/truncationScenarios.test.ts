// Scenario replays from kip101.json -> scenarios: the follower's truncation step of KIP-101
// scenarios 1/2 and of kip279-unclean-fast-failover, simulated round by round with leaderAnswerFor
// + decideTruncation on the scenario's epoch caches, then the catch-up that follows.

import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import type { EpochCache } from '../log/leaderEpochCache'
import { assignEpoch, endOffsetFor, latestEpoch, truncateFromEnd } from '../log/leaderEpochCache'
import type { EpochTruncationMode, FollowerTruncationView } from './truncationDecision'
import {
  applyTruncation,
  decideTruncation,
  leaderAnswerFor,
  resolveTruncation,
  truncateToHighWatermark,
} from './truncationDecision'

type Pair = [number, number]
interface ReplicaState {
  readonly log: readonly string[]
  readonly LEO: number
  readonly HW: number
  readonly epochCache: readonly Pair[]
}
interface Round {
  readonly request: { readonly leaderEpoch: number }
  readonly response: { readonly leaderEpoch?: number; readonly endOffset: number }
  readonly followerEndOffsetForLeaderEpoch?: Pair
  readonly truncateTo: number
  readonly completed?: boolean
}
interface Run {
  readonly events: readonly Record<string, ReplicaState | string | number>[]
  readonly truncation: { readonly truncateTo: number; readonly rounds: readonly Round[] }
  readonly final: Record<string, ReplicaState>
  readonly outcome: { readonly logsDiverged?: boolean; readonly divergentOffsets?: number[] }
}
interface Scenario {
  readonly id: string
  readonly [run: string]: unknown
}

const data = JSON.parse(
  readFileSync(new URL('./__vectors__/kip101.json', import.meta.url), 'utf8'),
) as { scenarios: Scenario[] }

const cacheOf = (pairs: readonly Pair[]): EpochCache =>
  pairs.map(([epoch, startOffset]) => ({ epoch, startOffset }))

const replica = (ev: Record<string, unknown>, id: string) => ev[id] as ReplicaState
const viewOf = (s: ReplicaState): FollowerTruncationView => ({
  cache: cacheOf(s.epochCache),
  logEndOffset: s.LEO,
  highWatermark: s.HW,
})

/** Replays the OffsetsForLeaderEpoch rounds of a run and checks each one against the vector. */
function replayRounds(
  follower: ReplicaState,
  leader: ReplicaState,
  mode: EpochTruncationMode,
  expected: readonly Round[],
): number {
  let view = viewOf(follower)
  const leaderCache = cacheOf(leader.epochCache)
  let requestEpoch = latestEpoch(view.cache)
  let truncateTo = view.logEndOffset
  for (const [i, r] of expected.entries()) {
    expect(requestEpoch).toBe(r.request.leaderEpoch)
    const answer = leaderAnswerFor(leaderCache, leader.LEO, requestEpoch, mode)
    expect(answer.endOffset).toBe(r.response.endOffset)
    if (r.response.leaderEpoch !== undefined)
      expect(answer.leaderEpoch).toBe(r.response.leaderEpoch)
    if (r.followerEndOffsetForLeaderEpoch) {
      const own = endOffsetFor(view.cache, answer.leaderEpoch, view.logEndOffset)
      expect([own.epoch, own.endOffset]).toEqual(r.followerEndOffsetForLeaderEpoch)
    }
    const d = decideTruncation(view, answer, mode)
    expect(d.truncateTo).toBe(r.truncateTo)
    expect(d.completed).toBe(r.completed ?? i === expected.length - 1)
    truncateTo = d.truncateTo
    view = applyTruncation(view, d.truncateTo)
    if (d.nextRequestEpoch !== undefined) requestEpoch = d.nextRequestEpoch
  }
  const resolved = resolveTruncation(viewOf(follower), leaderCache, leader.LEO, mode)
  expect(resolved.truncateTo).toBe(truncateTo)
  expect(resolved.rounds).toHaveLength(expected.length)
  return truncateTo
}

const parseRecord = (s: string) => {
  const m = /^(.+)@(\d+)\(e(\d+)\)$/.exec(s)
  if (!m) throw new Error(`bad record ${s}`)
  return { offset: Number(m[2]), epoch: Number(m[3]) }
}

describe('kip279-unclean-fast-failover', () => {
  const sc = data.scenarios.find((s) => s.id === 'kip279-unclean-fast-failover')
  const runs: [string, EpochTruncationMode | 'hw'][] = [
    ['highWatermarkTruncation', 'hw'],
    ['kip101Truncation', 'kip101'],
    ['kip279Truncation', 'kip279'],
  ]
  for (const [key, mode] of runs) {
    it(`${key}: truncation point, then catch-up, reproduce the final logs and caches`, () => {
      const run = sc?.[key] as Run
      // Step 5 is the state when 101 restarts as follower of leader 100.
      const before = run.events[4] ?? {}
      const leader = replica(before, '100')
      const follower = replica(before, '101')
      const truncateTo =
        mode === 'hw'
          ? truncateToHighWatermark(viewOf(follower)).truncateTo
          : replayRounds(follower, leader, mode, run.truncation.rounds)
      expect(truncateTo).toBe(run.truncation.truncateTo)

      // Fetch from truncateTo: append the leader's records and stamp their epochs.
      let cache = truncateFromEnd(cacheOf(follower.epochCache), truncateTo)
      const appended = leader.log.slice(truncateTo)
      for (const rec of appended.map(parseRecord)) cache = assignEpoch(cache, rec.epoch, rec.offset)
      const log = [...follower.log.slice(0, truncateTo), ...appended]
      const fin = run.final['101']
      expect(log).toEqual(fin?.log)
      expect(cache.map((e) => [e.epoch, e.startOffset])).toEqual(fin?.epochCache)
      const divergent = log.flatMap((r, o) => (r === leader.log[o] ? [] : [o]))
      expect(divergent).toEqual(run.outcome.divergentOffsets)
    })
  }
})

describe('KIP-101 scenarios 1 and 2', () => {
  // [scenario, index of the event before the follower truncates, follower, leader]
  const cases: [string, number, string, string][] = [
    ['kip101-scenario1', 6, 'A', 'B'],
    ['kip101-scenario2', 3, 'A', 'B'],
  ]
  for (const [id, idx, f, l] of cases) {
    const sc = data.scenarios.find((s) => s.id === id)
    it(`${id}: leader-epoch truncation rounds`, () => {
      const run = sc?.leaderEpochTruncation as Run
      const before = run.events[idx] ?? {}
      const t = replayRounds(
        replica(before, f),
        replica(before, l),
        'kip279',
        run.truncation.rounds,
      )
      expect(t).toBe(run.truncation.truncateTo)
    })
    it(`${id}: HW truncation point`, () => {
      const run = sc?.highWatermarkTruncation as Run
      const before = run.events[idx] ?? {}
      expect(truncateToHighWatermark(viewOf(replica(before, f))).truncateTo).toBe(
        run.truncation.truncateTo,
      )
    })
    it(`${id}: KIP-101 v0 gives the same point as KIP-279 (§3.2)`, () => {
      const run = sc?.leaderEpochTruncation as Run
      const before = run.events[idx] ?? {}
      const leader = replica(before, l)
      const r = resolveTruncation(
        viewOf(replica(before, f)),
        cacheOf(leader.epochCache),
        leader.LEO,
        'kip101',
      )
      expect(r.truncateTo).toBe(run.truncation.truncateTo)
    })
  }
})
