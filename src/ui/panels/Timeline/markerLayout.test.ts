import { describe, expect, it } from 'vitest'
import { formatSeconds, placeMarkers } from './markerLayout'

describe('placeMarkers', () => {
  it('places markers by tick as a percentage of the computed run', () => {
    const m = placeMarkers(
      [
        { tick: 500, kind: 'election' },
        { tick: 1000, kind: 'loss' },
      ],
      1000,
    )
    expect(m.map((x) => [x.kind, x.x])).toEqual([
      ['election', 50],
      ['loss', 100],
    ])
  })

  it('draws markers of one kind that share a bucket once, with a count', () => {
    const many = Array.from({ length: 1000 }, (_, i) => ({ tick: i, kind: 'isr' as const }))
    const placed = placeMarkers(many, 1_000_000)
    expect(placed).toHaveLength(1)
    expect(placed[0]?.count).toBe(1000)
  })
})

describe('formatSeconds', () => {
  it('shows sim milliseconds as seconds with three decimals', () => {
    expect(formatSeconds(0)).toBe('0.000')
    expect(formatSeconds(12345)).toBe('12.345')
  })
})
