// The mirror of the simulation: the last view the worker sent, plus the event list and timeline
// markers. `applyFrame` is the only writer; diffs go through applyViewDiff, which keeps every
// unchanged record object, so a component that selects one record re-renders only when it changes.

import type { StateCreator } from 'zustand/vanilla'
import { applyViewDiff } from '../../engine/diff'
import type { SimView } from '../../engine/view'
import type { Frame, Marker } from '../../worker/protocol'
import { EventList } from './eventList'
import { EMPTY_SAMPLES, mergeSamples, type SampleWindow } from './sampleList'
import type { SimStore } from './types'

export interface SimSlice {
  view: SimView | null
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
    else if (frame.diff !== undefined && s.view !== null && frame.seq === s.seq + 1)
      view = applyViewDiff(s.view, frame.diff)
    else return false
    const full = frame.view !== undefined
    const newMarkers = frame.markers ?? []
    set({
      view,
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
