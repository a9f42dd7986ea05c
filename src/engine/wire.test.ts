// The compact form of wire.ts gives back the same data: structurally (what a structured clone
// keeps, undefined values included) and, in json mode, the same JSON.

import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { decodeWire, encodeWire } from './wire'

const roundTrip = (v: unknown, json = false): unknown =>
  decodeWire(JSON.parse(JSON.stringify(encodeWire(v, json)) ?? 'null'))

describe('wire', () => {
  it('tables records of repeated shapes, in arrays and in maps, keeping key order', () => {
    const events = [
      { type: 'a', tick: 1, partition: 't1-0' },
      { type: 'b', tick: 2, group: 'g', partitions: ['t1-0', 't1-1', 't1-2', 't2-0', 't2-1'] },
      { type: 'a', tick: 3, partition: 't1-1' },
    ]
    const map = { '2': { x: 1, y: 'a' }, b: { x: 2, y: 'b' }, '10': { y: 'c', x: 3 } }
    const enc = encodeWire({ events, map }) as Record<string, Record<string, unknown>>
    expect(Object.keys(enc.events ?? {})).toEqual(['~a', '~v'])
    expect(Object.keys(enc.map ?? {})).toEqual(['~m', '~v'])
    const back = roundTrip({ events, map }) as { events: unknown[]; map: Record<string, unknown> }
    expect(back).toEqual({ events, map })
    expect(JSON.stringify(back)).toBe(JSON.stringify({ events, map }))
    expect(Object.keys(back.map)).toEqual(Object.keys(map))
  })

  it('writes runs of partition keys and keeps other string lists', () => {
    const keys = ['t1-0', 't1-1', 't1-2', 't1-3', 'x-9', 'x-10', '__consumer_offsets-4', '-5']
    expect(roundTrip(keys)).toEqual(keys)
    const odd = ['a-01', 'a-1', 'a-2', 'a-3']
    expect(roundTrip(odd)).toEqual(odd)
    expect(JSON.stringify(encodeWire(['t1-0', 't1-1', 't1-2', 't1-3']))).toBe('{"~p":["t1",0,4]}')
  })

  it('escapes objects whose own keys start with ~', () => {
    const v = { '~a': [1], '~p': 'x', list: [{ '~m': 1 }, { '~m': 2 }] }
    expect(roundTrip(v)).toEqual(v)
  })

  it('keeps undefined values (structured clone), or leaves them out like JSON (json mode)', () => {
    const recs = [
      { a: 1, b: undefined },
      { a: 2, b: undefined },
    ]
    const enc = decodeWire(encodeWire(recs)) as Record<string, unknown>[]
    expect('b' in (enc[0] as object)).toBe(true)
    expect(JSON.stringify(roundTrip(recs, true))).toBe(JSON.stringify(recs))
  })

  it('keeps "__proto__" as an own key, in every encoded form (found by the property below)', () => {
    const cases = [
      '{"__proto__":[]}',
      '{"a":{"__proto__":{"x":1}},"~b":{"__proto__":2}}',
      '{"__proto__":{"a":1},"b":{"a":2}}',
      '[{"__proto__":1},{"__proto__":2}]',
    ]
    for (const text of cases) {
      const v = JSON.parse(text) as unknown
      expect(JSON.stringify(roundTrip(v))).toBe(text)
      expect(JSON.stringify(roundTrip(v, true))).toBe(text)
    }
  })

  it('round-trips arbitrary JSON data', () => {
    const record = fc.dictionary(
      fc.constantFrom('a', 'b', 'c', 'type', '~x', 'tick'),
      fc.oneof(fc.integer(), fc.string(), fc.boolean(), fc.constant(null)),
    )
    const data = fc.letrec((tie) => ({
      node: fc.oneof(
        { depthSize: 'small' },
        fc.array(record),
        fc.array(fc.constantFrom('t1-0', 't1-1', 't1-2', 't2-3', 'p-10', 'q')),
        fc.dictionary(fc.string(), record),
        fc.dictionary(fc.string(), tie('node')),
        fc.array(tie('node')),
      ),
    }))
    fc.assert(
      fc.property(data.node, (v) => {
        expect(JSON.stringify(roundTrip(v))).toBe(JSON.stringify(v))
        expect(JSON.stringify(roundTrip(v, true))).toBe(JSON.stringify(v))
      }),
      { numRuns: 300 },
    )
  })
})
