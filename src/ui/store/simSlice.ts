// The mirror of the simulation: the last view the worker sent, plus the event list and timeline
// markers. `applyFrame` is the only writer; diffs go through applyViewDiff, which keeps every
// unchanged record object, so a component that selects one record re-renders only when it changes.
//
// Two speeds. What moves (the clock, the timeline's cursor, the messages in flight: `tick` and
// `messages`) changes with every frame. The rest of the view, the numbers a reader reads (offsets,
// counters, lag, the partitions table), is published as `view` at most VIEW_INTERVAL_MS apart
// while the simulation plays: sixty changes a second cannot be read, and laying out and painting
// them was most of a frame's cost. A full view (start, seek, resync), a frame with a new timeline
// marker (an election, an ISR change, a fault) and every frame while paused or stepping publish at
// once, so a discrete change and a step are never late.

import type { StateCreator } from 'zustand/vanilla'
import { applyViewDiff } from '../../engine/diff'
import type { MessageView, SimView } from '../../engine/view'
import type { Frame, Marker } from '../../worker/protocol'
import { EventList } from './eventList'
import { EMPTY_SAMPLES, mergeSamples, type SampleWindow } from './sampleList'
import type { SimStore } from './types'

/** While playing, `view` is published at most this often (wall-clock ms): about 15 times a second. */
export const VIEW_INTERVAL_MS = 66
/**
 * When frames stop coming (the simulation stalls, or a frame is late), the latest view is
 * published this long after the interval is over: long enough that a frame on time publishes
 * it first, with everything else that frame changes, in one render.
 */
const CATCH_UP_GRACE_MS = 34

export interface SimSlice {
  /** The view panels show: the latest while paused, refreshed every VIEW_INTERVAL_MS while playing. */
  view: SimView | null
  /** The simulated time of `view` (`tick` is the latest frame's). */
  viewTick: number
  /** The messages in flight in the latest frame (they move every frame). */
  messages: Readonly<Record<string, MessageView>> | undefined
  /** The latest view the worker sent: the base of the next diff. Panels read `view`. */
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
  viewTick: 0,
  messages: undefined,
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

export const createSimSlice: StateCreator<SimStore, [], [], SimSlice> = (set, get) => {
  /** When `view` was last published (performance.now), and the pending catch-up, if any. */
  let publishedAt = Number.NEGATIVE_INFINITY
  let catchUp: ReturnType<typeof setTimeout> | null = null
  const cancelCatchUp = () => {
    if (catchUp !== null) clearTimeout(catchUp)
    catchUp = null
  }
  /** Publishes the latest view (when frames stop coming before the interval is over). */
  const publishLatest = () => {
    catchUp = null
    const s = get()
    if (s.view === s.latest) return
    publishedAt = performance.now()
    set({ view: s.latest, viewTick: s.tick })
  }
  return {
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
      const now = performance.now()
      const publish =
        full || !frame.playing || newMarkers.length > 0 || now - publishedAt >= VIEW_INTERVAL_MS
      if (publish) {
        publishedAt = now
        cancelCatchUp()
      } else if (catchUp === null)
        catchUp = setTimeout(
          publishLatest,
          Math.max(0, publishedAt + VIEW_INTERVAL_MS + CATCH_UP_GRACE_MS - now),
        )
      set({
        latest: view,
        messages: view.messages,
        ...(publish ? { view, viewTick: frame.tick } : {}),
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
      cancelCatchUp()
      publishedAt = Number.NEGATIVE_INFINITY
      set({ ...EMPTY_SIM })
    },
  }
}
