import { describe, expect, it } from 'vitest'
import { refreshDelay } from './offscreenRefresh'

describe('refreshDelay (how long an off-screen panel waits before its next refresh)', () => {
  it('is 2 s for a cheap refresh', () => {
    expect(refreshDelay(0)).toBe(2000)
    expect(refreshDelay(9)).toBe(2000)
  })

  it('grows with what the last refresh cost: 200 times it', () => {
    expect(refreshDelay(15)).toBe(3000)
    expect(refreshDelay(30)).toBe(6000)
  })

  it('never waits more than 10 s', () => {
    expect(refreshDelay(80)).toBe(10_000)
    expect(refreshDelay(Number.POSITIVE_INFINITY)).toBe(10_000)
  })
})
