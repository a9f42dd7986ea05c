import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { arcControl, arcPath, arcPoint } from './layout'
import { drawNetwork, type Pen, type Rect, readPalette } from './networkCanvas'
import type { Arc, Token, TokenKind } from './networkTokens'

/** A pen that records every call and every property set, in order. */
function recorder() {
  const calls: [string, ...unknown[]][] = []
  const pen = new Proxy({} as Record<string, unknown>, {
    get:
      (_t, name: string) =>
      (...args: unknown[]) =>
        calls.push([name, ...args]),
    set: (_t, name: string, value) => {
      calls.push([`=${name}`, value])
      return true
    },
  })
  return { pen: pen as unknown as Pen, calls }
}

const palette = readPalette({ getPropertyValue: (name) => `c(${name})` })
const size = { width: 800, height: 600, scale: 2 }

function token(
  id: number,
  kind: TokenKind,
  from: [number, number],
  to: [number, number],
  t: number,
  fade = 1,
): Token {
  const a = { x: from[0], y: from[1] }
  const b = { x: to[0], y: to[1] }
  const c = arcControl(a, b)
  const arc: Arc = { from: 'x', to: 'y', a, b, c, route: arcPath(a, c, b) }
  return { id, kind, records: 3, at: arcPoint(a, c, b, t), arc, t, fade }
}

/** Every point a path of the recording passes through or bends towards. */
function pathPoints(calls: [string, ...unknown[]][]): [number, number][] {
  const out: [number, number][] = []
  for (const [name, ...a] of calls) {
    const n = a as number[]
    if (name === 'moveTo' || name === 'lineTo') out.push([n[0] as number, n[1] as number])
    else if (name === 'quadraticCurveTo')
      out.push([n[0] as number, n[1] as number], [n[2] as number, n[3] as number])
    else if (name === 'arc') {
      const [x, y, r] = n as [number, number, number]
      out.push([x - r, y - r], [x + r, y + r])
    }
  }
  return out
}

describe('drawNetwork', () => {
  it('draws routes, then trails, then tokens, in the palette’s colours and the token’s fade', () => {
    const { pen, calls } = recorder()
    drawNetwork(pen, [token(1, 'produce', [10, 10], [300, 200], 0.5, 0.5)], palette, 'full', size)
    expect(calls[0]).toEqual(['setTransform', 2, 0, 0, 2, 0, 0])
    expect(calls[1]).toEqual(['clearRect', 0, 0, 800, 600])
    // route dashed, trail solid and see-through, the token last
    expect(calls).toContainEqual(['setLineDash', [3, 6]])
    // the opacity each paint is made with: route, trail (0.4 of it), the token's fill and edge,
    // its count, all at the token's fade
    let alpha = 1
    const paints: [string, unknown][] = []
    for (const [name, value] of calls) {
      if (name === '=globalAlpha') alpha = value as number
      if (name === 'stroke' || name === 'fill' || name === 'fillText') paints.push([name, alpha])
    }
    expect(paints).toEqual([
      ['stroke', 0.5],
      ['stroke', 0.4 * 0.5],
      ['fill', 0.5],
      ['stroke', 0.5],
      ['fillText', 0.5],
    ])
    expect(calls).toContainEqual(['=fillStyle', 'c(--tok-produce)'])
    expect(calls).toContainEqual(['=strokeStyle', 'c(--tok-produce-edge)'])
    expect(calls).toContainEqual(['fillText', '3', expect.any(Number), expect.any(Number)])
  })

  it('draws a compact cluster’s routes thin and solid', () => {
    const { pen, calls } = recorder()
    drawNetwork(pen, [token(1, 'replicate', [10, 10], [300, 200], 0.5)], palette, 'compact', size)
    expect(calls).toContainEqual(['setLineDash', []])
    expect(calls).not.toContainEqual(['setLineDash', [3, 6]])
    expect(calls).toContainEqual(['=lineWidth', 1])
  })

  it('returns a box holding everything it drew, and clears only that box the next time', () => {
    const pt = fc.tuple(fc.integer({ min: 0, max: 800 }), fc.integer({ min: 0, max: 600 }))
    const tk = fc.record({
      kind: fc.constantFrom<TokenKind>('produce', 'replicate', 'ack', 'poll'),
      from: pt,
      to: pt,
      t: fc.double({ min: 0, max: 1, noNaN: true }),
      fade: fc.double({ min: 0.05, max: 1, noNaN: true }),
    })
    fc.assert(
      fc.property(fc.array(tk, { maxLength: 12 }), (specs) => {
        const tokens = specs.map((s, i) => token(i, s.kind, s.from, s.to, s.t, s.fade))
        const { pen, calls } = recorder()
        const box = drawNetwork(pen, tokens, palette, 'full', size, null) as Rect | null
        if (tokens.length === 0) {
          expect(box).toBeNull()
          return
        }
        expect(box).not.toBeNull()
        const b = box as Rect
        // the stroke (≤ 3 px wide) and the token edges reach 2 px beyond their paths
        for (const [x, y] of pathPoints(calls)) {
          expect(x - 2).toBeGreaterThanOrEqual(b.x0)
          expect(x + 2).toBeLessThanOrEqual(b.x1)
          expect(y - 2).toBeGreaterThanOrEqual(b.y0)
          expect(y + 2).toBeLessThanOrEqual(b.y1)
        }
        const next = recorder()
        drawNetwork(next.pen, [], palette, 'full', size, b)
        const clear = next.calls.find((c) => c[0] === 'clearRect') as number[] | undefined
        expect(clear).toBeDefined()
        const [, x, y, w, h] = clear as [string, number, number, number, number]
        expect(x).toBeLessThanOrEqual(b.x0)
        expect(y).toBeLessThanOrEqual(b.y0)
        expect(x + w).toBeGreaterThanOrEqual(b.x1)
        expect(y + h).toBeGreaterThanOrEqual(b.y1)
      }),
    )
  })

  it('paints the tokens in flight of one kind as one path, in one fill and one stroke', () => {
    const { pen, calls } = recorder()
    const flying = [1, 2, 3, 4, 5].map((i) => token(i, 'replicate', [10 * i, 10], [300, 200], 0.5))
    const fading = token(6, 'replicate', [10, 300], [300, 200], 1, 0.3)
    drawNetwork(pen, [...flying, fading], palette, 'full', size)
    const fills = calls.filter((c) => c[0] === 'fill')
    expect(fills).toHaveLength(2) // the five in flight, then the one fading
    const corners = calls.filter((c) => c[0] === 'closePath')
    expect(corners).toHaveLength(6)
  })

  it('clears nothing when the last drawing drew nothing', () => {
    const { pen, calls } = recorder()
    expect(drawNetwork(pen, [], palette, 'full', size, null)).toBeNull()
    expect(calls.map((c) => c[0])).toEqual(['setTransform'])
  })
})
