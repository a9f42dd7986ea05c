// The Partition panel's geometry, as pure maths (d3 scales only; React draws every element).
// Offsets run left to right; a marker at offset n (LEO, HW, a segment's base offset) sits on the
// boundary before cell n, so "HW 3" is the line right after cells 0, 1 and 2.

import { scaleLinear, scaleOrdinal } from 'd3'

/** The label column at the left of every row ("★ Broker 1"). */
export const GUTTER = 184
/** Room right of the window for the "LEO n" label of a log that ends at the window's end. */
export const RIGHT_PAD = 92
export const MIN_CELL = 28
export const MAX_CELL = 40
const TARGET_CELL = 36
const MIN_WINDOW = 4
/** The engine sends at most this many offsets (src/engine/view.ts buildFocus). */
export const MAX_WINDOW = 200

export const CELL_H = 46
/** Under each strip: follower HW label, truncated (struck-out) cells, "lost" labels. */
export const BAND_H = 32
/** Extra band for segment file names when segments are shown. */
export const SEGMENT_BAND_H = 24
export const ROW_GAP = 14
/** Above the rows: the HW label, the offset axis and the producer's lane. */
export const HW_LABEL_H = 26
export const AXIS_H = 22
export const PRODUCE_LANE_H = 40

const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v))

/** How many offsets to ask the engine for, and how wide each cell is, for a panel this wide. */
export function windowSize(panelWidth: number): { size: number; cellWidth: number } {
  const avail = Math.max(0, panelWidth - GUTTER - RIGHT_PAD)
  const size = clamp(Math.floor(avail / TARGET_CELL), MIN_WINDOW, MAX_WINDOW)
  const cellWidth = Math.floor(clamp(avail / size, MIN_CELL, MAX_CELL))
  return { size, cellWidth }
}

export interface Geometry {
  readonly from: number
  readonly size: number
  readonly cellW: number
  readonly stripX: number
  readonly stripEnd: number
  readonly width: number
  readonly height: number
  readonly hwLabelY: number
  readonly axisY: number
  readonly produceY: number
  readonly rowsTop: number
  readonly rowPitch: number
  readonly bandH: number
  /** Top of row i (0 = the leader). */
  rowY(i: number): number
  /** x of the boundary before `offset` (unclamped). */
  x(offset: number): number
}

export function geometry(opts: {
  from: number
  size: number
  cellW: number
  rows: number
  showSegments: boolean
}): Geometry {
  const { from, size, cellW, rows } = opts
  const stripEnd = GUTTER + size * cellW
  const scale = scaleLinear()
    .domain([from, from + size])
    .range([GUTTER, stripEnd])
  const bandH = BAND_H + (opts.showSegments ? SEGMENT_BAND_H : 0)
  const rowPitch = CELL_H + bandH + ROW_GAP
  const rowsTop = HW_LABEL_H + AXIS_H + PRODUCE_LANE_H
  return {
    from,
    size,
    cellW,
    stripX: GUTTER,
    stripEnd,
    width: stripEnd + RIGHT_PAD,
    height: rowsTop + Math.max(1, rows) * rowPitch,
    hwLabelY: 0,
    axisY: HW_LABEL_H,
    produceY: HW_LABEL_H + AXIS_H,
    rowsTop,
    rowPitch,
    bandH,
    rowY: (i) => rowsTop + i * rowPitch,
    x: (offset) => scale(offset),
  }
}

export type Side = 'left' | 'right' | null

/** Where a marker at `offset` goes: on its boundary, or pinned to the edge it is beyond. */
export function markerX(g: Geometry, offset: number): { x: number; side: Side } {
  if (offset < g.from) return { x: g.stripX, side: 'left' }
  if (offset > g.from + g.size) return { x: g.stripEnd, side: 'right' }
  return { x: g.x(offset), side: null }
}

