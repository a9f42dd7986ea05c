import { describe, expect, it } from 'vitest'
import {
  axisTicks,
  EPOCH_PALETTE,
  epochColor,
  firstFrom,
  GUTTER,
  geometry,
  MAX_CELL,
  MAX_WINDOW,
  MIN_CELL,
  markerX,
  progress,
  RIGHT_PAD,
  rowOrder,
  scrollWindow,
  segmentLabel,
  shortKey,
  windowSize,
} from './layout'

describe('windowSize', () => {
  it('fits as many 28–40 px cells as the panel allows', () => {
    for (const width of [400, 800, 1216, 1900, 4000]) {
      const { size, cellWidth } = windowSize(width)
      expect(cellWidth).toBeGreaterThanOrEqual(MIN_CELL)
      expect(cellWidth).toBeLessThanOrEqual(MAX_CELL)
      expect(GUTTER + size * cellWidth + RIGHT_PAD).toBeLessThanOrEqual(width)
    }
    expect(windowSize(1216).size).toBe(26)
  })

  it('never asks for more than the engine sends, nor for nothing', () => {
    expect(windowSize(100_000).size).toBe(MAX_WINDOW)
    expect(windowSize(0).size).toBeGreaterThan(0)
  })
})

describe('geometry', () => {
  const g = geometry({ from: 10, size: 20, cellW: 30, rows: 3, showSegments: false })

  it('maps an offset to the boundary before its cell', () => {
    expect(g.x(10)).toBe(GUTTER)
    expect(g.x(11)).toBe(GUTTER + 30)
    expect(g.x(30)).toBe(g.stripEnd)
    expect(g.width).toBe(GUTTER + 600 + RIGHT_PAD)
  })

  it('stacks rows, taller when segments are shown', () => {
    expect(g.rowY(1) - g.rowY(0)).toBe(g.rowPitch)
    const seg = geometry({ from: 10, size: 20, cellW: 30, rows: 3, showSegments: true })
    expect(seg.rowPitch).toBeGreaterThan(g.rowPitch)
    expect(seg.height).toBeGreaterThan(g.height)
  })

  it('pins markers outside the window to the edge they are beyond', () => {
    expect(markerX(g, 5)).toEqual({ x: GUTTER, side: 'left' })
    expect(markerX(g, 30)).toEqual({ x: g.stripEnd, side: null })
    expect(markerX(g, 31)).toEqual({ x: g.stripEnd, side: 'right' })
    expect(markerX(g, 12)).toEqual({ x: GUTTER + 60, side: null })
  })
})

describe('progress', () => {
  it('is the fraction of the trip done, clamped to [0, 1]', () => {
    expect(progress(100, 100, 110)).toBe(0)
    expect(progress(105, 100, 110)).toBe(0.5)
    expect(progress(110, 100, 110)).toBe(1)
    expect(progress(90, 100, 110)).toBe(0)
    expect(progress(500, 100, 110)).toBe(1)
  })

  it('handles a message that arrives in the tick it is sent', () => {
    expect(progress(100, 100, 100)).toBe(1)
    expect(progress(99, 100, 100)).toBe(0)
  })
})

describe('scrollWindow', () => {
  it('moves half a window and stops at offset 0', () => {
    expect(scrollWindow(40, 20, -1, 100)).toBe(30)
    expect(scrollWindow(5, 20, -1, 100)).toBe(0)
    expect(scrollWindow(30, 20, 1, 100)).toBe(40)
  })

  it('stops a little before the log start when retention deleted the beginning', () => {
    expect(firstFrom(20, 0)).toBe(0)
    expect(firstFrom(20, 100)).toBe(95)
    expect(scrollWindow(100, 20, -1, 300, 100)).toBe(95)
  })

  it('follows the end again when ▶ reaches it', () => {
    expect(scrollWindow(70, 20, 1, 100)).toBe(80)
    expect(scrollWindow(75, 20, 1, 100)).toBeNull()
    expect(scrollWindow(0, 20, 1, 5)).toBeNull()
  })
})

describe('axisTicks', () => {
  it('labels every offset when cells are wide enough, else a round stride', () => {
    expect(axisTicks(0, 5, 36)).toEqual([0, 1, 2, 3, 4])
    expect(axisTicks(995, 10, 28)).toEqual([996, 998, 1000, 1002, 1004])
  })
})

describe('rowOrder', () => {
  it('puts the leader first, then the assignment order', () => {
    expect(rowOrder([1, 2, 3], 2)).toEqual([2, 1, 3])
    expect(rowOrder([3, 1, 2], 3)).toEqual([3, 1, 2])
    expect(rowOrder([1, 2, 3], null)).toEqual([1, 2, 3])
  })
})

describe('epochColor', () => {
  it('gives each epoch a fixed colour from the palette, whatever order epochs appear in', () => {
    expect(epochColor(3).fill).toBe(EPOCH_PALETTE[3])
    expect(epochColor(0).fill).not.toBe(epochColor(1).fill)
    expect(epochColor(8).fill).toBe(epochColor(0).fill)
    expect(epochColor(4).text).toBe('#fff')
    expect(epochColor(0).text).toBe('#000')
  })
})

describe('labels', () => {
  it('shortens keys to fit a cell', () => {
    expect(shortKey('k42')).toBe('k42')
    expect(shortKey('customer-7')).toBe('cus…')
    expect(shortKey(null)).toBe('∅')
  })

  it('keeps a segment name whole when it fits, else its significant digits', () => {
    const name = '00000000000000000012.log'
    expect(segmentLabel(name, 400)).toBe(name)
    expect(segmentLabel(name, 100)).toBe('…000012.log')
    expect(segmentLabel(name, 10)).toBe('…12.log')
  })
})
