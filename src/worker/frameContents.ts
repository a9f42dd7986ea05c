// What goes into a frame besides its bookkeeping (SimHost): how many events, which timeline
// markers, and which view, the whole one or only what moves (worker/protocol.ts SLOW_VIEW_MS).

import type { SimEvent } from '../engine/events'
import type { SimState } from '../engine/model'
import { buildMessages, buildView, type Focus, type SimView } from '../engine/view'
import { type Marker, SLOW_VIEW_MS } from './protocol'

/** Events per frame: a full view may carry many; a diff few, so a burst spreads over frames. */
export const MAX_EVENTS_PER_FRAME = 4000
export const MAX_EVENTS_PER_DIFF = 150
/** About this many bytes of events (as JSON) per diff; at least one event goes. */
export const EVENT_BYTES_PER_DIFF = 16 * 1024

export function withinBudget(events: SimEvent[], bytes: number): SimEvent[] {
  let used = 0
  for (let i = 0; i < events.length; i++) {
    used += JSON.stringify(events[i]).length
    if (used > bytes && i > 0) return events.slice(0, i)
  }
  return events
}

/** The kind of timeline marker an event of `type` leaves, if any. */
export function markerKind(type: string): Marker['kind'] | null {
  switch (type) {
    case 'leaderElected':
    case 'partitionOffline':
      return 'election'
    case 'isrShrunk':
    case 'isrExpanded':
      return 'isr'
    case 'recordsLost':
      return 'loss'
    case 'brokerKilled':
    case 'brokerPowerFailed':
    case 'brokerIsolated':
    case 'brokerShutdown':
      return 'fault'
    default:
      return type.startsWith('rebalance') ? 'rebalance' : null
  }
}

/**
 * Whether a frame at wall time `wall` (ms) may carry only what moves: while playing at 1× or
 * faster, the rest of the view goes out at most every SLOW_VIEW_MS (the host also sends it at once
 * with a new marker and after anything the page asks for). In slow motion every frame carries it:
 * there a reader follows one message to its replica and expects its LEO to move as it lands, and
 * the numbers change too rarely for their cost to matter.
 */
export function isFastFrame(wall: number, slowSentAt: number, speed: number): boolean {
  return speed >= 1 && wall - slowSentAt < SLOW_VIEW_MS
}

/**
 * The view a frame carries: the whole view, or (`moving` given: the last view sent) that view
 * with the clock and the messages in flight brought up to date, nothing else rebuilt.
 */
export function frameView(sim: SimState, focus: Focus | null, moving: SimView | null): SimView {
  if (moving === null) return buildView(sim, focus)
  return { ...moving, tick: sim.tick, messages: buildMessages(sim) }
}
