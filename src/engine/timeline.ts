// The timeline: a run is {seed, config, inputs}, and everything else is derived from it.
// The state "at tick t" is: every timer due at or before t has run, every input recorded at t has
// been applied, and the timers those inputs made due at t have run too. Checkpoints every
// `checkpointInterval` ticks only make seeking fast: `seek(t)` restores the nearest checkpoint at
// or before t and replays at most one interval, and equals a fresh replay to t. Acting in the past
// forks the run: the inputs, checkpoints and events after that point are dropped.
// Metrics samples (metricsHistory.ts) are kept like events: taken every SAMPLE_INTERVAL_MS, appended
// only beyond the furthest sample, visible up to the cursor, dropped on a fork.

import {
  CHECKPOINT_BUDGET_SLOTS,
  checkpointIntervalFor,
  RECENT_CHECKPOINTS,
  SLOTS_PER_HELD_RECORD,
} from './checkpointBudget'
import { cloneState, lastCloneSlots } from './clone'
import type { Command, CommandResult } from './commands'
import type { PartialClusterConfig } from './config'
import type { Ctx } from './ctx'
import { EventLog } from './eventLog'
import type { SimEvent } from './events'
import { heldRecords, type LogWindows, logWindows, PartitionIndex } from './heldHistory'
import {
  countUpTo,
  type MetricsSample,
  nextSampleTick,
  SAMPLE_INTERVAL_MS,
  sampleMetrics,
} from './metricsHistory'
import type { SimState } from './model'
import { peekTimer } from './scheduler'
import { applyCommand, createSim } from './sim'
import { runUntil } from './step'

export interface RunInput {
  readonly tick: number
  readonly command: Command
}

export interface Run {
  readonly seed: number
  readonly config: PartialClusterConfig
  readonly inputs: readonly RunInput[]
}

export {
  CHECKPOINT_BUDGET_SLOTS,
  checkpointIntervalFor,
  DEFAULT_CHECKPOINT_INTERVAL,
  RECENT_CHECKPOINTS,
  SLOTS_PER_HELD_RECORD,
} from './checkpointBudget'

const EMPTY_WINDOWS: LogWindows = []

export class Timeline {
  private seed: number
  private config: PartialClusterConfig
  private inputs: RunInput[] = []
  private checkpoints = new Map<number, SimState>()
  /** What each checkpoint cost when it was made (slots, clone.ts), and their sum. */
  private checkpointCost = new Map<number, number>()
  private checkpointSlots = 0
  /** The offsets each checkpoint holds, per partition (heldHistory.ts). */
  private checkpointWindows = new Map<number, LogWindows>()
  private partitionIndex = new PartitionIndex()
  private state: SimState
  /** Every event up to `head`, in order (older ones sealed compactly: eventLog.ts). */
  private allEvents: EventLog
  /** Every metrics sample up to `head`, in tick order (one per SAMPLE_INTERVAL_MS). */
  private allSamples: MetricsSample[] = []
  /** The furthest tick this branch of the run has been computed to. */
  private headTick = 0
  /** What the checkpoints may cost together (slots; tests lower it). */
  checkpointBudget = CHECKPOINT_BUDGET_SLOTS
  /** Ticks replayed by the last seek (for tests and the bench). */
  lastSeekReplayTicks = 0
  readonly checkpointInterval: number

  constructor(
    seed: number,
    config: PartialClusterConfig = {},
    checkpointInterval = checkpointIntervalFor(config),
    /** Tests only: a smaller event log block and hot tail (eventLog.ts). */
    eventLog?: { block: number; hot: number },
  ) {
    this.allEvents = new EventLog(eventLog?.block, eventLog?.hot)
    this.seed = seed
    this.config = config
    this.checkpointInterval = checkpointInterval
    const created: SimEvent[] = []
    this.state = createSim(seed, config, created)
    for (const e of created) this.allEvents.push(e)
    this.allSamples.push(sampleMetrics(this.state))
    this.addCheckpoint(0)
  }

