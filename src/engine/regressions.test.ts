// Saved runs as permanent tests. Every JSON file in __regressions__/ is a run {seed, config,
// inputs, until, safe} (the format Timeline.fromRun imports) with an `expect` field stating its
// verdict. Each is played under the history checker (testing/history.ts), and replay() and
// Timeline.fromRun must reach the very same state, so the verdict is about the run the app would
// show. A file with `engineBug` pins a bug the checker found: its strict check is it.fails until
// the engine is fixed. Also: an hour (SOAK=1; 10 minutes by default) of the bench-classroom
// scenario, seeking to 50 random points: each seek replays at most one checkpoint interval
// (counted in ticks), the invariants hold there, and nothing is lost at the end.

import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { beforeAll, describe, expect, it } from 'vitest'
import { checkInvariants } from './invariants'
import { nextUint32, seedRng } from './rng'
import { findScenario } from './scenarios'
import { actuallyLost } from './testing/checker'
import { ownershipViolations } from './testing/groups'
import { describeProblems, judge, type Problem, problems, type Verdict } from './testing/judge'
import { type Driver, executeRun, type RunFile } from './testing/runFiles'
import { replay, Timeline } from './timeline'

const DIR = join(fileURLToPath(new URL('.', import.meta.url)), '__regressions__')

interface Regression extends RunFile {
  /** A bug the checker found in the engine: the failing check, where, and what goes wrong. */
  readonly engineBug?: { readonly check: string; readonly where: string; readonly what: string }
}

function verdictFacts(v: Verdict) {
  const groups = Object.values(v.groups)
  return {
    lossReported: v.lost.length > 0 && v.unreportedLoss.length === 0,
    reprocessed: groups.some(
      (g) => !g.dedupe && g.redelivered > 0 && g.reprocessed === g.redelivered,
    ),
    deduplicated: groups.some(
      (g) => g.dedupe && g.redelivered > 0 && g.deduplicated === g.redelivered,
    ),
    skipped: groups.some((g) => g.missed.length > 0 && g.unreportedSkips.length === 0),
  }
}

const files = readdirSync(DIR).filter((f) => f.endsWith('.json'))

describe('saved runs (__regressions__)', () => {
  it('has runs to replay', () => {
    expect(files.length).toBeGreaterThanOrEqual(2)
  })

  for (const file of files) {
    describe(file, () => {
      const run = JSON.parse(readFileSync(join(DIR, file), 'utf8')) as Regression
      let d: Driver
      let verdict: Verdict
      let found: Problem[]
      beforeAll(() => {
        d = executeRun(run)
        verdict = judge(d.history, d.sim)
        found = problems(verdict, run.safe)
      })

      it('replay() and Timeline.fromRun reach the state the checker judged', () => {
        const played = JSON.stringify(d.sim)
        expect(JSON.stringify(replay(run, run.until)) === played).toBe(true)
        const t = Timeline.fromRun(run)
        t.seek(run.until)
        expect(JSON.stringify(t.current) === played).toBe(true)
      })

      it(`verdict: ${JSON.stringify(run.expect ?? {})}`, () => {
        const facts = verdictFacts(verdict)
        for (const [k, want] of Object.entries(run.expect ?? {}))
          expect(facts[k as keyof typeof facts], `${k} (${describeProblems(found)})`).toBe(want)
        if (run.engineBug === undefined) expect(describeProblems(found)).toBe('')
        else expect(found.map((p) => p.check)).toContain(run.engineBug.check)
      })

      if (run.engineBug !== undefined)
        it.fails(`engine bug, fails until fixed: ${run.engineBug.where}`, () => {
          expect(describeProblems(found)).toBe('')
        })
    })
  }
})

describe('a long session of the bench-classroom scenario', () => {
  const soak = process.env.SOAK !== undefined
  const minutes = soak ? 60 : 10
  it(`${minutes} simulated minutes; 50 random seeks replay at most one checkpoint interval each`, () => {
    const sc = findScenario('bench-classroom')
    if (sc === undefined) throw new Error('no bench-classroom scenario')
    const end = minutes * 60_000
    const t = Timeline.fromRun({ seed: 7, config: sc.config, inputs: sc.inputs })
    t.advance(end)
    expect(t.tick).toBe(end)
    const g = t.current.groups.groups.classroom
    expect(g?.fate.processed ?? 0).toBeGreaterThan(minutes * 60 * 15)
    let rng = seedRng(11)
    const replayed: number[] = []
    const broken: string[] = []
    for (let i = 0; i < 50; i++) {
      const [x, next] = nextUint32(rng)
      rng = next
      t.seek(x % (end + 1))
      replayed.push(t.lastSeekReplayTicks)
      for (const v of checkInvariants(t.current)) broken.push(`${t.tick} ${v.rule} ${v.partition}`)
      broken.push(...ownershipViolations(t.current))
    }
    expect(replayed.filter((n) => n > t.checkpointInterval)).toEqual([])
    expect(broken).toEqual([])
    t.seek(end)
    expect(t.current.metrics.lost).toBe(0)
    expect([...actuallyLost(t.current)]).toEqual([])
  }, 600_000)
})
