// Chart geometry for the metrics small multiples: the time window, the scales, the ticks and the
// line paths. Pure functions over d3's scales and shapes; React draws every element from these.

import { curveLinear, curveStepAfter, line, scaleLinear } from 'd3'
import type { MetricsSample } from '../../../engine/metricsHistory'
import type { Point } from './series'

export interface Margin {
  readonly top: number
  readonly right: number
  readonly bottom: number
  readonly left: number
}

export interface ChartBox {
  readonly width: number
  readonly height: number
  readonly margin: Margin
}

export const MARGIN: Margin = { top: 10, right: 14, bottom: 26, left: 46 }

export type Zoom = 60 | 300 | 'all'
export const ZOOMS: readonly Zoom[] = [60, 300, 'all']

/** While a run is shorter than the window, the axis ends at the next of these (in seconds). */
const STEPS = [10, 20, 30, 45, 60, 90, 120, 180, 240, 300]

/**
 * The x domain in simulated seconds. A fixed window ends at the cursor once the run is longer
 * than the window; before that it starts at 0 and ends at the next step past the cursor, so a
 * young run fills the chart and the axis only jumps now and then. 'all' spans from the first
 * sample held to the cursor (at least 10 s).
 */
export function timeDomain(cursorSec: number, zoom: Zoom, firstSec: number): [number, number] {
  if (zoom === 'all') return [firstSec, Math.max(cursorSec, firstSec + 10)]
  if (cursorSec >= zoom) return [cursorSec - zoom, cursorSec]
  const end = STEPS.find((s) => s > cursorSec && s <= zoom) ?? zoom
  return [0, end]
}

/** Samples needed to draw [from, to] s: one before `from` (lines enter from the edge) plus `extra` more (rate windows). */
export function samplesIn(
  samples: readonly MetricsSample[],
  [from, to]: readonly [number, number],
  extra = 0,
): readonly MetricsSample[] {
  const lo = lowerBound(samples, from * 1000)
  const hi = lowerBound(samples, to * 1000 + 1)
  const start = Math.max(0, lo - 1 - extra)
  return start === 0 && hi === samples.length ? samples : samples.slice(start, hi)
}

function lowerBound(samples: readonly MetricsSample[], tick: number): number {
  let lo = 0
  let hi = samples.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if ((samples[mid] as MetricsSample).tick < tick) lo = mid + 1
    else hi = mid
  }
  return lo
}

/** Points with t >= from, plus the one just before (so the line starts at the left edge). */
export function pointsFrom(points: readonly Point[], from: number): readonly Point[] {
  let i = 0
  while (i < points.length && (points[i] as Point).t < from) i++
  return i <= 1 ? points : points.slice(i - 1)
}

/**
 * At most about `max` points: each bucket keeps its first, lowest and highest point, so a spike
 * one sample wide still shows when a long run is squeezed into a few hundred pixels.
 */
export function decimate(points: readonly Point[], max: number): readonly Point[] {
  if (points.length <= max || max < 3) return points
  const buckets = Math.floor(max / 3)
  const size = points.length / buckets
  const out: Point[] = []
  for (let b = 0; b < buckets; b++) {
    const from = Math.floor(b * size)
    const to = Math.min(points.length, Math.floor((b + 1) * size))
    let lo = points[from] as Point
    let hi = lo
    for (let i = from; i < to; i++) {
      const p = points[i] as Point
      if (p.v < lo.v) lo = p
      if (p.v > hi.v) hi = p
    }
    const keep = [points[from] as Point, lo, hi].filter((p, i, a) => a.indexOf(p) === i)
    keep.sort((a, c) => a.t - c.t)
    out.push(...keep)
  }
  const last = points[points.length - 1] as Point
  if (out[out.length - 1] !== last) out.push(last)
  return out
}

export function xScale(domain: readonly [number, number], box: ChartBox) {
  return scaleLinear()
    .domain(domain)
    .range([box.margin.left, box.width - box.margin.right])
}

/** A y scale from 0 to a nice maximum; counts get at least [0, 3] so one partition is visible. */
export function yScale(maxValue: number, box: ChartBox, integer: boolean) {
  const floor = integer ? 3 : 1
  return scaleLinear()
    .domain([0, Math.max(floor, maxValue)])
    .nice(4)
    .range([box.height - box.margin.bottom, box.margin.top])
}

export interface Tick {
  readonly value: number
  readonly offset: number
}

type Linear = ReturnType<typeof scaleLinear<number, number>>

export function ticksOf(scale: Linear, count: number, integer = false): Tick[] {
  return scale
    .ticks(count)
    .filter((v) => !integer || Number.isInteger(v))
    .map((value) => ({ value, offset: scale(value) }))
}

/** The SVG path of a series; steps for gauges and counters, straight segments for rates. */
export function linePath(points: readonly Point[], x: Linear, y: Linear, step: boolean): string {
  const gen = line<Point>()
    .x((p) => x(p.t))
    .y((p) => y(p.v))
    .curve(step ? curveStepAfter : curveLinear)
  return gen(points as Point[]) ?? ''
}

/** The largest value among the series' points (0 when empty). */
export function maxOf(series: readonly { readonly points: readonly Point[] }[]): number {
  let m = 0
  for (const s of series) for (const p of s.points) if (p.v > m) m = p.v
  return m
}

/** A y tick label: whole numbers as they are, others with one decimal. */
export function formatTick(v: number): string {
  return Number.isInteger(v) ? v.toLocaleString('en-US') : v.toFixed(1)
}

/** Seconds as a tick label: "45 s", "2:30" from one minute on. */
export function formatSeconds(s: number): string {
  const whole = Math.round(s)
  if (whole < 60) return `${whole} s`
  return `${Math.floor(whole / 60)}:${String(whole % 60).padStart(2, '0')}`
}
