import { describe, expect, it } from 'vitest'
import type { MetricsSample } from '../../engine/metricsHistory'
import { EMPTY_SAMPLES, mergeSamples } from './sampleList'

const s = (i: number) => ({ tick: i * 250 }) as MetricsSample
const range = (from: number, to: number) => Array.from({ length: to - from }, (_, k) => s(from + k))
const ticks = (w: { samples: readonly MetricsSample[] }) => w.samples.map((x) => x.tick / 250)

describe('mergeSamples', () => {
  it('appends at the end, cuts at samplesFrom, and keeps identity when nothing changes', () => {
    const a = mergeSamples(EMPTY_SAMPLES, 0, range(0, 4))
    expect(ticks(a)).toEqual([0, 1, 2, 3])
    const b = mergeSamples(a, 4, range(4, 6))
    expect(ticks(b)).toEqual([0, 1, 2, 3, 4, 5])
    expect(ticks(mergeSamples(b, 2, []))).toEqual([0, 1])
    expect(ticks(mergeSamples(b, 3, [s(7)]))).toEqual([0, 1, 2, 7])
    expect(mergeSamples(b, 6, [])).toBe(b)
    expect(mergeSamples(b, undefined, undefined)).toBe(b)
  })

  it('starts a new window when the frame starts past the end or before the start', () => {
    const a = mergeSamples(EMPTY_SAMPLES, 0, range(0, 4))
    const gap = mergeSamples(a, 10, range(10, 12))
    expect(gap.start).toBe(10)
    expect(ticks(gap)).toEqual([10, 11])
    const before = mergeSamples(gap, 5, range(5, 13))
    expect(before.start).toBe(5)
    expect(ticks(before)).toEqual([5, 6, 7, 8, 9, 10, 11, 12])
  })

  it('keeps at most `cap` samples, dropping the oldest', () => {
    const w = mergeSamples(mergeSamples(EMPTY_SAMPLES, 0, range(0, 8), 5), 8, range(8, 10), 5)
    expect(w.start).toBe(5)
    expect(ticks(w)).toEqual([5, 6, 7, 8, 9])
  })
})
