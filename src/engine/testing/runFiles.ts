// Runs as files. A random configuration and fault schedule becomes a Run {seed, config, inputs}
// (the format replay() and Timeline.fromRun take) by playing it: each command is recorded at the
// tick it was applied, and the run ends by healing the cluster and letting it settle. A Driver
// plays a Run one engine tick at a time under a History. A failing property writes its shrunk run
// to test-results/failing-runs/<property>-<seed>.json; copied to src/engine/__regressions__/ with
// an `expect` field it becomes a permanent test (regressions.test.ts).

import fc from 'fast-check'
import type { Command } from '../commands'
import type { PartialClusterConfig, TruncationMode } from '../config'
import type { Ctx } from '../ctx'
import type { SimEvent } from '../events'
import type { CommitPolicy } from '../groups/config'
import type { SimState } from '../model'
import { peekTimer } from '../scheduler'
import { applyCommand, createSim } from '../sim'
import { runUntil } from '../step'
import type { Run, RunInput } from '../timeline'
import { History } from './history'
import { describeProblems, judge, type Problem, problems, type Verdict } from './judge'

export const GROUP = 'g1'
export const TOPIC = 'orders'
/** Healing, then this long for fencing, elections, ISR rejoins, rebalances and catching up. */
export const SETTLE_MS = 20_000

/** A random configuration: the cluster's, the producer's and the group's (none: 0 consumers). */
export interface Spec {
  readonly acks: 1 | 'all'
  readonly minIsr: 1 | 2
  readonly unclean: boolean
  readonly truncation: TruncationMode
  readonly idempotence: boolean
  readonly commitPolicy: CommitPolicy
  readonly processingMs: number
  readonly consumers: number
  readonly dedupe: boolean
  readonly reset: 'earliest' | 'latest'
  readonly cooperative: boolean
  /** Background records per second (0: only bursts). */
  readonly rate: number
}

export type BrokerFault =
  | 'kill'
  | 'restart'
  | 'isolate'
  | 'reconnect'
  | 'slow'
  | 'fast'
  | 'shutdown'
  | 'power'
export type ConsumerFault = 'crash' | 'pause' | 'resume' | 'add' | 'remove'

export type Action =
  | { readonly kind: 'broker'; readonly fault: BrokerFault; readonly broker: number }
  | { readonly kind: 'consumer'; readonly fault: ConsumerFault; readonly pick: number }
  | { readonly kind: 'burst'; readonly records: number; readonly keyed: boolean }

export interface Step {
  readonly gap: number
  readonly action: Action
}

/** A Run as a file: where to replay it to, which checks apply, and what a regression expects. */
export interface RunFile extends Run {
  readonly until: number
  /** The safe configuration (acks=all, RF 3, min ISR 2, unclean off, leader-epoch, no power failure). */
  readonly safe: boolean
  readonly property?: string
  readonly note?: string
  readonly problems?: readonly string[]
  readonly expect?: Expectation
}

/** A regression's stated verdict: whether the run loses, reprocesses, deduplicates or skips records. */
export interface Expectation {
  readonly lossReported?: boolean
  readonly reprocessed?: boolean
  readonly deduplicated?: boolean
  readonly skipped?: boolean
}

export function specConfig(s: Spec): PartialClusterConfig {
  return {
    producer: { acks: s.acks, enableIdempotence: s.idempotence },
    broker: { minInsyncReplicas: s.minIsr, uncleanLeaderElectionEnable: s.unclean },
    truncation: s.truncation,
  }
}

export function groupCommand(s: Spec): Command {
  return {
    type: 'addGroup',
    group: GROUP,
    topics: [TOPIC],
    strategy: s.cooperative ? 'cooperative-sticky' : 'range',
    commitPolicy: s.commitPolicy,
    processingMs: s.processingMs,
    dedupe: s.dedupe,
    consumers: s.consumers,
    config: { autoOffsetReset: s.reset },
  }
}

/** Plays a run one engine tick at a time, observing after each; records what it applied. */
export class Driver {
  readonly sim: SimState
  readonly events: SimEvent[] = []
  readonly history: History
  readonly inputs: RunInput[] = []
  private readonly ctx: Ctx

  constructor(seed: number, config: PartialClusterConfig, strong: boolean) {
    this.sim = createSim(seed, config, this.events)
    this.ctx = { sim: this.sim, events: this.events }
    this.history = new History(strong)
    this.history.observe(this.sim, this.events)
  }

