// Kafka's guarantees under random fault schedules (fast-check). With acks=all, RF=3,
// min.insync.replicas=2, unclean election off and leader-epoch truncation, no acknowledged record
// is lost (no power failures here) and the ISR agrees with the leader below its HW after every
// step. With acks=1, unclean election on or HW truncation, losses happen, and every one of them is
// reported: an independent check of the final logs finds exactly the records the engine flagged.
// Then the history checker (testing/history.ts) over random configurations (acks, min ISR, unclean,
// truncation, idempotence, commit policy, processing time, 1-4 consumers) and schedules that also
// crash, pause, add and remove consumers and produce bursts: every run heals, settles and is judged
// from what its clients saw. A failure shrinks to a run file in test-results/failing-runs/.

import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { PartialClusterConfig } from './config'
import { checkInvariants } from './invariants'
import { actuallyLost, reportedLost } from './testing/checker'
import type { Problem, Verdict } from './testing/judge'
import { TestSim } from './testing/run'
import {
  type Action,
  assertSchedules,
  type BrokerFault,
  brokerCommand,
  type Spec,
  type Step,
} from './testing/runFiles'

type Fault = BrokerFault

const step = fc.record({
  gap: fc.integer({ min: 0, max: 1500 }),
  fault: fc.constantFrom<Fault>(
    'kill',
    'restart',
    'isolate',
    'reconnect',
    'slow',
    'fast',
    'shutdown',
  ),
  broker: fc.integer({ min: 1, max: 3 }),
  produce: fc.integer({ min: 0, max: 6 }),
})

/** Runs a schedule, then heals the cluster and lets it settle. Invariant violations are collected. */
function play(
  seed: number,
  config: PartialClusterConfig,
  steps: readonly { gap: number; fault: Fault; broker: number; produce: number }[],
  checkStrong: boolean,
): { t: TestSim; violations: string[] } {
  const t = new TestSim(seed, config)
  const violations: string[] = []
  const check = () => {
    if (!checkStrong) return
    for (const v of checkInvariants(t.sim))
      violations.push(`${t.sim.tick} ${v.rule} ${v.partition}: ${v.detail}`)
  }
  let n = 0
  for (const s of steps) {
    for (let i = 0; i < s.produce; i++)
      t.do({ type: 'produce', topic: 'orders', key: `k${n++}`, value: `v${n}` })
    t.do(brokerCommand(s.fault, s.broker))
    for (let left = s.gap; left > 0; left -= 100) {
      t.advance(Math.min(100, left))
      check()
    }
  }
  for (const b of [1, 2, 3]) {
    const st = t.sim.brokers[b]?.status
    if (st === 'offline') t.do({ type: 'restartBroker', broker: b })
    if (st === 'isolated') t.do({ type: 'reconnectBroker', broker: b })
    t.do({ type: 'slowBroker', broker: b, extraMs: 0 })
  }
  for (let i = 0; i < 150; i++) {
    t.advance(100)
    check()
  }
  return { t, violations }
}

