// SimHost: owns the timeline and the clock, turns page messages into engine calls, and produces
// frames. It is plain TypeScript with no worker globals: sim.worker.ts adapts it to a Web Worker,
// and the in-process client runs the very same host on the main thread (tests, fallback).
// While playing, `tick(wallMs)` turns elapsed wall time × speed into sim ticks. A frame is sent
// only after the page acknowledged the previous one; until then changes accumulate, and the next
// frame is the diff from the last view the page has to the current one.

import { type Command, type CommandResult, fail, OK } from '../engine/commands'
import { diffViews } from '../engine/diff'
import { MAX_SAMPLES_PER_FRAME } from '../engine/metricsHistory'
import { describeFailure, fromRunChecked } from '../engine/replayChecked'
import { findScenario } from '../engine/scenarios'
import { type RunInput, Timeline } from '../engine/timeline'
import { ConfigError } from '../engine/validate'
import type { Focus, SimView } from '../engine/view'
import {
  EVENT_BYTES_PER_DIFF,
  frameView,
  isFastFrame,
  MAX_EVENTS_PER_DIFF,
  MAX_EVENTS_PER_FRAME,
  markerKind,
  withinBudget,
} from './frameContents'
import {
  type Frame,
  type FromWorker,
  MAX_SPEED,
  type Marker,
  MIN_SPEED,
  type ToWorker,
} from './protocol'
import { Seeker } from './seeker'

/** Messages that leave a long seek under way as it is (others finish it first). */
const LEAVES_SEEK: ReadonlySet<ToWorker['type']> = new Set([
  'init',
  'seek',
  'stepBack',
  'frameAck',
  'setFocus',
  'setSpeed',
  'play',
  'pause',
])

/** The longest stretch of sim time one wall-clock slice may compute (keeps the worker responsive). */
const MAX_TICKS_PER_SLICE = 20_000

export class SimHost {
  private timeline: Timeline | null = null
  private playing = false
  private speed = 1
  private focus: Focus | null = null
  private seq = 0
  private awaitingAck = false
  private dirty = false
  private needFull = true
  /** How many of the run's events the page has markers for. */
  private marked = 0
  private lastSent: SimView | null = null
  /** The wall time (ms) of the last frame that carried the whole view. */
  private slowSentAt = Number.NEGATIVE_INFINITY
  /** The next frame carries the whole view (the page asked for something). */
  private slowNext = false
  private sentEvents = 0
  /** The page holds the metrics samples before this index (the latest MAX_SAMPLES_PER_FRAME at least). */
  private sentSamples = 0
  private lastWall: number | null = null
  private carry = 0
  /** The page's run log needs the inputs from this index on (null: it has them all). */
  private inputsFrom: number | null = null
  /** The page's run log starts over (seed and config) with the next frame. */
  private runStart = false

  private readonly seeker = new Seeker(
    () => this.tl(),
    (tick, target) => this.post({ type: 'progress', tick, target }),
  )

  constructor(private readonly post: (msg: FromWorker) => void) {}

  get isPlaying(): boolean {
    return this.playing
  }

  /** A long seek is replaying in slices: the adapter's loop should tick again at once. */
  get isSeeking(): boolean {
    return this.seeker.busy
  }

  handle(msg: ToWorker): void {
    // What the user asks for (a command, a step, a new focus) is answered with the whole view.
    if (msg.type !== 'frameAck' && msg.type !== 'getRun') this.slowNext = true
    try {
      this.dispatch(msg)
    } catch (err) {
      const message = err instanceof Error ? err.message : String(err)
      this.post({ type: 'error', message, fatal: !(err instanceof ConfigError) })
    }
  }