  static fromRun(run: Run, checkpointInterval = checkpointIntervalFor(run.config)): Timeline {
    const t = new Timeline(run.seed, run.config, checkpointInterval)
    t.inputs = run.inputs.map((i) => ({ tick: i.tick, command: i.command }))
    if (t.inputs.some((i) => i.tick === 0)) {
      // Tick 0 is rebuilt with the inputs at 0, its events too (the cluster's creation included).
      t.dropCheckpoint(0)
      t.allEvents.truncate(0)
      const created: SimEvent[] = []
      t.state = t.freshAtZero(created)
      for (const e of created) t.allEvents.push(e)
    }
    return t
  }

  get tick(): number {
    return this.state.tick
  }
  get head(): number {
    return this.headTick
  }
  /** The live state at the cursor. Read it; do not change it. */
  get current(): SimState {
    return this.state
  }
  /** Events up to the cursor. */
  get events(): readonly SimEvent[] {
    return this.visibleEvents()
  }
  /** Events [from, to) of those up to the cursor. */
  eventsBetween(from: number, to: number): SimEvent[] {
    return this.allEvents.slice(from, Math.min(to, this.visibleCount()))
  }
  /**
   * The tick and type of events [from, to) of the run computed so far, beyond the cursor too
   * (timeline markers; nothing is parsed).
   */
  eventHeads(from: number, to: number, each: (type: string, tick: number) => void): void {
    const n = Math.min(to, this.allEvents.length)
    for (let i = Math.max(0, from); i < n; i++)
      each(this.allEvents.typeAt(i), this.allEvents.tickAt(i))
  }
  /** Events of the run computed so far, up to its head (the cursor may be behind). */
  get totalEventCount(): number {
    return this.allEvents.length
  }
  get eventCount(): number {
    return this.visibleCount()
  }
  /** Metrics samples [from, to) of those up to the cursor. */
  samplesBetween(from: number, to: number): MetricsSample[] {
    return this.allSamples.slice(Math.max(0, from), Math.min(to, this.sampleCount))
  }
  /** How many metrics samples lie at or before the cursor. */
  get sampleCount(): number {
    return countUpTo(this.allSamples, this.state.tick)
  }
  get lastInputTick(): number {
    return this.inputs[this.inputs.length - 1]?.tick ?? 0
  }

  run(): Run {
    return { seed: this.seed, config: this.config, inputs: this.inputs.slice() }
  }

  private visibleCount(): number {
    return this.allEvents.countUpTo(this.state.tick)
  }

  private visibleEvents(): SimEvent[] {
    return this.allEvents.slice(0, this.visibleCount())
  }

  /** Runs to `target`, applying recorded inputs on the way, saving checkpoints and new events. */
  advanceTo(target: number): void {
    const K = this.checkpointInterval
    while (this.state.tick < target) {
      const cur = this.state.tick
      const boundary = (Math.floor(cur / K) + 1) * K
      const nextInput = this.inputs.find((i) => i.tick > cur)
      let to = Math.min(target, boundary, nextSampleTick(cur))
      if (nextInput !== undefined) to = Math.min(to, nextInput.tick)
      const buf: SimEvent[] = []
      const ctx: Ctx = { sim: this.state, events: buf }
      runUntil(ctx, to)
      this.maybeSample(to)
      for (const inp of this.inputs) {
        if (inp.tick !== to) continue
        applyCommand(ctx, inp.command)
        runUntil(ctx, to)
      }
      this.keepNewEvents(buf)
      // Checkpoints are made at the furthest one and beyond: replaying thinned-out history (a seek
      // back) does not make them again.
      if (to % K === 0 && to > this.lastCheckpointTick()) this.addCheckpoint(to)
    }
  }

