import { describe, expect, it } from 'vitest'
import { shiftIntoView } from './useDisclosure'

describe('shiftIntoView', () => {
  it('leaves a panel that fits where it is', () => {
    expect(shiftIntoView(100, 400, 1366)).toBe(0)
    expect(shiftIntoView(8, 1358, 1366)).toBe(0)
  })
  it('moves a panel cut off on the left to the right, 8 px inside', () => {
    expect(shiftIntoView(-70, 230, 1366)).toBe(78)
  })
  it('moves a panel cut off on the right to the left, 8 px inside', () => {
    expect(shiftIntoView(1200, 1500, 1366)).toBe(-142)
  })
  it('keeps the left edge in view when the panel is wider than the window', () => {
    expect(shiftIntoView(100, 600, 400)).toBe(-92)
  })
})
