// Timeline markers as positions along the scrubber, in percent. A long run has thousands of
// ISR changes: markers of one kind that fall in the same 0.5 % bucket are drawn once.

import { scaleLinear } from 'd3'
import type { Marker } from '../../../worker/protocol'

export interface PlacedMarker {
  readonly kind: Marker['kind']
  readonly tick: number
  readonly x: number
  readonly count: number
}

export function placeMarkers(
  markers: readonly Marker[],
  head: number,
  buckets = 200,
): PlacedMarker[] {
  const x = scaleLinear()
    .domain([0, Math.max(1, head)])
    .range([0, 100])
    .clamp(true)
  const seen = new Map<string, { kind: Marker['kind']; tick: number; x: number; count: number }>()
  for (const m of markers) {
    const pos = x(m.tick)
    const key = `${m.kind}:${Math.round((pos / 100) * buckets)}`
    const found = seen.get(key)
    if (found === undefined) seen.set(key, { kind: m.kind, tick: m.tick, x: pos, count: 1 })
    else found.count++
  }
  return [...seen.values()]
}

export const MARKER_GLYPH: Readonly<Record<Marker['kind'], string>> = {
  election: '▲',
  isr: '●',
  loss: '✖',
  fault: '■',
  rebalance: '◆',
}

/** "12.345 s": simulated milliseconds as seconds. */
export const formatSeconds = (ms: number): string => (ms / 1000).toFixed(3)
