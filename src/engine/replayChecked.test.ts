import { afterEach, describe, expect, it, vi } from 'vitest'
import { describeFailure, fromRunChecked } from './replayChecked'
import { type Run, Timeline } from './timeline'
import { ConfigError } from './validate'
import { buildView } from './view'

const run: Run = {
  seed: 7,
  config: {},
  inputs: [
    { tick: 0, command: { type: 'createTopic', name: 'pay', partitions: 2, replicationFactor: 3 } },
    { tick: 120, command: { type: 'produce', topic: 'pay', key: 'a', value: 'v1' } },
    { tick: 120, command: { type: 'killBroker', broker: 9 } },
    { tick: 400, command: { type: 'killBroker', broker: 2 } },
    { tick: 900, command: { type: 'produce', topic: 'orders', value: 'v2' } },
  ],
}

/** Makes dispatching a produce of `value` throw, as an engine bug would. */
function poison(value: string) {
  const real = Timeline.prototype.dispatch
  vi.spyOn(Timeline.prototype, 'dispatch').mockImplementation(function (this: Timeline, c) {
    if (c.type === 'produce' && c.value === value) {
      real.call(this, { type: 'produce', topic: 'orders', value: 'half-applied' })
      throw new Error('boom')
    }
    return real.call(this, c)
  })
}

afterEach(() => vi.restoreAllMocks())

describe('fromRunChecked', () => {
  it('equals Timeline.fromRun at every tick, listing refused inputs', () => {
    const { timeline, failure, refused } = fromRunChecked(run)
    expect(failure).toBeUndefined()
    expect(refused).toEqual([
      { index: 2, tick: 120, type: 'killBroker', message: expect.stringContaining('broker 9') },
    ])
    expect(timeline.tick).toBe(900)
    const ref = Timeline.fromRun(run)
    for (const t of [1500, 300, 0, 2500]) {
      timeline.seek(t)
      ref.seek(t)
      expect(JSON.stringify(buildView(timeline.current))).toBe(
        JSON.stringify(buildView(ref.current)),
      )
    }
  })

  it('stops before an input that throws, keeping everything before it', () => {
    poison('v2')
    const { timeline, failure } = fromRunChecked(run)
    expect(failure).toEqual({ index: 4, tick: 900, type: 'produce', message: 'boom', reached: 900 })
    expect(describeFailure(failure as NonNullable<typeof failure>)).toBe(
      'input #4 at tick 900 (produce) failed: boom',
    )
    expect(timeline.tick).toBe(900)
    expect(timeline.run().inputs.map((i) => i.tick)).toEqual([0, 120, 400])
    vi.restoreAllMocks()
    const ref = Timeline.fromRun({ ...run, inputs: run.inputs.slice(0, 4) })
    ref.seek(900)
    expect(JSON.stringify(buildView(timeline.current))).toBe(JSON.stringify(buildView(ref.current)))
  })

  it('stops at an input whose tick goes back', () => {
    const back = { tick: 50, command: { type: 'killBroker', broker: 1 } } as const
    const bad: Run = { ...run, inputs: [run.inputs[3], back] as Run['inputs'] }
    const { failure, timeline } = fromRunChecked(bad)
    expect(failure).toMatchObject({ index: 1, tick: 50, type: 'killBroker', reached: 400 })
    expect(timeline.run().inputs).toHaveLength(1)
  })

  it('replays to `until`, keeping the inputs after it scripted', () => {
    const { timeline, failure } = fromRunChecked(run, { until: 300 })
    expect(failure).toBeUndefined()
    expect(timeline.tick).toBe(300)
    expect(timeline.inPast).toBe(false)
    expect(timeline.run().inputs.map((i) => i.tick)).toEqual([0, 120, 400, 900])
    const ref = Timeline.fromRun(run)
    for (const t of [300, 1500]) {
      timeline.seek(t)
      ref.seek(t)
      expect(JSON.stringify(buildView(timeline.current))).toBe(
        JSON.stringify(buildView(ref.current)),
      )
    }
  })

  it('blames the input before when the simulation throws on the way', () => {
    const real = Timeline.prototype.advanceTo
    let thrown = false
    vi.spyOn(Timeline.prototype, 'advanceTo').mockImplementation(function (this: Timeline, t) {
      if (!thrown && t === 400) {
        thrown = true
        throw new Error('timer bug')
      }
      return real.call(this, t)
    })
    const { failure, timeline } = fromRunChecked(run)
    expect(failure).toEqual({
      index: 2,
      tick: 120,
      type: 'killBroker',
      message: 'timer bug',
      reached: 120,
    })
    expect(timeline.run().inputs.map((i) => i.tick)).toEqual([0, 120])
  })

  it('throws ConfigError for a config the engine refuses', () => {
    expect(() => fromRunChecked({ seed: 1, config: { brokers: 0 }, inputs: [] })).toThrow(
      ConfigError,
    )
  })
})