describe('guarantees under random faults', () => {
  it('acks=all, min ISR 2, unclean off, leader-epoch: no acknowledged record is lost; ISR agrees below the HW', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 1_000_000 }),
        fc.array(step, { minLength: 1, maxLength: 10 }),
        (seed, steps) => {
          const { t, violations } = play(seed, { broker: { minInsyncReplicas: 2 } }, steps, true)
          expect(violations).toEqual([])
          expect([...actuallyLost(t.sim)]).toEqual([])
          expect(t.sim.metrics.lost).toBe(0)
        },
      ),
      { numRuns: Number(process.env.PROP_RUNS ?? 60) },
    )
  }, 600_000)

  const unsafe: [string, PartialClusterConfig][] = [
    ['acks=1', { producer: { acks: 1 }, broker: { minInsyncReplicas: 1 } }],
    [
      'unclean election on',
      { broker: { uncleanLeaderElectionEnable: true, minInsyncReplicas: 1 } },
    ],
    [
      'high-watermark truncation',
      { truncation: 'high-watermark', broker: { minInsyncReplicas: 1 } },
    ],
  ]
  for (const [name, config] of unsafe) {
    it(`${name}: every loss that happens is reported as a loss`, () => {
      const powerStep = fc.record({
        gap: fc.integer({ min: 0, max: 1500 }),
        fault: fc.constantFrom<Fault>(
          'kill',
          'restart',
          'isolate',
          'reconnect',
          'slow',
          'fast',
          'power',
        ),
        broker: fc.integer({ min: 1, max: 3 }),
        produce: fc.integer({ min: 0, max: 6 }),
      })
      let lostSomewhere = 0
      fc.assert(
        fc.property(
          fc.integer({ min: 1, max: 1_000_000 }),
          fc.array(powerStep, { minLength: 1, maxLength: 10 }),
          (seed, steps) => {
            const { t } = play(seed, config, steps, false)
            const actual = actuallyLost(t.sim)
            const reported = reportedLost(t.sim)
            for (const id of actual)
              expect(reported.has(id), `record ${id} lost without a report`).toBe(true)
            lostSomewhere += actual.size
          },
        ),
        { numRuns: Number(process.env.PROP_RUNS ?? 40), seed: 42 },
      )
      // Not vacuous: these configurations do lose records in some of the schedules.
      expect(lostSomewhere).toBeGreaterThan(0)
    }, 600_000)
  }
})

const RUNS = Number(process.env.PROP_RUNS ?? 0)
// Fixed seed on every normal run so CI is repeatable; `PROP_SEED=random` explores new schedules (as the soak does).
const SEED =
  process.env.PROP_SEED === 'random' ? {} : { seed: Number(process.env.PROP_SEED ?? 20261121) }

function specArb(safe: boolean, groups: boolean): fc.Arbitrary<Spec> {
  const pick = <T>(all: readonly T[], safeOne: T) =>
    safe ? fc.constant(safeOne) : fc.constantFrom(...all)
  return fc.record({
    acks: pick([1, 'all'] as const, 'all'),
    minIsr: pick([1, 2] as const, 2),
    unclean: pick([false, true], false),
    truncation: pick(['leader-epoch', 'high-watermark'] as const, 'leader-epoch'),
    idempotence: fc.boolean(),
    commitPolicy: fc.constantFrom('auto', 'after-processing', 'before-processing' as const),
    processingMs: fc.integer({ min: 1, max: 15 }),
    consumers: groups ? fc.integer({ min: 1, max: 4 }) : fc.constant(0),
    dedupe: fc.boolean(),
    reset: fc.constantFrom('earliest', 'latest' as const),
    cooperative: fc.boolean(),
    rate: fc.constantFrom(0, 10, 30),
  })
}

function actionArb(safe: boolean, groups: boolean): fc.Arbitrary<Action> {
  const faults = ['kill', 'restart', 'isolate', 'reconnect', 'slow', 'fast', 'shutdown'] as const
  const broker = fc.record({
    kind: fc.constant('broker' as const),
    fault: fc.constantFrom(...faults, ...(safe ? [] : (['power'] as const))),
    broker: fc.integer({ min: 1, max: 3 }),
  })
  const consumer = fc.record({
    kind: fc.constant('consumer' as const),
    fault: fc.constantFrom('crash', 'pause', 'resume', 'add', 'remove' as const),
    pick: fc.nat(7),
  })
  const burst = fc.record({
    kind: fc.constant('burst' as const),
    records: fc.integer({ min: 1, max: 12 }),
    keyed: fc.boolean(),
  })
  return fc.oneof(
    { weight: 4, arbitrary: broker },
    { weight: groups ? 3 : 0, arbitrary: consumer },
    { weight: 2, arbitrary: burst },
  )
}

function scheduleArb(safe: boolean, groups: boolean): fc.Arbitrary<[number, Spec, Step[]]> {
  const step = fc.record({
    gap: fc.integer({ min: 0, max: 1500 }),
    action: actionArb(safe, groups),
  })
  return fc.tuple(
    fc.integer({ min: 1, max: 1_000_000 }),
    specArb(safe, groups),
    fc.array(step, { minLength: 1, maxLength: 12 }),
  )
}

