import { describe, expect, it } from 'vitest'
import { nextSpeed, SPEEDS, speedIndex } from './speed'

describe('speeds', () => {
  it('run from 0.1× to 100× on a log scale', () => {
    expect(SPEEDS[0]).toBe(0.1)
    expect(SPEEDS[SPEEDS.length - 1]).toBe(100)
    for (let i = 1; i < SPEEDS.length; i++)
      expect((SPEEDS[i] as number) / (SPEEDS[i - 1] as number)).toBeLessThanOrEqual(2.5)
  })

  it('step up and down, and stop at the ends', () => {
    expect(nextSpeed(1, 1)).toBe(2)
    expect(nextSpeed(1, -1)).toBe(0.5)
    expect(nextSpeed(100, 1)).toBe(100)
    expect(nextSpeed(0.1, -1)).toBe(0.1)
    expect(SPEEDS[speedIndex(3)]).toBe(2)
  })
})
