import { describe, expect, it } from 'vitest'
import type { MetricsSample } from '../../../engine/metricsHistory'
import {
  type ChartBox,
  decimate,
  formatSeconds,
  formatTick,
  linePath,
  MARGIN,
  maxOf,
  pointsFrom,
  samplesIn,
  ticksOf,
  timeDomain,
  xScale,
  yScale,
} from './layout'
import type { Point } from './series'

const box: ChartBox = { width: 400, height: 150, margin: MARGIN }
const samples = (n: number) =>
  Array.from({ length: n }, (_, i) => ({ tick: i * 250 }) as MetricsSample)

describe('timeDomain', () => {
  it('starts at 0 and steps the end while the run is young, then slides with the cursor', () => {
    expect(timeDomain(0, 60, 0)).toEqual([0, 10])
    expect(timeDomain(8, 60, 0)).toEqual([0, 10])
    expect(timeDomain(10, 60, 0)).toEqual([0, 20])
    expect(timeDomain(44, 60, 0)).toEqual([0, 45])
    expect(timeDomain(59.9, 60, 0)).toEqual([0, 60])
    expect(timeDomain(75, 60, 0)).toEqual([15, 75])
    expect(timeDomain(200, 300, 0)).toEqual([0, 240])
    expect(timeDomain(400, 300, 0)).toEqual([100, 400])
  })
  it('spans the whole run from the first sample held, at least 10 s', () => {
    expect(timeDomain(500, 'all', 0)).toEqual([0, 500])
    expect(timeDomain(3, 'all', 0)).toEqual([0, 10])
    expect(timeDomain(900, 'all', 300)).toEqual([300, 900])
  })
})

describe('samplesIn', () => {
  it('keeps one sample before the window plus `extra` more, up to the window end', () => {
    const s = samples(100) // 0 .. 24.75 s
    const w = samplesIn(s, [10, 20], 4)
    expect(w[0]?.tick).toBe(10_000 - 5 * 250)
    expect(w[w.length - 1]?.tick).toBe(20_000)
    expect(samplesIn(s, [0, 60])).toBe(s)
  })
})

describe('scales and ticks', () => {
  it('maps the domain onto the plot area inside the margins', () => {
    const x = xScale([0, 60], box)
    expect(x(0)).toBe(MARGIN.left)
    expect(x(60)).toBe(400 - MARGIN.right)
    const y = yScale(0, box, true)
    expect(y.domain()).toEqual([0, 3])
    expect(y(0)).toBe(150 - MARGIN.bottom)
    expect(y(3)).toBe(MARGIN.top)
  })
  it('rounds the y maximum up to a nice number and gives whole ticks for counts', () => {
    const y = yScale(7.3, box, false)
    expect(y.domain()[1]).toBeGreaterThanOrEqual(7.3)
    expect([8, 10]).toContain(y.domain()[1])
    const counts = ticksOf(yScale(3, box, true), 6, true).map((t) => t.value)
    expect(counts.every(Number.isInteger)).toBe(true)
    expect(counts).toContain(3)
    const xt = ticksOf(xScale([0, 60], box), 6)
    expect(xt.map((t) => t.value)).toEqual([0, 10, 20, 30, 40, 50, 60])
    expect(xt[1]?.offset).toBeCloseTo(MARGIN.left + (400 - MARGIN.left - MARGIN.right) / 6)
  })
})

describe('paths', () => {
  const pts: Point[] = [
    { t: 0, v: 0 },
    { t: 1, v: 2 },
    { t: 2, v: 1 },
  ]
  it('draws steps for gauges and straight segments for rates', () => {
    const x = xScale([0, 2], {
      ...box,
      width: 200,
      margin: { top: 0, right: 0, bottom: 0, left: 0 },
    })
    const y = yScale(
      2,
      { width: 200, height: 100, margin: { top: 0, right: 0, bottom: 0, left: 0 } },
      false,
    )
    expect(linePath(pts, x, y, false)).toBe('M0,100L100,0L200,50')
    expect(linePath(pts, x, y, true)).toBe('M0,100L100,100L100,0L200,0L200,50')
    expect(linePath([], x, y, true)).toBe('')
  })
  it('finds the largest value, and starts a line at the point before the window', () => {
    expect(maxOf([{ points: pts }, { points: [{ t: 0, v: 5 }] }])).toBe(5)
    expect(maxOf([])).toBe(0)
    expect(pointsFrom(pts, 1.5).map((p) => p.t)).toEqual([1, 2])
    expect(pointsFrom(pts, 0)).toBe(pts)
  })
})

describe('decimate', () => {
  it('keeps every spike and the last point while cutting the count', () => {
    const pts = Array.from({ length: 10_000 }, (_, i) => ({ t: i, v: i === 4321 ? 99 : 1 }))
    const d = decimate(pts, 300)
    expect(d.length).toBeLessThanOrEqual(301)
    expect(d.some((p) => p.v === 99)).toBe(true)
    expect(d[d.length - 1]).toBe(pts[pts.length - 1])
    expect(d.every((p, i) => i === 0 || (d[i - 1] as Point).t < p.t)).toBe(true)
    const few = pts.slice(0, 50)
    expect(decimate(few, 300)).toBe(few)
  })
})

describe('formatSeconds', () => {
  it('writes seconds, then minutes and seconds', () => {
    expect(formatSeconds(0)).toBe('0 s')
    expect(formatSeconds(45)).toBe('45 s')
    expect(formatSeconds(59.6)).toBe('1:00')
    expect(formatSeconds(150)).toBe('2:30')
    expect(formatTick(5)).toBe('5')
    expect(formatTick(2.5)).toBe('2.5')
    expect(formatTick(12000)).toBe('12,000')
  })
})
