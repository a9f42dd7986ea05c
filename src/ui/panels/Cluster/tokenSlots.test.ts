import { describe, expect, it } from 'vitest'
import { TokenSlots } from './NetworkOverlay'
import type { Token } from './networkTokens'

const tok = (id: number, kind: Token['kind']): Token => ({
  id,
  kind,
  records: 1,
  at: { x: 0, y: 0 },
  trail: () => '',
  route: '',
  t: 0,
  from: 'producer',
  to: 'broker-1',
  fade: 1,
})

describe('TokenSlots', () => {
  it('keeps a token in its element while it is drawn', () => {
    const slots = new TokenSlots()
    const a = slots.keys([tok(1, 'produce'), tok(2, 'replicate'), tok(3, 'produce')])
    const b = slots.keys([tok(3, 'produce'), tok(1, 'produce'), tok(2, 'replicate')])
    expect(b).toEqual([a[2], a[0], a[1]])
    expect(new Set(a).size).toBe(3)
  })

  it('hands a finished token’s element to the next token of the same kind', () => {
    const slots = new TokenSlots()
    const [p1, r1] = slots.keys([tok(1, 'produce'), tok(2, 'replicate')])
    const next = slots.keys([tok(2, 'replicate'), tok(5, 'ack'), tok(4, 'produce')])
    expect(next[0]).toBe(r1)
    expect(next[2]).toBe(p1)
    expect(next[1]).not.toBe(p1)
    expect(new Set(next).size).toBe(3)
  })
})
