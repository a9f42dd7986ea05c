import { describe, expect, it } from 'vitest'
import type { MessageView } from '../../../engine/view'
import { CELL_H, GUTTER, geometry } from './layout'
import { along, placeTokens } from './tokens'

const g = geometry({ from: 0, size: 20, cellW: 30, rows: 3, showSegments: false })
const input = {
  partition: 'orders-0',
  rowOf: new Map([
    [1, 0],
    [2, 1],
    [3, 2],
  ]),
  leoOf: new Map([
    [1, 6],
    [2, 4],
    [3, 4],
  ]),
  leader: 1,
  tick: 105,
}

const msg = (over: Partial<MessageView>): MessageView => ({
  id: 1,
  kind: 'fetch',
  from: 2,
  to: 1,
  sendTick: 100,
  recvTick: 110,
  partitions: ['orders-0'],
  records: 0,
  ...over,
})

describe('along', () => {
  it('walks a polyline by length', () => {
    const pts = [
      { x: 0, y: 0 },
      { x: 10, y: 0 },
      { x: 10, y: 10 },
    ]
    expect(along(pts, 0)).toEqual({ x: 0, y: 0 })
    expect(along(pts, 0.75)).toEqual({ x: 10, y: 5 })
    expect(along(pts, 2)).toEqual({ x: 10, y: 10 })
  })
})

describe('placeTokens', () => {
  it('puts a fetch on the follower’s LEO, halfway up at half time, labelled with its offset', () => {
    const [t] = placeTokens({ 1: msg({}) }, g, input)
    expect(t?.kind).toBe('fetch')
    expect(t?.params).toEqual({ offset: 4 })
    expect(t?.at.x).toBe(g.x(4) + g.cellW / 2)
    expect(t?.at.y).toBe((g.rowY(1) + g.rowY(0) + CELL_H) / 2)
  })

  it('labels data coming back with its record count, and an empty response as the HW', () => {
    const data = msg({ id: 2, kind: 'fetchResponse', from: 1, to: 3, records: 3 })
    const empty = msg({ id: 3, kind: 'fetchResponse', from: 1, to: 2, partitions: [] })
    const tokens = placeTokens({ 2: data, 3: empty }, g, { ...input, tick: 200 })
    expect(tokens.map((t) => [t.kind, t.label, t.params.n])).toEqual([
      ['data', 'pv.token.records', 3],
      ['hw', 'pv.token.hw', undefined],
    ])
    // arrived: at the follower's strip
    expect(tokens[0]?.at.y).toBe(g.rowY(2))
    // two followers' tokens sit on opposite sides of their paths
    expect(tokens.map((t) => t.side)).toEqual([1, -1])
  })

  it('brings produce requests in from the left, to the leader, and ignores other partitions', () => {
    const produce = msg({ id: 4, kind: 'produce', from: 'producer:p1', to: 1, records: 2 })
    const other = msg({ id: 5, partitions: ['orders-1'] })
    const tokens = placeTokens({ 4: produce, 5: other }, g, { ...input, tick: 100 })
    expect(tokens).toHaveLength(1)
    expect(tokens[0]?.kind).toBe('produce')
    expect(tokens[0]?.at.x).toBe(GUTTER - 24)
  })
})