  /** Runs the timers due up to `tick` (as runUntil does), observing after every tick of them. */
  stepTo(tick: number): void {
    for (
      let next = peekTimer(this.sim);
      next !== undefined && next.at <= tick;
      next = peekTimer(this.sim)
    ) {
      runUntil(this.ctx, next.at)
      this.history.observe(this.sim, this.events)
    }
    runUntil(this.ctx, tick)
  }

  /** Applies a command now (as replay() does); a refused one changes nothing and is not recorded. */
  apply(command: Command): boolean {
    const r = applyCommand(this.ctx, command)
    runUntil(this.ctx, this.sim.tick)
    if (r.ok) {
      this.inputs.push({ tick: this.sim.tick, command })
      this.history.noteCommand(this.sim.tick, command)
    }
    this.history.observe(this.sim, this.events)
    return r.ok
  }
}

/** Whether the ISR must match the leader below its HW: leader-epoch truncation, no power failure. */
export function strongRun(config: PartialClusterConfig, commands: readonly Command[]): boolean {
  return (
    config.truncation !== 'high-watermark' && !commands.some((c) => c.type === 'powerFailBroker')
  )
}

/** Plays a Run's inputs (refused ones included, as replay() does) up to `until`. */
export function executeRun(run: RunFile): Driver {
  const strong = strongRun(
    run.config,
    run.inputs.map((i) => i.command),
  )
  const d = new Driver(run.seed, run.config, strong)
  for (const input of run.inputs) {
    d.stepTo(input.tick)
    d.apply(input.command)
  }
  d.stepTo(run.until)
  return d
}

/** The command a schedule's broker fault stands for. */
export function brokerCommand(fault: BrokerFault, broker: number): Command {
  switch (fault) {
    case 'kill':
      return { type: 'killBroker', broker }
    case 'power':
      return { type: 'powerFailBroker', broker }
    case 'restart':
      return { type: 'restartBroker', broker }
    case 'isolate':
      return { type: 'isolateBroker', broker }
    case 'reconnect':
      return { type: 'reconnectBroker', broker }
    case 'slow':
      return { type: 'slowBroker', broker, extraMs: 2500 }
    case 'fast':
      return { type: 'slowBroker', broker, extraMs: 0 }
    case 'shutdown':
      return { type: 'shutdownBroker', broker }
  }
}

/** Client ids of the group's consumers that match, sorted; a closing one does not count as running. */
function consumersOf(sim: SimState, pred: (status: string, paused: boolean) => boolean): string[] {
  const g = sim.groups.groups[GROUP]
  return Object.values(g?.consumers ?? {})
    .filter((c) => pred(c.status === 'running' && c.closing ? 'closing' : c.status, c.paused))
    .map((c) => c.clientId)
    .sort()
}

/** The commands one step stands for, chosen against the state now (which consumer, which id). */
function commandsFor(sim: SimState, a: Action, n: number): Command[] {
  if (a.kind === 'broker') return [brokerCommand(a.fault, a.broker)]
  if (sim.groups.groups[GROUP] === undefined && a.kind === 'consumer') return []
  if (a.kind === 'burst')
    return Array.from({ length: a.records }, (_, i) => ({
      type: 'produce',
      topic: TOPIC,
      key: a.keyed ? `k${(n + i) % 7}` : null,
      value: `b${n + i}`,
    }))
  const pick = (ids: string[]) => ids[a.pick % Math.max(1, ids.length)]
  const group = GROUP
  if (a.fault === 'add') {
    const dead = consumersOf(sim, (s) => s !== 'running')
    const clientId = a.pick % 2 === 1 ? pick(dead) : undefined
    return [
      clientId === undefined
        ? { type: 'addConsumer', group }
        : { type: 'addConsumer', group, clientId },
    ]
  }
  const running = consumersOf(
    sim,
    (s, paused) => s === 'running' && (a.fault !== 'pause' || !paused),
  )
  const clientId = pick(
    a.fault === 'resume' ? consumersOf(sim, (s, p) => s === 'running' && p) : running,
  )
  if (clientId === undefined) return []
  if (a.fault === 'crash') return [{ type: 'crashConsumer', group, clientId }]
  if (a.fault === 'remove') return [{ type: 'removeConsumer', group, clientId }]
  return [{ type: 'pauseConsumer', group, clientId, paused: a.fault === 'pause' }]
}

