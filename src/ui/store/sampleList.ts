// The page's copy of the metrics history: a window of samples [start, start + samples.length) of
// the worker's list. A frame cuts it at `samplesFrom` and appends; a frame starting past the end
// (or before the start) replaces it, so the window never has a hole. Capped at MAX_PAGE_SAMPLES.

import type { MetricsSample } from '../../engine/metricsHistory'

/** Two simulated hours at one sample per 250 ms. */
export const MAX_PAGE_SAMPLES = 28_800

export interface SampleWindow {
  readonly start: number
  readonly samples: readonly MetricsSample[]
}

export const EMPTY_SAMPLES: SampleWindow = { start: 0, samples: [] }

export function mergeSamples(
  w: SampleWindow,
  from: number | undefined,
  incoming: readonly MetricsSample[] | undefined,
  cap = MAX_PAGE_SAMPLES,
): SampleWindow {
  if (from === undefined || incoming === undefined) return w
  const end = w.start + w.samples.length
  if (incoming.length === 0 && from >= end) return w
  let start: number
  let samples: MetricsSample[]
  if (from < w.start || from > end) {
    start = from
    samples = incoming.slice()
  } else {
    start = w.start
    samples = w.samples.slice(0, from - w.start)
    for (const s of incoming) samples.push(s)
  }
  if (samples.length > cap) {
    start += samples.length - cap
    samples = samples.slice(samples.length - cap)
  }
  return { start, samples }
}