  private dispatch(msg: ToWorker): void {
    // Whatever acts on the cursor waits for a seek under way to finish; a new seek replaces it.
    if (!LEAVES_SEEK.has(msg.type) && this.seeker.finish()) this.full()
    switch (msg.type) {
      case 'init': {
        const sc = msg.scenario === undefined ? undefined : findScenario(msg.scenario)
        const config = { ...(sc?.config ?? {}), ...(msg.config ?? {}) }
        this.seeker.cancel()
        this.timeline = Timeline.fromRun({ seed: msg.seed, config, inputs: sc?.inputs ?? [] })
        this.playing = msg.playing
        this.speed = clampSpeed(msg.speed)
        this.startRunLog()
        this.reset()
        return
      }
      case 'loadRun':
        this.loadRun(msg)
        return
      case 'command': {
        const now = this.timeline?.tick ?? 0
        const forks = this.timeline?.inPast ?? false
        const result = this.command(msg.command)
        if (result.ok) this.inputAddedAt(now)
        // A fork cuts the run's future, and the markers ahead of the cursor with it.
        if (result.ok && forks) this.needFull = true
        this.post({ type: 'reply', id: msg.id, result, tick: this.timeline?.tick ?? 0 })
        this.changed()
        return
      }
      case 'play':
        this.playing = true
        this.lastWall = null
        this.changed()
        return
      case 'pause':
        this.playing = false
        this.changed()
        return
      case 'setSpeed':
        this.speed = clampSpeed(msg.speed)
        this.changed()
        return
      case 'step':
        this.playing = false
        if (msg.ms === undefined) this.tl().stepEvent()
        else this.tl().advance(msg.ms)
        this.changed()
        return
      case 'stepBack':
        this.playing = false
        if (this.seeker.start(this.tl().tick - Math.max(1, msg.ms))) this.full()
        return
      case 'seek':
        if (this.seeker.start(msg.tick)) this.full()
        return
      case 'advance':
        this.tl().advance(msg.ms)
        this.post({ type: 'reply', id: msg.id, result: { ok: true } })
        this.changed()
        return
      case 'frameAck':
        if (msg.seq === this.seq) {
          this.awaitingAck = false
          if (this.dirty && !this.seeker.busy) this.flush()
        }
        return
      case 'setFocus':
        this.focus = msg.focus
        this.changed()
        return
      case 'getRun':
        this.post({ type: 'reply', id: msg.id, result: { ok: true }, run: this.tl().run() })
        return
      case 'testCrash':
        testCrash(msg.mode, msg.ms)
        return
      case 'resync':
        this.startRunLog()
        this.sentSamples = 0
        this.full()
        return
    }
  }

  /** Replays a run input by input (replayChecked.ts); see ToWorker 'loadRun'. */
  private loadRun(msg: Extract<ToWorker, { type: 'loadRun' }>): void {
    let checked: ReturnType<typeof fromRunChecked>
    try {
      checked = fromRunChecked(msg.run, msg.until === undefined ? {} : { until: msg.until })
    } catch (err) {
      if (!(err instanceof ConfigError)) throw err
      // Nothing changes: the current run (if any) stays.
      const result = fail(err.message, 'config')
      this.post({ type: 'reply', id: msg.id, result, tick: this.timeline?.tick ?? 0 })
      return
    }
    const { failure, refused } = checked
    const result =
      failure === undefined ? OK : fail(describeFailure(failure), `inputs.${failure.index}`)
    if (failure === undefined || msg.strict !== true) {
      this.timeline = checked.timeline
      this.playing = msg.playing && failure === undefined
      this.startRunLog()
      this.reset()
    }
    const tick = this.timeline?.tick ?? 0
    this.post({ type: 'reply', id: msg.id, result, tick, replay: { failure, refused } })
  }

  /** The page's run log starts over with the next frame (seed, config and every input). */
  private startRunLog(): void {
    this.runStart = true
    this.inputsFrom = 0
  }

  /** A command was accepted at `now`: the inputs changed from its place on (a fork cuts after it). */
  private inputAddedAt(now: number): void {
    const inputs = this.tl().run().inputs
    let at = inputs.length
    while (at > 0 && (inputs[at - 1] as RunInput).tick > now) at--
    this.inputsFrom = Math.min(this.inputsFrom ?? at - 1, at - 1)
  }

  /** The run-log fields of the next frame. */
  private runLogFields(tl: Timeline): Pick<Frame, 'runStart' | 'inputsFrom' | 'inputs'> {
    if (this.inputsFrom === null) return {}
    const run = tl.run()
    const from = Math.max(0, Math.min(this.inputsFrom, run.inputs.length))
    const fields = {
      ...(this.runStart ? { runStart: { seed: run.seed, config: run.config } } : {}),
      inputsFrom: from,
      inputs: run.inputs.slice(from),
    }
    this.inputsFrom = null
    this.runStart = false
    return fields
  }

  private tl(): Timeline {
    if (this.timeline === null) throw new Error('the simulation is not initialised')
    return this.timeline
  }

  private command(cmd: Command): CommandResult {
    if (this.timeline === null) return fail('the simulation is not initialised')
    return this.timeline.dispatch(cmd)
  }

  private reset(): void {
    this.lastWall = null
    this.carry = 0
    this.sentEvents = 0
    this.sentSamples = 0
    this.full()
  }

