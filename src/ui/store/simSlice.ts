// The mirror of the simulation: the last view the worker sent, plus the event list and timeline
// markers. `applyFrame` is the only writer; diffs go through applyViewDiff, which keeps every
// unchanged record object, so a component that selects one record re-renders only when it changes.
//
// Two speeds (worker/protocol.ts SLOW_VIEW_MS). What moves (the clock, the timeline's cursor,
// the messages in flight: `tick` and selectMessages, from `latest`) changes with every frame. The
// rest of the view, the numbers a reader reads, changes only in frames that are not `fast`: about
// 15 times a second while playing at 1× or faster, and at once on a full view, after anything the
// page asked for, in slow motion or paused, and with a new timeline marker (an election, an ISR
// change, a fault). `view` is published on those frames only, so a component that reads the view
// as a whole re-renders 15 times a second, not 60.

import type { StateCreator } from 'zustand/vanilla'
import { applyViewDiff } from '../../engine/diff'
import type { SimView } from '../../engine/view'
import type { Frame, Marker } from '../../worker/protocol'
import { EventList } from './eventList'
import { EMPTY_SAMPLES, mergeSamples, type SampleWindow } from './sampleList'
import type { SimStore } from './types'

export interface SimSlice {
  /** The view panels show: the latest frame's, published on frames that are not `fast`. */
  view: SimView | null
  /**
   * The latest view the worker sent: the base of the next diff. Panels read `view`; what moves
   * every frame reads `tick` and this view's messages (selectMessages).
   */
  latest: SimView | null
  seq: number
  tick: number
  head: number
  inPast: boolean
  events: EventList
  eventCount: number
  markers: readonly Marker[]
  /** Metrics history up to the cursor (a window of the worker's samples; see sampleList.ts). */
  metricsHistory: SampleWindow
  /** Whether the last frame was a full view (init, seek, resync) rather than a diff. */
  lastFrameFull: boolean
  /** Applies a frame. Returns false (and changes nothing) for a diff without a base to apply to. */
  applyFrame(frame: Frame): boolean
  /** Forgets the mirrored run (before re-initialising the simulation). */
  resetSim(): void
}

const EMPTY_SIM = {
  view: null,
  latest: null,
  seq: 0,
  tick: 0,
  head: 0,
  inPast: false,
  events: EventList.EMPTY,
  eventCount: 0,
  markers: [] as readonly Marker[],
  metricsHistory: EMPTY_SAMPLES,
  lastFrameFull: false,
}

export const createSimSlice: StateCreator<SimStore, [], [], SimSlice> = (set, get) => ({
  ...EMPTY_SIM,
  applyFrame(frame) {
    const s = get()
    let view: SimView
    if (frame.view !== undefined) view = frame.view
    else if (frame.diff !== undefined && s.latest !== null && frame.seq === s.seq + 1)
      view = applyViewDiff(s.latest, frame.diff)
    else return false
    const full = frame.view !== undefined
    const newMarkers = frame.markers ?? []
    set({
      latest: view,
      ...(frame.fast === true ? {} : { view }),
      seq: frame.seq,
      tick: frame.tick,
      head: frame.head,
      inPast: frame.inPast,
      events: s.events.cut(frame.eventsFrom).append(frame.events),
      eventCount: frame.eventCount,
      markers: full
        ? newMarkers
        : newMarkers.length > 0
          ? [...s.markers, ...newMarkers]
          : s.markers,
      metricsHistory: mergeSamples(s.metricsHistory, frame.samplesFrom, frame.samples),
      lastFrameFull: full,
      playing: frame.playing,
      speed: frame.speed,
      // A full view ends any seek under way (the seek's own, or a command that finished it).
      ...(full ? { seeking: null } : {}),
    })
    return true
  },
  resetSim() {
    set({ ...EMPTY_SIM })
  },
})