  /** Checkpoints kept, and what they cost (slots; see CHECKPOINT_BUDGET_SLOTS). For tests and the bench. */
  get checkpointStats(): { count: number; slots: number; heldRecords: number; ticks: number[] } {
    const ticks = [...this.checkpoints.keys()].sort((a, b) => a - b)
    const held = this.heldRecords(ticks)
    return {
      count: ticks.length,
      slots: this.checkpointSlots + held.total * SLOTS_PER_HELD_RECORD,
      heldRecords: held.total,
      ticks,
    }
  }

  private heldRecords(
    ticks: readonly number[],
    live: LogWindows = logWindows(this.state, this.partitionIndex),
  ): { total: number; only: number[] } {
    const windows = ticks.map((t) => this.checkpointWindows.get(t) ?? EMPTY_WINDOWS)
    return heldRecords(windows, live)
  }

  private lastCheckpointTick(): number {
    let last = -1
    for (const t of this.checkpoints.keys()) if (t > last) last = t
    return last
  }

  /** A checkpoint of the state now (sharing what did not change with the one before it). */
  private addCheckpoint(at: number): void {
    let prev = -1
    for (const t of this.checkpoints.keys()) if (t < at && t > prev) prev = t
    this.checkpoints.set(at, cloneState(this.state, this.checkpoints.get(prev)))
    const cost = lastCloneSlots()
    this.checkpointCost.set(at, cost)
    this.checkpointWindows.set(at, logWindows(this.state, this.partitionIndex))
    this.checkpointSlots += cost
    this.thin()
  }

  private dropCheckpoint(at: number): void {
    if (!this.checkpoints.delete(at)) return
    this.checkpointSlots -= this.checkpointCost.get(at) ?? 0
    this.checkpointCost.delete(at)
    this.checkpointWindows.delete(at)
  }

  /**
   * Keeps the checkpoints within CHECKPOINT_BUDGET_SLOTS, counting the copies they made and the
   * deleted records only they still hold. While over it, drops a checkpoint other than the first
   * and the latest RECENT_CHECKPOINTS: the one that alone holds the most deleted records, or, when
   * none holds any alone, the one whose neighbours are closest together (the oldest such). A
   * quiet run so keeps evenly spaced checkpoints, further apart the longer the run; a busy run
   * whose retention deletes a lot keeps few far behind the records the live state still has, and
   * a seek there replays from the nearest one kept (the first, at worst).
   */
  private thin(): void {
    // The live state does not change while thinning: its windows once.
    const live = logWindows(this.state, this.partitionIndex)
    for (;;) {
      const ticks = [...this.checkpoints.keys()].sort((a, b) => a - b)
      const held = this.heldRecords(ticks, live)
      if (this.checkpointSlots + held.total * SLOTS_PER_HELD_RECORD <= this.checkpointBudget) return
      let victim = -1
      let most = 0
      let gap = Number.POSITIVE_INFINITY
      for (let i = 1; i < ticks.length - RECENT_CHECKPOINTS; i++) {
        const only = held.only[i] as number
        const g = (ticks[i + 1] as number) - (ticks[i - 1] as number)
        if (only > most || (only === most && g < gap)) {
          most = only
          gap = g
          victim = ticks[i] as number
        }
      }
      if (victim < 0) return
      this.dropCheckpoint(victim)
    }
  }

  /** Samples at a sample tick never computed before (timers at `to` done, inputs at `to` not yet). */
  private maybeSample(to: number): void {
    const last = this.allSamples[this.allSamples.length - 1]
    if (to % SAMPLE_INTERVAL_MS === 0 && (last === undefined || to > last.tick))
      this.allSamples.push(sampleMetrics(this.state))
  }

  private keepNewEvents(buf: SimEvent[]): void {
    for (const e of buf) if (e.tick > this.headTick) this.allEvents.push(e)
    if (this.state.tick > this.headTick) this.headTick = this.state.tick
  }

  /** Advances by `ms` ticks. */
  advance(ms: number): void {
    this.advanceTo(this.state.tick + Math.max(0, Math.floor(ms)))
  }

