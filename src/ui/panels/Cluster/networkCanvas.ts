// Drawing the network layer on a canvas: the routes, the trails and a token per message, in that
// order. A canvas, not SVG elements: in a large cluster about a hundred tokens move on every frame,
// and as elements each one was rendered by React, restyled, laid out and recorded again on every
// frame (about 40% of a bench-stress frame). Drawn here, a frame is a few hundred canvas calls.
// The shapes are TokenShape's (the legend's), the colours network.css's custom properties.

import { arcSegment, type Density, tokenRadius } from './layout'
import { type Line, linesOf, type Token, type TokenKind } from './networkTokens'

/** The colours and font the layer draws with, read from the page's style (readPalette). */
export interface TokenPalette {
  readonly fill: Readonly<Record<TokenKind, string>>
  readonly edge: Readonly<Record<TokenKind, string>>
  readonly trail: Readonly<Record<TokenKind, string>>
  readonly route: string
  readonly count: string
  readonly font: string
}

/** The part of CanvasRenderingContext2D the layer uses (a test can record the calls). */
export type Pen = Pick<
  CanvasRenderingContext2D,
  | 'setTransform'
  | 'clearRect'
  | 'beginPath'
  | 'moveTo'
  | 'lineTo'
  | 'quadraticCurveTo'
  | 'arc'
  | 'closePath'
  | 'fill'
  | 'stroke'
  | 'fillText'
  | 'setLineDash'
  | 'globalAlpha'
  | 'strokeStyle'
  | 'fillStyle'
  | 'lineWidth'
  | 'lineCap'
  | 'lineJoin'
  | 'font'
  | 'textAlign'
  | 'textBaseline'
>

/** Reads the layer's colours from the custom properties in scope at `el` (both themes). */
export function readPalette(style: { getPropertyValue(name: string): string }): TokenPalette {
  const v = (name: string) => style.getPropertyValue(name).trim()
  return {
    fill: {
      produce: v('--tok-produce'),
      replicate: v('--tok-replicate'),
      ack: v('--tok-ack'),
      poll: v('--surface'),
    },
    edge: {
      produce: v('--tok-produce-edge'),
      replicate: v('--tok-replicate-edge'),
      ack: v('--tok-ack-edge'),
      poll: v('--tok-poll'),
    },
    trail: {
      produce: v('--tok-produce'),
      replicate: v('--tok-replicate'),
      ack: v('--tok-ack'),
      poll: v('--tok-poll'),
    },
    route: v('--tok-route'),
    count: '#0b0f14',
    font: `700 11px ${v('--font-sans') || 'sans-serif'}`,
  }
}

/** A rectangle of the layer, in CSS px. */
export interface Rect {
  x0: number
  y0: number
  x1: number
  y1: number
}

/** Grows `r` to take in the box around (x, y) reaching `pad` px each way; returns it. */
function take(r: Rect | null, x: number, y: number, pad: number): Rect {
  if (r === null) return { x0: x - pad, y0: y - pad, x1: x + pad, y1: y + pad }
  if (x - pad < r.x0) r.x0 = x - pad
  if (y - pad < r.y0) r.y0 = y - pad
  if (x + pad > r.x1) r.x1 = x + pad
  if (y + pad > r.y1) r.y1 = y + pad
  return r
}

/** Trails are drawn at this opacity (times their fade), under the tokens. */
export const TRAIL_OPACITY = 0.4

/** Adds the line to the path; returns `r` grown by its box (a quadratic arc lies in its points' hull). */
function traceLine(pen: Pen, line: Line, r: Rect | null, pad: number): Rect {
  const { a, b, c } = line.arc
  const seg = arcSegment(a, c, b, line.t)
  pen.moveTo(a.x, a.y)
  pen.quadraticCurveTo(seg.c.x, seg.c.y, seg.end.x, seg.end.y)
  return take(take(take(r, a.x, a.y, pad), seg.c.x, seg.c.y, pad), seg.end.x, seg.end.y, pad)
}

/** Adds a token's shape, centred on its place, to the path: the shapes of TokenShape. */
function traceToken(pen: Pen, tk: Token): void {
  const { x, y } = tk.at
  if (tk.kind === 'replicate') {
    // a square standing on its corner, its side 1.6 r
    const d = 0.8 * Math.SQRT2 * tokenRadius(tk.records)
    pen.moveTo(x, y - d)
    pen.lineTo(x + d, y)
    pen.lineTo(x, y + d)
    pen.lineTo(x - d, y)
    pen.closePath()
  } else {
    const r = tk.kind === 'ack' ? 7 : tk.kind === 'poll' ? 4.5 : tokenRadius(tk.records)
    pen.moveTo(x + r, y)
    pen.arc(x, y, r, 0, 2 * Math.PI)
  }
}

/** Adds an ack's tick to the path. */
function traceTick(pen: Pen, tk: Token): void {
  const { x, y } = tk.at
  pen.moveTo(x - 3.5, y)
  pen.lineTo(x - 1, y + 2.8)
  pen.lineTo(x + 3.5, y - 2.8)
}