/**
 * Kafka 3.9's own defects the engine reproduces (testing/kafka39.ts), and any engine bug the
 * history checker found that is pinned by a run in __regressions__ whose strict check is it.fails
 * (regressions.test.ts; none now). The properties set aside exactly these, and count the Kafka
 * ones, unless STRICT=1. Once an engine bug is fixed its it.fails test fails: then delete its
 * case here.
 */
const known = { firstSequence: 0, forgottenRetry: 0 }
function unknownProblems(list: Problem[], v: Verdict): Problem[] {
  if (process.env.STRICT) return list
  if (list.some((p) => p.check === 'idempotent producer duplicated or reordered')) {
    if (v.firstSequence.length > 0) known.firstSequence++
    if (v.forgottenRetry.length > 0) known.forgottenRetry++
  }
  const kafka39 = new Set([...v.firstSequence, ...v.forgottenRetry])
  const out: Problem[] = []
  for (const p of list) {
    let details = p.details
    // Kafka 3.9, not the engine (KAFKA-15591, fixed in 4.5): a leader with no state for the
    // idempotent producer accepts any first sequence, so a later batch can be written before an
    // earlier one that failed elsewhere (NOT_LEADER_OR_FOLLOWER, a cut-off old leader); the
    // earlier one then gets OUT_OF_ORDER_SEQUENCE, and the epoch bump writes it after the later.
    // Also Kafka 3.9 (KAFKA-18905): a leader remembers a producer's last 5 batches, and more than
    // 5 can be written past one still waiting for its retry (after a leader change, those in
    // flight to the old leader plus the new ones); the retry gets OUT_OF_ORDER_SEQUENCE, and the
    // epoch bump writes it and the batches behind it again (testing/kafka39.ts forgottenRetries).
    if (p.check === 'idempotent producer duplicated or reordered')
      details = details.filter((d) => !kafka39.has(d))
    if (details.length > 0) out.push({ check: p.check, details })
  }
  return out
}

describe('history checker: random configurations, consumer groups and faults', () => {
  const safeRun = { reprocessed: 0, deduplicated: 0, missed: 0 }
  const tally = (v: Verdict) => {
    for (const g of Object.values(v.groups)) {
      if (g.dedupe) safeRun.deduplicated += g.redelivered
      else safeRun.reprocessed += g.redelivered
      safeRun.missed += g.missed.length
    }
  }
  // The safe group runs must include deduplicated redeliveries (checked below): about one run in
  // twenty has one, so that case plays 100 schedules.
  const cases: [string, boolean, boolean, number][] = [
    ['safe configuration, groups', true, true, 100],
    ['any configuration, groups', false, true, 60],
    ['safe configuration, producer only', true, false, 150],
    ['any configuration, producer only', false, false, 150],
  ]
  for (const [name, safe, groups, runs] of cases) {
    const what = safe
      ? 'no acknowledged loss, identical replicas below the HW, order within a tenure, at-least-once, no duplicate effect, invariants every step'
      : 'every loss, redelivery and skip the clients saw is reported; order and invariants hold'
    it(`${name}: ${what}`, () => {
      let lost = 0
      const property = `history-${safe ? 'safe' : 'any'}${groups ? '' : '-producer'}`
      assertSchedules(
        property,
        scheduleArb(safe, groups),
        safe,
        { numRuns: RUNS || runs, ...SEED },
        {
          unknown: unknownProblems,
          onRun: (v) => {
            lost += v.lost.length
            if (safe) tally(v)
          },
        },
      )
      // Not vacuous: the unsafe configurations lose records; the safe ones redeliver and skip.
      if (!safe) expect(lost).toBeGreaterThan(0)
      if (safe && groups) {
        expect(safeRun.reprocessed).toBeGreaterThan(0)
        expect(safeRun.deduplicated).toBeGreaterThan(0)
        expect(safeRun.missed).toBeGreaterThan(0)
      }
      if (known.firstSequence + known.forgottenRetry > 0)
        console.warn(
          `Kafka 3.9's own gaps so far: ${known.firstSequence} runs firstSequence (KAFKA-15591), ${known.forgottenRetry} runs forgottenRetry (KAFKA-18905)`,
        )
    }, 1_800_000)
  }
})