  private full(): void {
    this.needFull = true
    this.changed()
  }

  private changed(): void {
    this.dirty = true
    // Not mid-seek: the page keeps its view (and its events) until the seek's full view.
    if (!this.awaitingAck && !this.seeker.busy) this.flush()
  }

  /** Called by the adapter's timer loop with the wall clock, in ms. */
  tick(wallMs: number): void {
    if (this.seeker.busy) {
      if (this.seeker.step()) this.full()
      this.lastWall = wallMs
      return
    }
    if (!this.playing || this.timeline === null) {
      this.lastWall = wallMs
      return
    }
    const last = this.lastWall ?? wallMs
    this.lastWall = wallMs
    const exact = (wallMs - last) * this.speed + this.carry
    const ticks = Math.min(MAX_TICKS_PER_SLICE, Math.floor(exact))
    this.carry = exact - Math.floor(exact)
    if (ticks <= 0) return
    this.timeline.advance(ticks)
    this.changed()
  }

  private flush(): void {
    const tl = this.timeline
    if (tl === null) return
    const count = tl.eventCount
    const eventsFrom = Math.min(this.sentEvents, count)
    const full = this.needFull || this.lastSent === null
    let events = tl.eventsBetween(
      eventsFrom,
      Math.min(count, eventsFrom + (full ? MAX_EVENTS_PER_FRAME : MAX_EVENTS_PER_DIFF)),
    )
    if (!full) events = withinBudget(events, EVENT_BYTES_PER_DIFF)
    const end = eventsFrom + events.length
    this.sentEvents = end
    const sampleCount = tl.sampleCount
    const samplesFrom = Math.max(
      Math.min(this.sentSamples, sampleCount),
      sampleCount - MAX_SAMPLES_PER_FRAME,
    )
    const samples = tl.samplesBetween(samplesFrom, sampleCount)
    this.sentSamples = sampleCount
    this.seq++
    const base = {
      type: 'frame' as const,
      seq: this.seq,
      tick: tl.tick,
      head: tl.head,
      playing: this.playing,
      speed: this.speed,
      inPast: tl.inPast,
      eventsFrom,
      events,
      eventCount: count,
      samplesFrom,
      samples,
      ...this.runLogFields(tl),
    }
    // Markers cover the whole run computed so far, so the timeline still shows what lies ahead
    // after a seek back: all of them with a full view, those of new events with a diff.
    const total = tl.totalEventCount
    const markers: Marker[] = []
    tl.eventHeads(full ? 0 : Math.min(this.marked, total), total, (type, tick) => {
      const kind = markerKind(type)
      if (kind !== null) markers.push({ tick, kind })
    })
    this.marked = total
    // While playing, only the clock and the messages in flight go out with every frame; the rest
    // of the view at most every SLOW_VIEW_MS, at once with a new marker and after anything the
    // page asked for (frameContents.ts).
    const wall = this.lastWall ?? 0
    const fast =
      !full &&
      !this.slowNext &&
      this.playing &&
      markers.length === 0 &&
      isFastFrame(wall, this.slowSentAt, this.speed)
    const view = frameView(tl.current, this.focus, fast ? this.lastSent : null)
    if (!fast) {
      this.slowSentAt = wall
      this.slowNext = false
    }
    let frame: Frame
    if (full) {
      frame = { ...base, view, markers }
      this.needFull = false
    } else {
      const diff = diffViews(this.lastSent as SimView, view)
      frame = fast ? { ...base, diff, markers, fast } : { ...base, diff, markers }
    }
    this.lastSent = view
    this.awaitingAck = true
    this.dirty = end < count
    this.post(frame)
  }
}

/** window.__kafkascopeTest.crashWorker(): fail on purpose, in one of the ways a real bug would. */
function testCrash(mode: string, ms = 0): void {
  if (mode === 'uncaught')
    setTimeout(() => {
      throw new Error('kafkascope test: an uncaught error in the simulation')
    }, 0)
  else if (mode === 'hang') {
    const until = Date.now() + Math.min(60_000, Math.max(0, ms))
    while (Date.now() < until) {
      // busy, as an endless loop would be (bounded, so a forgotten hook ends)
    }
  } else if (mode === 'throw') throw new Error('kafkascope test: the simulation failed on purpose')
}

function clampSpeed(s: number): number {
  if (!Number.isFinite(s)) return 1
  return Math.min(MAX_SPEED, Math.max(MIN_SPEED, s))
}
