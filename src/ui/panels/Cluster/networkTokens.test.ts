import { describe, expect, it } from 'vitest'
import type { MessageView } from '../../../engine/view'
import type { Anchors } from './layout'
import {
  AFTERGLOW_MS,
  type Arc,
  fadeAt,
  linesOf,
  MAX_TOKENS,
  RecentMessages,
  type Token,
  type TokenKind,
  tokensAt,
} from './networkTokens'

const anchors: Anchors = {
  width: 1000,
  height: 400,
  points: { 'broker-1': { x: 200, y: 200 }, 'broker-2': { x: 600, y: 200 } },
  spans: { producer: { x0: 0, x1: 1000, y: 20 } },
}

let nextId = 1
function msg(over: Partial<MessageView>): MessageView {
  return {
    id: nextId++,
    kind: 'fetch',
    from: 2,
    to: 1,
    sendTick: 100,
    recvTick: 110,
    partitions: ['orders-0'],
    records: 0,
    ...over,
  }
}

const record = (...ms: MessageView[]) => Object.fromEntries(ms.map((m) => [String(m.id), m]))

describe('tokensAt', () => {
  it('drops a produce request from the producer lane, straight above its leader, by sim time', () => {
    const m = msg({ kind: 'produce', from: 'producer:producer-1', to: 1, records: 5 })
    const [t] = tokensAt(record(m), 105, anchors, false)
    expect(t?.kind).toBe('produce')
    expect(t?.records).toBe(5)
    expect(t?.arc.from).toBe('producer')
    expect(t?.arc.to).toBe('broker-1')
    expect(t?.at.y).toBeCloseTo(110) // halfway down (the arc only bends sideways)
    expect(tokensAt(record(m), 100, anchors, false)[0]?.at).toEqual({ x: 200, y: 20 })
    expect(tokensAt(record(m), 150, anchors, false)[0]?.at).toEqual({ x: 200, y: 200 })
    expect(tokensAt(record(m), 999, anchors, false)).toEqual([])
  })

  it('sends the ack back up to the lane above the broker', () => {
    const ack = msg({ kind: 'produceResponse', from: 2, to: 'producer:producer-1' })
    expect(tokensAt(record(ack), 110, anchors, false)[0]?.at).toEqual({ x: 600, y: 20 })
  })

  it('shows fetch responses with records; empty fetches only when asked', () => {
    const data = msg({ kind: 'fetchResponse', from: 1, to: 2, records: 3 })
    const empty = msg({ kind: 'fetchResponse', from: 1, to: 2, records: 0 })
    const req = msg({ kind: 'fetch', from: 2, to: 1 })
    const ack = msg({ kind: 'produceResponse', from: 1, to: 'producer:producer-1' })
    const ctl = msg({ kind: 'alterPartition', from: 1, to: 2 })
    const all = record(data, empty, req, ack, ctl)
    expect(tokensAt(all, 105, anchors, false).map((t) => t.kind)).toEqual(['replicate', 'ack'])
    expect(tokensAt(all, 105, anchors, true).map((t) => t.kind)).toEqual([
      'replicate',
      'poll',
      'poll',
      'ack',
    ])
  })

  it('skips endpoints without an anchor and messages to self', () => {
    const consumer = msg({ kind: 'produce', from: 'consumer:g/c', to: 1, records: 1 })
    const unknown = msg({ kind: 'produce', from: 'producer:p', to: 9, records: 1 })
    const self = msg({ kind: 'fetchResponse', from: 1, to: 1, records: 1 })
    expect(tokensAt(record(consumer, unknown, self), 105, anchors, true)).toEqual([])
    expect(tokensAt(undefined, 105, anchors, true)).toEqual([])
  })

  it('caps the number of tokens', () => {
    const many = Array.from({ length: MAX_TOKENS + 50 }, () =>
      msg({ kind: 'fetchResponse', from: 1, to: 2, records: 1 }),
    )
    expect(tokensAt(record(...many), 105, anchors, false)).toHaveLength(MAX_TOKENS)
  })
})