  /** Runs to the next tick at which something is scheduled (one step of the engine). */
  stepEvent(): void {
    const next = peekTimer(this.state)
    const nextInput = this.inputs.find((i) => i.tick > this.state.tick)
    const t = Math.min(
      next?.at ?? Number.POSITIVE_INFINITY,
      nextInput?.tick ?? Number.POSITIVE_INFINITY,
    )
    if (Number.isFinite(t)) this.advanceTo(Math.max(t, this.state.tick + 1))
  }

  /** Moves the cursor to `tick`: the state equals a fresh replay of the run to `tick`. */
  seek(tick: number): void {
    const target = Math.max(0, Math.floor(tick))
    this.beginSeek(target)
    this.advanceTo(target)
  }

  /**
   * The first half of a seek: restores the nearest checkpoint at or before `tick` (or keeps the
   * cursor, when it lies between that checkpoint and `tick`) and returns the ticks left to replay.
   * `advanceTo(tick)`, at once or in slices, finishes it.
   */
  beginSeek(tick: number): number {
    const target = Math.max(0, Math.floor(tick))
    let best = 0
    for (const t of this.checkpoints.keys()) if (t <= target && t > best) best = t
    const fromCurrent = this.state.tick <= target && this.state.tick >= best
    const start = fromCurrent ? this.state.tick : best
    if (!fromCurrent) {
      const cp = this.checkpoints.get(best)
      this.state = cp === undefined ? this.freshAtZero() : cloneState(cp)
    }
    this.lastSeekReplayTicks = target - start
    return target - start
  }

  /**
   * The state at tick 0 rebuilt from the run: a new simulation plus the inputs at tick 0. Their
   * events go to `events` (dropped by default: a seek already has them).
   */
  private freshAtZero(events: SimEvent[] = []): SimState {
    const sim = createSim(this.seed, this.config, events)
    const ctx: Ctx = { sim, events }
    for (const inp of this.inputs) {
      if (inp.tick !== 0) continue
      applyCommand(ctx, inp.command)
      runUntil(ctx, 0)
    }
    return sim
  }

  /** Applies a command now. In the past, the run is forked first. */
  dispatch(command: Command): CommandResult {
    const now = this.state.tick
    if (now < this.headTick) this.fork()
    const buf: SimEvent[] = []
    const ctx: Ctx = { sim: this.state, events: buf }
    const result = applyCommand(ctx, command)
    if (!result.ok) return result
    runUntil(ctx, now)
    // Scripted inputs (a scenario's) may lie ahead of the live edge: keep the list in tick order.
    let at = this.inputs.length
    while (at > 0 && (this.inputs[at - 1] as RunInput).tick > now) at--
    this.inputs.splice(at, 0, { tick: now, command })
    for (const t of [...this.checkpoints.keys()]) if (t >= now && t !== 0) this.dropCheckpoint(t)
    if (now === 0) this.dropCheckpoint(0)
    for (const e of buf) this.allEvents.push(e)
    return result
  }

  /** Drops everything after the cursor. */
  fork(): void {
    const now = this.state.tick
    this.inputs = this.inputs.filter((i) => i.tick <= now)
    for (const t of [...this.checkpoints.keys()]) if (t > now) this.dropCheckpoint(t)
    this.allEvents.truncate(this.visibleCount())
    this.allSamples.length = this.sampleCount
    this.headTick = now
  }

  /** Whether acting now would fork the run (the UI asks the user first). */
  get inPast(): boolean {
    return this.state.tick < this.headTick
  }
}

/** Replays a run from scratch to `tick`, without checkpoints (the reference for `seek`). */
export function replay(run: Run, tick: number): SimState {
  const sim = createSim(run.seed, run.config)
  const ctx: Ctx = { sim, events: [] }
  for (const inp of run.inputs) {
    if (inp.tick > tick) break
    runUntil(ctx, inp.tick)
    applyCommand(ctx, inp.command)
    runUntil(ctx, inp.tick)
  }
  runUntil(ctx, tick)
  return sim
}
