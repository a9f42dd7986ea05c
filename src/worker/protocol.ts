// Messages between the page and the simulation worker: a hand-written discriminated union.
// The worker owns the clock and sends frames: a full view after init, seek or load, otherwise a
// diff against the last frame the page acknowledged. It sends the next frame only after the page
// acknowledges the previous one, so a busy page gets fewer, larger frames.

import type { Command, CommandResult } from '../engine/commands'
import type { PartialClusterConfig } from '../engine/config'
import type { ViewDiff } from '../engine/diff'
import type { SimEvent } from '../engine/events'
import type { MetricsSample } from '../engine/metricsHistory'
import type { Run } from '../engine/timeline'
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
  | { type: 'loadRun'; id: number; run: Run; playing: boolean }
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

export interface Frame {
  readonly type: 'frame'
  readonly seq: number
  /** A full view (after init, seek, load or resync) or a diff against frame seq - 1. */
  readonly view?: SimView
  readonly diff?: ViewDiff
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
  /** Timeline markers: ticks of elections, ISR changes, losses (sent with full views). */
  readonly markers?: readonly Marker[]
}

export interface Marker {
  readonly tick: number
  readonly kind: 'election' | 'isr' | 'loss' | 'rebalance' | 'fault'
}

export type FromWorker =
  | Frame
  | { type: 'reply'; id: number; result: CommandResult; run?: Run }
  | { type: 'error'; message: string; fatal: boolean }

export const MIN_SPEED = 0.1
export const MAX_SPEED = 100