/**
 * Paints items of one look: those at full opacity (in flight) as one path, painted once; each
 * fading one on its own, at `alpha` times its fade. A canvas call costs far more than a point.
 */
function inBatches<T extends { readonly fade: number }>(
  pen: Pen,
  items: readonly T[],
  alpha: number,
  trace: (item: T) => void,
  paint: () => void,
): void {
  pen.globalAlpha = alpha
  pen.beginPath()
  let whole = 0
  for (const it of items)
    if (it.fade >= 1) {
      trace(it)
      whole++
    }
  if (whole > 0) paint()
  if (whole === items.length) return
  for (const it of items)
    if (it.fade < 1) {
      pen.globalAlpha = alpha * it.fade
      pen.beginPath()
      trace(it)
      paint()
    }
}

/** Tokens are drawn kind by kind, in this order (the last on top). */
const KINDS: readonly TokenKind[] = ['poll', 'replicate', 'produce', 'ack']

function byKind<T extends { readonly kind: TokenKind }>(items: readonly T[]): Map<TokenKind, T[]> {
  const out = new Map<TokenKind, T[]>(KINDS.map((k) => [k, []]))
  for (const it of items) out.get(it.kind)?.push(it)
  return out
}

/** How far a token's drawing reaches from its centre: the largest radius and half its edge. */
const TOKEN_REACH = 13 * Math.SQRT2 * 0.8 + 3

/**
 * Draws the layer and returns the box it drew in (null when it drew nothing). Only `previous`,
 * the box the last drawing returned, is cleared first: what the browser then paints again is the
 * two boxes, not the whole layer. `previous` undefined clears all of `size` (CSS px, drawn at
 * `scale` device px each). The routes are dashed, or thin and solid in a compact cluster (where a
 * route runs to almost every broker, and dashes cost far more to draw in software); then
 * the trails; the tokens on top, kind by kind, with their counts.
 */
export function drawNetwork(
  pen: Pen,
  tokens: readonly Token[],
  palette: TokenPalette,
  density: Density,
  size: { width: number; height: number; scale: number },
  previous?: Rect | null,
): Rect | null {
  pen.setTransform(size.scale, 0, 0, size.scale, 0, 0)
  if (previous === undefined) pen.clearRect(0, 0, size.width, size.height)
  else if (previous !== null) {
    // whole device pixels, so that no antialiased edge is left behind
    const x0 = Math.floor(previous.x0)
    const y0 = Math.floor(previous.y0)
    pen.clearRect(x0, y0, Math.ceil(previous.x1) - x0, Math.ceil(previous.y1) - y0)
  }
  if (tokens.length === 0) return null
  const { routes, trails } = linesOf(tokens)
  let drawn: Rect | null = null
  pen.lineCap = 'butt'
  pen.lineJoin = 'round'
  pen.strokeStyle = palette.route
  pen.lineWidth = density === 'compact' ? 1 : 2
  pen.setLineDash(density === 'compact' ? [] : [3, 6])
  const stroke = () => pen.stroke()
  inBatches(pen, routes, 1, (l) => (drawn = traceLine(pen, l, drawn, 2)), stroke)
  pen.setLineDash([])
  pen.lineCap = 'round'
  for (const [kind, lines] of byKind(trails)) {
    if (lines.length === 0) continue
    pen.strokeStyle = palette.trail[kind]
    pen.lineWidth = kind === 'poll' ? 2 : 3
    inBatches(pen, lines, TRAIL_OPACITY, (l) => (drawn = traceLine(pen, l, drawn, 3)), stroke)
  }
  const kinds = byKind(tokens)
  for (const [kind, tks] of kinds) {
    if (tks.length === 0) continue
    pen.fillStyle = palette.fill[kind]
    pen.strokeStyle = palette.edge[kind]
    pen.lineWidth = kind === 'poll' ? 2 : 2.5
    inBatches(
      pen,
      tks,
      1,
      (tk) => traceToken(pen, tk),
      () => {
        pen.fill()
        pen.stroke()
      },
    )
    for (const tk of tks) drawn = take(drawn, tk.at.x, tk.at.y, TOKEN_REACH)
  }
  const acks = kinds.get('ack') ?? []
  if (acks.length > 0) {
    pen.strokeStyle = palette.edge.ack
    pen.lineWidth = 2.4
    inBatches(pen, acks, 1, (tk) => traceTick(pen, tk), stroke)
  }
  pen.font = palette.font
  pen.textAlign = 'center'
  pen.textBaseline = 'middle'
  pen.fillStyle = palette.count
  for (const tk of tokens) {
    if (tk.records <= 1 || tk.kind === 'ack' || tk.kind === 'poll') continue
    pen.globalAlpha = tk.fade
    pen.fillText(tk.records > 999 ? '999+' : String(tk.records), tk.at.x, tk.at.y)
  }
  pen.globalAlpha = 1
  return drawn
}
