// Messages between the page and the simulation worker: a hand-written discriminated union.
// The worker owns the clock and sends frames: a full view after init, seek or load, otherwise a
// diff against the last frame the page acknowledged. It sends the next frame only after the page
// acknowledges the previous one, so a busy page gets fewer, larger frames.

import type { Command, CommandResult } from '../engine/commands'
import type { PartialClusterConfig } from '../engine/config'
import type { ViewDiff } from '../engine/diff'
import type { SimEvent } from '../engine/events'
import type { MetricsSample } from '../engine/metricsHistory'
import type { ReplayProblem } from '../engine/replayChecked'
import type { Run, RunInput } from '../engine/timeline'
import type { Focus, SimView } from '../engine/view'

export const PROTOCOL_VERSION = 1

export type ToWorker =
  | {
      type: 'init'
      seed: number
      config?: PartialClusterConfig
      scenario?: string
      playing: boolean
      speed: number
    }
  | {
      type: 'loadRun'
      id: number
      run: Run
      playing: boolean
      /**
       * Replayed input by input (replayChecked.ts). strict (opening a file): any failure keeps the
       * current run. Otherwise (a restart) the run is kept up to the input that failed.
       */
      strict?: boolean
      /** Replay to this tick (default: the latest input's); later inputs stay scripted. */
      until?: number
    }
  | { type: 'command'; id: number; command: Command }
  | { type: 'play' }
  | { type: 'pause' }
  | { type: 'setSpeed'; speed: number }
  | { type: 'step'; ms?: number }
  | { type: 'stepBack'; ms: number }
  | { type: 'seek'; tick: number }
  | { type: 'advance'; id: number; ms: number }
  | { type: 'frameAck'; seq: number }
  | { type: 'setFocus'; focus: Focus | null }
  | { type: 'getRun'; id: number }
  | { type: 'resync' }
  /** Test hook only (window.__kafkascopeTest): makes this simulation fail on purpose. */
  | { type: 'testCrash'; mode: TestCrashMode; ms?: number }

/** throw: a fatal error reply; uncaught: an error outside the host (the worker's error event); hang: busy for ms. */
export type TestCrashMode = 'throw' | 'uncaught' | 'hang'

/**
 * While playing, frames carry the clock and the messages in flight every time, and the rest of
 * the view (the numbers a reader reads) at most this often, in wall-clock ms: about 15 times a
 * second. Sixty changes a second of an offset cannot be read, and building, sending, applying,
 * laying out and painting them was much of a frame's cost.
 */
export const SLOW_VIEW_MS = 66

export interface Frame {
  readonly type: 'frame'
  readonly seq: number
  /** A full view (after init, seek, load or resync) or a diff against frame seq - 1. */
  readonly view?: SimView
  readonly diff?: ViewDiff
  /**
   * A frame that moves only the clock and the messages in flight: its diff changes nothing else
   * (SimHost sends the rest of the view at most every SLOW_VIEW_MS while playing, and in the
   * first frame after anything the page asks for).
   */
  readonly fast?: true
  readonly tick: number
  readonly head: number
  readonly playing: boolean
  readonly speed: number
  /** Whether the cursor is behind the furthest computed tick (acting now forks the run). */
  readonly inPast: boolean
  /** The page's event list is cut to `eventsFrom`, then `events` are appended. */
  readonly eventsFrom: number
  readonly events: readonly SimEvent[]
  readonly eventCount: number
  /**
   * Metrics history, like events: the page's sample list is cut to the samples before index
   * `samplesFrom`, then `samples` are appended; when the page lacks samples before `samplesFrom`
   * (a seek far ahead, a resync: at most MAX_SAMPLES_PER_FRAME travel) it starts a new list there.
   * Absent: no change.
   */
  readonly samplesFrom?: number
  readonly samples?: readonly MetricsSample[]
  /**
   * Timeline markers (elections, ISR changes, losses, faults, rebalances) of the whole run computed
   * so far, ahead of the cursor too: all of them with a full view, those of new events with a diff.
   */
  readonly markers?: readonly Marker[]
  /** After init, loadRun and resync: the run's seed and config (the page's run log starts over). */
  readonly runStart?: { readonly seed: number; readonly config: Run['config'] }
  /**
   * The run's inputs, like events: the page's input list is cut to `inputsFrom` (a fork, or an
   * input inserted before a scenario's scripted ones), then `inputs` are appended. Absent: no change.
   */
  readonly inputsFrom?: number
  readonly inputs?: readonly RunInput[]
}

export interface Marker {
  readonly tick: number
  readonly kind: 'election' | 'isr' | 'loss' | 'rebalance' | 'fault'
}

export type FromWorker =
  | Frame
  | {
      type: 'reply'
      id: number
      result: CommandResult
      run?: Run
      /** The cursor after the request (a command's applied tick; where a loaded run stopped). */
      tick?: number
      /** loadRun: the input that failed (not applied), and inputs the engine refused. */
      replay?: { failure?: ReplayProblem & { reached: number }; refused: readonly ReplayProblem[] }
    }
  | { type: 'error'; message: string; fatal: boolean }
  /** A long seek is replaying (worker/seeker.ts): where it is, and where it goes. */
  | { type: 'progress'; tick: number; target: number }

export const MIN_SPEED = 0.1
export const MAX_SPEED = 100
