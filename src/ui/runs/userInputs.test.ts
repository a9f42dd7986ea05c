import { describe, expect, it } from 'vitest'
import { findScenario } from '../../engine/scenarios'
import type { Run } from '../../engine/timeline'
import { userInputCount } from './userInputs'

describe('userInputCount', () => {
  const stress = findScenario('bench-stress')
  if (stress === undefined) throw new Error('bench-stress is a scenario')
  const scripted: Run = { seed: 1, config: stress.config, inputs: stress.inputs.slice(0, 4) }

  it('does not count what the scenario scripted, applied so far or not', () => {
    expect(stress.inputs.length).toBeGreaterThan(4)
    expect(userInputCount(scripted, 'bench-stress')).toBe(0)
  })

  it('counts the user’s own inputs among the scripted ones', () => {
    const kill = { tick: 1234, command: { type: 'killBroker', broker: 2 } } as Run['inputs'][number]
    const run: Run = {
      ...scripted,
      inputs: [...scripted.inputs.slice(0, 2), kill, ...scripted.inputs.slice(2)],
    }
    expect(userInputCount(run, 'bench-stress')).toBe(1)
    // The same scripted input given twice: once is the user's.
    const twice: Run = {
      ...scripted,
      inputs: [...scripted.inputs, scripted.inputs[0] as Run['inputs'][number]],
    }
    expect(userInputCount(twice, 'bench-stress')).toBe(1)
  })

  it('counts every input of a run without a scenario', () => {
    expect(userInputCount(scripted, null)).toBe(4)
  })
})