/** Brokers back and fast, consumers unpaused (and one running), producing stopped. */
function heal(d: Driver, spec: Spec): void {
  if (spec.rate > 0) d.apply({ type: 'setAutoProduce', rate: 0 })
  for (const [id, b] of Object.entries(d.sim.brokers)) {
    const broker = Number(id)
    if (b.status === 'offline') d.apply({ type: 'restartBroker', broker })
    if (b.status === 'isolated') d.apply({ type: 'reconnectBroker', broker })
    if (b.slowMs > 0) d.apply({ type: 'slowBroker', broker, extraMs: 0 })
  }
  for (const clientId of consumersOf(d.sim, (s, p) => s === 'running' && p))
    d.apply({ type: 'pauseConsumer', group: GROUP, clientId, paused: false })
  if (spec.consumers > 0 && consumersOf(d.sim, (s) => s === 'running').length === 0)
    d.apply({ type: 'addConsumer', group: GROUP })
}

/** Plays a schedule and returns it as a run file, with the driver that played it. */
export function playSchedule(
  seed: number,
  spec: Spec,
  steps: readonly Step[],
  safe: boolean,
): { run: RunFile; driver: Driver } {
  const config = specConfig(spec)
  const power = steps.some((s) => s.action.kind === 'broker' && s.action.fault === 'power')
  const d = new Driver(seed, config, config.truncation !== 'high-watermark' && !power)
  if (spec.consumers > 0) d.apply(groupCommand(spec))
  if (spec.rate > 0)
    d.apply({ type: 'setAutoProduce', rate: spec.rate, keys: 'uniform', topic: TOPIC })
  let n = 0
  for (const s of steps) {
    d.stepTo(d.sim.tick + s.gap)
    for (const c of commandsFor(d.sim, s.action, n)) d.apply(c)
    if (s.action.kind === 'burst') n += s.action.records
  }
  heal(d, spec)
  d.stepTo(d.sim.tick + SETTLE_MS)
  return { run: { seed, config, inputs: d.inputs.slice(), until: d.sim.tick, safe }, driver: d }
}

/** Writes a run to test-results/failing-runs/<property>-<seed>.json; returns the path. */
export function writeRunFile(run: RunFile, dir = 'test-results/failing-runs'): string {
  const node = (globalThis as unknown as { process: { getBuiltinModule(m: string): unknown } })
    .process
  const fs = node.getBuiltinModule('node:fs') as {
    mkdirSync(p: string, o: { recursive: boolean }): void
    writeFileSync(p: string, data: string): void
  }
  const name = (run.property ?? 'run').replace(/[^a-zA-Z0-9._-]+/g, '-').replace(/^-|-$/g, '')
  fs.mkdirSync(dir, { recursive: true })
  const path = `${dir}/${name}-${run.seed}.json`
  fs.writeFileSync(path, `${JSON.stringify(run, null, 2)}\n`)
  return path
}

/** Plays a schedule and judges it. */
export function checkSchedule(
  seed: number,
  spec: Spec,
  steps: readonly Step[],
  safe: boolean,
): { run: RunFile; verdict: Verdict; problems: Problem[] } {
  const { run, driver } = playSchedule(seed, spec, steps, safe)
  const verdict = judge(driver.history, driver.sim)
  return { run, verdict, problems: problems(verdict, safe) }
}

export interface ScheduleCheck {
  /** What `problems` found that is not a known engine bug (default: everything). */
  readonly unknown?: (problems: Problem[], verdict: Verdict) => Problem[]
  readonly onRun?: (verdict: Verdict, problems: Problem[]) => void
}

/**
 * fc.assert over schedules: on failure the shrunk counterexample is played again and written as
 * a run file, and the error names the file.
 */
export function assertSchedules(
  property: string,
  arb: fc.Arbitrary<[number, Spec, Step[]]>,
  safe: boolean,
  params: fc.Parameters<[[number, Spec, Step[]]]>,
  opts: ScheduleCheck = {},
): void {
  const failing = (seed: number, spec: Spec, steps: readonly Step[]) => {
    const r = checkSchedule(seed, spec, steps, safe)
    opts.onRun?.(r.verdict, r.problems)
    return { ...r, failing: opts.unknown?.(r.problems, r.verdict) ?? r.problems }
  }
  const prop = fc.property(arb, ([seed, spec, steps]) => {
    const r = failing(seed, spec, steps)
    if (r.failing.length > 0) throw new Error(describeProblems(r.failing))
  })
  const out = fc.check(prop, params)
  if (!out.failed) return
  const ce = out.counterexample?.[0]
  if (ce === undefined) throw new Error(fc.defaultReportMessage(out))
  const r = failing(...ce)
  const problems = r.failing.map((p) => `${p.check}: ${p.details.join('; ')}`)
  const path = writeRunFile({ ...r.run, property, problems })
  throw new Error(
    `${fc.defaultReportMessage(out)}\n${describeProblems(r.failing)}\nMinimal replayable run: ${path}`,
  )
}
