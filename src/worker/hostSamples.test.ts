// The metrics history in frames: new samples follow the events' rules (an index plus what is new),
// a seek back cuts the page's list, a seek forward or a resync re-sends what is missing, capped at
// MAX_SAMPLES_PER_FRAME; the page's copy always equals the timeline's samples up to the cursor.

import { describe, expect, it } from 'vitest'
import { MAX_SAMPLES_PER_FRAME } from '../engine/metricsHistory'
import { Timeline } from '../engine/timeline'
import { EMPTY_SAMPLES, mergeSamples, type SampleWindow } from '../ui/store/sampleList'
import { SimHost } from './host'
import type { Frame, FromWorker } from './protocol'

function harness() {
  const out: FromWorker[] = []
  const host = new SimHost((m) => out.push(m))
  let page: SampleWindow = EMPTY_SAMPLES
  let seen = 0
  const frames = () => out.filter((m): m is Frame => m.type === 'frame')
  /** Acknowledges every frame (applying its samples to the page's copy) until none is pending. */
  const ack = () => {
    while (seen < frames().length) {
      const f = frames()[seen++] as Frame
      page = mergeSamples(page, f.samplesFrom, f.samples)
      host.handle({ type: 'frameAck', seq: f.seq })
    }
  }
  const last = () => frames()[frames().length - 1] as Frame
  return { host, ack, last, page: () => page }
}

const reference = (ms: number, seek?: number) => {
  const t = Timeline.fromRun({ seed: 4, config: {}, inputs: [] })
  t.dispatch({ type: 'setAutoProduce', rate: 10, keys: 'uniform', topic: 'orders' })
  t.advance(ms)
  if (seek !== undefined) t.seek(seek)
  return t.samplesBetween(0, t.sampleCount)
}

describe('SimHost metrics samples', () => {
  it('ships new samples in diffs; seek back cuts, seek forward re-sends', () => {
    const { host, ack, last, page } = harness()
    host.handle({ type: 'init', seed: 4, playing: false, speed: 1 })
    ack()
    expect(page().samples.map((s) => s.tick)).toEqual([0])
    host.handle({
      type: 'command',
      id: 1,
      command: { type: 'setAutoProduce', rate: 10, keys: 'uniform', topic: 'orders' },
    })
    ack()
    host.handle({ type: 'step', ms: 3000 })
    ack()
    expect(last().samplesFrom).toBe(1)
    expect(last().samples).toHaveLength(12)
    expect(JSON.stringify(page().samples)).toBe(JSON.stringify(reference(3000)))

    host.handle({ type: 'seek', tick: 1100 })
    ack()
    expect(last().samples).toEqual([])
    expect(page().samples.map((s) => s.tick)).toEqual([0, 250, 500, 750, 1000])

    host.handle({ type: 'seek', tick: 3000 })
    ack()
    expect(last().samplesFrom).toBe(5)
    expect(JSON.stringify(page().samples)).toBe(JSON.stringify(reference(3000)))
  })

  it('caps a frame at the last MAX_SAMPLES_PER_FRAME samples; the page starts a new window', () => {
    const { host, ack, last, page } = harness()
    host.handle({ type: 'init', seed: 4, playing: false, speed: 1 })
    ack()
    host.handle({ type: 'step', ms: 700_000 })
    ack()
    expect(last().samples).toHaveLength(MAX_SAMPLES_PER_FRAME)
    expect(last().samplesFrom).toBe(2801 - MAX_SAMPLES_PER_FRAME)
    expect(page().start).toBe(2801 - MAX_SAMPLES_PER_FRAME)
    expect(page().samples.at(-1)?.tick).toBe(700_000)
    host.handle({ type: 'resync' })
    ack()
    expect(last().samples).toHaveLength(MAX_SAMPLES_PER_FRAME)
    expect(page().samples).toHaveLength(MAX_SAMPLES_PER_FRAME)
  })
})
