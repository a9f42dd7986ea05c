import { describe, expect, it } from 'vitest'
import { RunLog } from './runLog'

const input = (tick: number, broker = 1) => ({
  tick,
  command: { type: 'killBroker' as const, broker },
})

describe('RunLog', () => {
  it('starts with a frame’s runStart, appends, and cuts on a fork', () => {
    const log = new RunLog()
    expect(log.run()).toBeNull()
    expect(log.applyFrame({ inputsFrom: 0, inputs: [input(1)] })).toBe(false)
    expect(
      log.applyFrame({
        runStart: { seed: 3, config: { brokers: 4 } },
        inputsFrom: 0,
        inputs: [input(0)],
      }),
    ).toBe(true)
    log.applyFrame({ inputsFrom: 1, inputs: [input(100), input(200)] })
    expect(log.run()).toEqual({
      seed: 3,
      config: { brokers: 4 },
      inputs: [input(0), input(100), input(200)],
    })
    log.applyFrame({ inputsFrom: 1, inputs: [input(50, 2)] })
    expect(log.run()?.inputs).toEqual([input(0), input(50, 2)])
    const v = log.version
    log.applyFrame({})
    expect(log.version).toBe(v)
    expect(log.applyFrame({ inputsFrom: 5, inputs: [] })).toBe(false)
  })
})
