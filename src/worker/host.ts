// SimHost: owns the timeline and the clock, turns page messages into engine calls, and produces
// frames. It is plain TypeScript with no worker globals: sim.worker.ts adapts it to a Web Worker,
// and the in-process client runs the very same host on the main thread (tests, fallback).
// While playing, `tick(wallMs)` turns elapsed wall time × speed into sim ticks. A frame is sent
// only after the page acknowledged the previous one; until then changes accumulate, and the next
// frame is the diff from the last view the page has to the current one.

import { type Command, type CommandResult, fail } from '../engine/commands'
import { diffViews } from '../engine/diff'
import type { SimEvent } from '../engine/events'
import { MAX_SAMPLES_PER_FRAME } from '../engine/metricsHistory'
import { findScenario } from '../engine/scenarios'
import { Timeline } from '../engine/timeline'
import { ConfigError } from '../engine/validate'
import { buildView, type Focus, type SimView } from '../engine/view'
import {
  type Frame,
  type FromWorker,
  MAX_SPEED,
  type Marker,
  MIN_SPEED,
  type ToWorker,
} from './protocol'

const MAX_EVENTS_PER_FRAME = 4000
/** The longest stretch of sim time one wall-clock slice may compute (keeps the worker responsive). */
const MAX_TICKS_PER_SLICE = 20_000

function markerOf(e: SimEvent): Marker | null {
  switch (e.type) {
    case 'leaderElected':
    case 'partitionOffline':
      return { tick: e.tick, kind: 'election' }
    case 'isrShrunk':
    case 'isrExpanded':
      return { tick: e.tick, kind: 'isr' }
    case 'recordsLost':
      return { tick: e.tick, kind: 'loss' }
    case 'brokerKilled':
    case 'brokerPowerFailed':
    case 'brokerIsolated':
    case 'brokerShutdown':
      return { tick: e.tick, kind: 'fault' }
    default:
      return e.type.startsWith('rebalance') ? { tick: e.tick, kind: 'rebalance' } : null
  }
}

export class SimHost {
  private timeline: Timeline | null = null
  private playing = false
  private speed = 1
  private focus: Focus | null = null
  private seq = 0
  private awaitingAck = false
  private dirty = false
  private needFull = true
  private lastSent: SimView | null = null
  private sentEvents = 0
  /** The page holds the metrics samples before this index (the latest MAX_SAMPLES_PER_FRAME at least). */
  private sentSamples = 0
  private lastWall: number | null = null
  private carry = 0

  constructor(private readonly post: (msg: FromWorker) => void) {}

  get isPlaying(): boolean {
    return this.playing
  }

  handle(msg: ToWorker): void {
    try {
      this.dispatch(msg)
    } catch (err) {
      const message = err instanceof Error ? err.message : String(err)
      this.post({ type: 'error', message, fatal: !(err instanceof ConfigError) })
    }
  }

  private dispatch(msg: ToWorker): void {
    switch (msg.type) {
      case 'init': {
        const sc = msg.scenario === undefined ? undefined : findScenario(msg.scenario)
        const config = { ...(sc?.config ?? {}), ...(msg.config ?? {}) }
        this.timeline = Timeline.fromRun({ seed: msg.seed, config, inputs: sc?.inputs ?? [] })
        this.playing = msg.playing
        this.speed = clampSpeed(msg.speed)
        this.reset()
        return
      }
      case 'loadRun': {
        this.timeline = Timeline.fromRun(msg.run)
        this.playing = msg.playing
        this.reset()
        this.post({ type: 'reply', id: msg.id, result: { ok: true } })
        return
      }
      case 'command': {
        const result = this.command(msg.command)
        this.post({ type: 'reply', id: msg.id, result })
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
        this.tl().seek(this.tl().tick - Math.max(1, msg.ms))
        this.full()
        return
      case 'seek':
        this.tl().seek(msg.tick)
        this.full()
        return
      case 'advance':
        this.tl().advance(msg.ms)
        this.post({ type: 'reply', id: msg.id, result: { ok: true } })
        this.changed()
        return
      case 'frameAck':
        if (msg.seq === this.seq) {
          this.awaitingAck = false
          if (this.dirty) this.flush()
        }
        return
      case 'setFocus':
        this.focus = msg.focus
        this.changed()
        return
      case 'getRun':
        this.post({ type: 'reply', id: msg.id, result: { ok: true }, run: this.tl().run() })
        return
      case 'resync':
        this.sentSamples = 0
        this.full()
        return
    }
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
    if (!this.awaitingAck) this.flush()
  }

  /** Called by the adapter's timer loop with the wall clock, in ms. */
  tick(wallMs: number): void {
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
    const view = buildView(tl.current, this.focus)
    const count = tl.eventCount
    const eventsFrom = Math.min(this.sentEvents, count)
    const end = Math.min(count, eventsFrom + MAX_EVENTS_PER_FRAME)
    const events = tl.eventsBetween(eventsFrom, end)
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
    }
    let frame: Frame
    if (this.needFull || this.lastSent === null) {
      const markers = tl.events.map(markerOf).filter((m): m is Marker => m !== null)
      frame = { ...base, view, markers }
      this.needFull = false
    } else {
      frame = {
        ...base,
        diff: diffViews(this.lastSent, view),
        markers: events.map(markerOf).filter((m): m is Marker => m !== null),
      }
    }
    this.lastSent = view
    this.awaitingAck = true
    this.dirty = end < count
    this.post(frame)
  }
}

function clampSpeed(s: number): number {
  if (!Number.isFinite(s)) return 1
  return Math.min(MAX_SPEED, Math.max(MIN_SPEED, s))
}
