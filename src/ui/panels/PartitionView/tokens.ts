// In-flight messages of the partition in focus, as tokens on paths between rows. Positions come
// from simulated time only (progress = (tick - sendTick) / (recvTick - sendTick), clamped), so a
// paused or scrubbed page shows exactly where each message is.

import type { MessageView } from '../../../engine/view'
import type { MessageKey } from '../../i18n/catalog'
import { CELL_H, type Geometry, GUTTER, markerX, PRODUCE_LANE_H, progress } from './layout'

export type TokenKind = 'fetch' | 'data' | 'hw' | 'produce' | 'ack' | 'epochReq' | 'epochResp'

export interface Point {
  readonly x: number
  readonly y: number
}

export interface Token {
  readonly id: number
  readonly kind: TokenKind
  readonly path: readonly Point[]
  readonly at: Point
  readonly label: MessageKey
  readonly params: Readonly<Record<string, number>>
  /** Which side of its path the label sits on (-1 left, 1 right, 0 centred), so the tokens of
   * two followers at the same LEO do not cover each other. */
  readonly side: -1 | 0 | 1
}

export interface TokenInput {
  readonly partition: string
  /** Row index of each replica's broker (0 = leader). */
  readonly rowOf: ReadonlyMap<number, number>
  /** Each replica's LEO: a follower's fetch offset is its LEO, so its arrow sits there. */
  readonly leoOf: ReadonlyMap<number, number>
  readonly leader: number | null
  readonly tick: number
}

/** The point `p` (0–1) of the way along a polyline. */
export function along(points: readonly Point[], p: number): Point {
  const first = points[0] ?? { x: 0, y: 0 }
  let total = 0
  for (let i = 1; i < points.length; i++) total += dist(points[i - 1] as Point, points[i] as Point)
  if (total === 0) return first
  let left = Math.min(1, Math.max(0, p)) * total
  for (let i = 1; i < points.length; i++) {
    const a = points[i - 1] as Point
    const b = points[i] as Point
    const d = dist(a, b)
    if (left <= d) return { x: a.x + ((b.x - a.x) * left) / d, y: a.y + ((b.y - a.y) * left) / d }
    left -= d
  }
  return points[points.length - 1] as Point
}

const dist = (a: Point, b: Point) => Math.hypot(b.x - a.x, b.y - a.y)

/** Followers on odd rows label their tokens on the left of the path, the others on the right. */
const sideOf = (row: number): -1 | 1 => (row % 2 === 1 ? -1 : 1)

/** The vertical path between two rows at x (from the edge of one strip to the edge of the other). */
function between(g: Geometry, fromRow: number, toRow: number, x: number): Point[] {
  const up = fromRow > toRow
  return [
    { x, y: up ? g.rowY(fromRow) : g.rowY(fromRow) + CELL_H },
    { x, y: up ? g.rowY(toRow) + CELL_H : g.rowY(toRow) },
  ]
}

/** The producer's path: along the lane above the rows, then down into the leader's log end. */
function producePath(g: Geometry, row: number, x: number, dy = 0): Point[] {
  const laneY = g.produceY + PRODUCE_LANE_H / 2 + dy
  return [
    { x: GUTTER - 24, y: laneY },
    { x, y: laneY },
    { x, y: g.rowY(row) },
  ]
}

function routeOf(m: MessageView, g: Geometry, input: TokenInput): Omit<Token, 'id' | 'at'> | null {
  const { rowOf, leoOf } = input
  const mine = m.partitions.includes(input.partition)
  const fromRow = typeof m.from === 'number' ? rowOf.get(m.from) : undefined
  const toRow = typeof m.to === 'number' ? rowOf.get(m.to) : undefined
  // A follower's arrows run through the slot of its LEO: the offset it fetches next.
  const laneX = (broker: number) => {
    const leo = leoOf.get(broker) ?? 0
    const m = markerX(g, leo)
    return m.side === null && leo < g.from + g.size ? m.x + g.cellW / 2 : m.x
  }
  switch (m.kind) {
    case 'fetch':
    case 'offsetsForLeaderEpoch': {
      if (!mine || fromRow === undefined || toRow === undefined) return null
      const path = between(g, fromRow, toRow, laneX(m.from as number))
      const side = sideOf(fromRow)
      if (m.kind === 'offsetsForLeaderEpoch')
        return { kind: 'epochReq', path, label: 'pv.token.epochReq', params: {}, side }
      return {
        kind: 'fetch',
        path,
        label: 'pv.token.fetch',
        params: { offset: leoOf.get(m.from as number) ?? 0 },
        side,
      }
    }
    case 'fetchResponse':
    case 'offsetsForLeaderEpochResponse': {
      if (fromRow === undefined || toRow === undefined) return null
      // An empty fetch response lists no partition, yet carries the leader's HW to the follower.
      const empty =
        m.kind === 'fetchResponse' && m.partitions.length === 0 && m.from === input.leader
      if (!mine && !empty) return null
      const path = between(g, fromRow, toRow, laneX(m.to as number))
      const side = sideOf(toRow)
      if (m.kind === 'offsetsForLeaderEpochResponse')
        return { kind: 'epochResp', path, label: 'pv.token.epochResp', params: {}, side }
      if (empty || m.records === 0)
        return { kind: 'hw', path, label: 'pv.token.hw', params: {}, side }
      const shared = m.partitions.length > 1
      return {
        kind: 'data',
        path,
        label: shared ? 'pv.token.recordsShared' : 'pv.token.records',
        params: { n: m.records, parts: m.partitions.length },
        side,
      }
    }
    case 'produce':
    case 'produceResponse': {
      const row = m.kind === 'produce' ? toRow : fromRow
      const broker = m.kind === 'produce' ? m.to : m.from
      if (!mine || row === undefined || typeof broker !== 'number') return null
      const x = markerX(g, leoOf.get(broker) ?? 0).x
      // Acks travel back a little apart from the requests, so the two never hide each other.
      if (m.kind === 'produceResponse')
        return {
          kind: 'ack',
          path: producePath(g, row, x - 22, 10).reverse(),
          label: 'pv.token.ack',
          params: {},
          side: 0,
        }
      const path = producePath(g, row, x, -4)
      return {
        kind: 'produce',
        path,
        label: 'pv.token.records',
        params: { n: m.records },
        side: 0,
      }
    }
    default:
      return null
  }
}

/** Tokens for every in-flight message that concerns the partition, oldest first. */
export function placeTokens(
  messages: Readonly<Record<string, MessageView>>,
  g: Geometry,
  input: TokenInput,
): Token[] {
  const out: Token[] = []
  for (const m of Object.values(messages)) {
    const r = routeOf(m, g, input)
    if (r === null) continue
    out.push({ id: m.id, ...r, at: along(r.path, progress(input.tick, m.sendTick, m.recvTick)) })
  }
  return out.sort((a, b) => a.id - b.id)
}
