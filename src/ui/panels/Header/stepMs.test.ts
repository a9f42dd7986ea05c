import { describe, expect, it } from 'vitest'
import { parseStepMs, STEP_MS_MAX } from './stepMs'

describe('parseStepMs', () => {
  it('takes whole numbers from 1 to 60000', () => {
    expect(parseStepMs('100')).toBe(100)
    expect(parseStepMs(' 1 ')).toBe(1)
    expect(parseStepMs('60000')).toBe(STEP_MS_MAX)
    expect(parseStepMs('60,000')).toBe(60_000)
  })

  it('refuses anything else', () => {
    for (const bad of ['', '0', '-5', '60001', '1.5', 'abc', '1e3'])
      expect(parseStepMs(bad)).toBeNull()
  })
})