describe('afterglow of delivered messages', () => {
  it('fades from 1 at arrival to 0 after AFTERGLOW_MS of simulated time', () => {
    expect(fadeAt(99, 100, 110)).toBeNull()
    expect(fadeAt(105, 100, 110)).toBe(1)
    expect(fadeAt(110, 100, 110)).toBe(1)
    expect(fadeAt(110 + AFTERGLOW_MS / 2, 100, 110)).toBe(0.5)
    expect(fadeAt(110 + AFTERGLOW_MS, 100, 110)).toBeNull()
  })

  it('remembers messages that left the view until they have faded, and forgets on a full frame', () => {
    const recent = new RecentMessages()
    const m = msg({
      kind: 'fetchResponse',
      from: 1,
      to: 2,
      records: 2,
      sendTick: 100,
      recvTick: 108,
    })
    expect(recent.update(record(m), 104, false)).toEqual([])
    expect(recent.update({}, 110, false)).toEqual([m])
    const [t] = tokensAt({}, 108 + AFTERGLOW_MS / 4, anchors, false, [m])
    expect(t?.fade).toBe(0.75)
    expect(t?.at).toEqual({ x: 600, y: 200 })
    expect(recent.update({}, 108 + AFTERGLOW_MS, false)).toEqual([])
    recent.update(record(m), 104, false)
    expect(recent.update({}, 110, true)).toEqual([])
  })

  it('does not show a remembered message before it was sent (after a seek back)', () => {
    const recent = new RecentMessages()
    const m = msg({
      kind: 'produce',
      from: 'producer:p',
      to: 1,
      records: 1,
      sendTick: 500,
      recvTick: 508,
    })
    recent.update(record(m), 504, false)
    expect(recent.update({}, 300, false)).toEqual([])
  })
})

describe('linesOf', () => {
  const arcs = new Map<string, Arc>()
  const arc = (route: string): Arc => {
    let a = arcs.get(route)
    if (a === undefined) {
      // a fresh object per token, as tokensAt makes: arcs are told apart by their route
      a = { from: 'a', to: 'b', a: { x: 0, y: 0 }, b: { x: 1, y: 1 }, c: { x: 1, y: 0 }, route }
      arcs.set(route, a)
    }
    return { ...a }
  }
  const tok = (id: number, kind: TokenKind, route: string, t: number, fade = 1): Token => ({
    id,
    kind,
    records: 1,
    at: { x: 0, y: 0 },
    arc: arc(route),
    t,
    fade,
  })

  it('draws one route per arc and one trail per arc and kind: the leading message’s', () => {
    const { routes, trails } = linesOf([
      tok(1, 'replicate', 'M1', 0.2),
      tok(2, 'replicate', 'M1', 0.7),
      tok(3, 'replicate', 'M1', 1, 0.5),
      tok(4, 'produce', 'M2', 0.1),
      tok(5, 'ack', 'M2', 0.9),
    ])
    expect(routes.map((r) => [r.arc.route, r.t, r.fade])).toEqual([
      ['M1', 1, 1],
      ['M2', 1, 1],
    ])
    // The in-flight message furthest along leads, not the arrived one fading out.
    expect(trails.map((l) => [l.kind, l.arc.route, l.t, l.fade])).toEqual([
      ['replicate', 'M1', 0.7, 1],
      ['produce', 'M2', 0.1, 1],
      ['ack', 'M2', 0.9, 1],
    ])
  })

  it('fades an arc’s lines with its last message once all have arrived', () => {
    const { routes, trails } = linesOf([
      tok(1, 'replicate', 'M1', 1, 0.2),
      tok(2, 'replicate', 'M1', 1, 0.6),
    ])
    expect(routes.map((r) => r.fade)).toEqual([0.6])
    expect(trails.map((l) => [l.t, l.fade])).toEqual([[1, 0.6]])
  })
})