/** How far along its trip a message is at `tick`, from 0 (sent) to 1 (arrived), clamped. */
export function progress(tick: number, sendTick: number, recvTick: number): number {
  if (recvTick <= sendTick) return tick >= recvTick ? 1 : 0
  return clamp((tick - sendTick) / (recvTick - sendTick), 0, 1)
}

/** The first window start worth showing: a few deleted slots before the log start, or 0. */
export function firstFrom(size: number, logStart: number): number {
  return Math.max(0, logStart - Math.floor(size / 4))
}

/**
 * The next window start after pressing ◀ (dir -1) or ▶ (dir 1): half a window at a time, never
 * before firstFrom. Null means "follow the end" (reaching the end by ▶ goes back to following).
 */
export function scrollWindow(
  from: number,
  size: number,
  dir: -1 | 1,
  logEnd: number,
  logStart = 0,
): number | null {
  const step = Math.max(1, Math.floor(size / 2))
  const followFrom = Math.max(0, logEnd - size + 1)
  const next = Math.max(firstFrom(size, logStart), from + dir * step)
  if (dir === 1 && next >= followFrom) return null
  return Math.min(next, followFrom)
}

/** Offsets to label on the axis: every cell when there is room, else every 2, 5, 10, … */
export function axisTicks(from: number, size: number, cellW: number, charPx = 9): number[] {
  const digits = String(from + size).length
  const need = digits * charPx + 6
  const stride = [1, 2, 5, 10, 20, 50, 100].find((s) => s * cellW >= need) ?? 100
  const out: number[] = []
  for (let o = Math.ceil(from / stride) * stride; o < from + size; o += stride) out.push(o)
  return out
}

/** Rows: the leader first, then the other replicas in assignment order. */
export function rowOrder(replicas: readonly number[], leader: number | null): number[] {
  if (leader === null || !replicas.includes(leader)) return [...replicas]
  return [leader, ...replicas.filter((b) => b !== leader)]
}

/** Okabe–Ito: distinguishable with the common colour-vision deficiencies. */
export const EPOCH_PALETTE: readonly string[] = [
  '#E69F00',
  '#56B4E9',
  '#009E73',
  '#F0E442',
  '#0072B2',
  '#D55E00',
  '#CC79A7',
  '#BBBBBB',
]
/** Text on each palette colour (black unless white has more contrast). */
const EPOCH_TEXT: readonly string[] = EPOCH_PALETTE.map((c) => (c === '#0072B2' ? '#fff' : '#000'))

const PALETTE_INDEX = EPOCH_PALETTE.map((_, i) => i)
const fillScale = scaleOrdinal<number, string>().domain(PALETTE_INDEX).range(EPOCH_PALETTE)
const textScale = scaleOrdinal<number, string>().domain(PALETTE_INDEX).range(EPOCH_TEXT)

/** A leader epoch's colour: fixed per epoch (not per first appearance), cycling after 8. */
export function epochColor(epoch: number): { fill: string; text: string } {
  const n = EPOCH_PALETTE.length
  const i = ((epoch % n) + n) % n
  return { fill: fillScale(i), text: textScale(i) }
}

/** A key as it fits in a cell: at most `chars` characters, the rest elided. */
export function shortKey(key: string | null, chars = 4): string {
  if (key === null) return '∅'
  return key.length <= chars ? key : `${key.slice(0, chars - 1)}…`
}

/** A segment's file name as it fits in `px`: whole, or its significant end ("…0012.log"). */
export function segmentLabel(fileName: string, px: number, charPx = 8.5): string {
  const fits = Math.floor(px / charPx)
  if (fits >= fileName.length) return fileName
  const dot = fileName.indexOf('.')
  const digits = dot < 0 ? fileName : fileName.slice(0, dot)
  const ext = dot < 0 ? '' : fileName.slice(dot)
  const significant = digits.replace(/^0+(?=\d)/, '')
  const keep = Math.max(significant.length, fits - ext.length - 1)
  if (keep >= digits.length) return fileName
  return `…${digits.slice(digits.length - keep)}${ext}`
}
