// The event log seals old events compactly and gives them back as they were.

import { deflateSync, inflateSync, strFromU8, strToU8 } from 'fflate'
import { describe, expect, it } from 'vitest'
import { BLOCK, EventLog, HOT_EVENTS, setBlockCodec } from './eventLog'
import type { SimEvent } from './events'

function events(n: number): SimEvent[] {
  const out: unknown[] = []
  for (let i = 0; i < n; i++) {
    const tick = Math.floor(i / 3)
    if (i % 5 === 0)
      out.push({
        type: 'partitionsAssigned',
        group: 'g',
        partitions: ['t1-0', 't1-1', 't1-2', 't1-3'],
        tick,
      })
    else if (i % 7 === 0)
      out.push({
        type: 'isrShrunk',
        partition: `t1-${i % 24}`,
        isr: [1, 2],
        extra: undefined,
        tick,
      })
    else
      out.push({
        type: 'recordAppended',
        partition: `t2-${i % 24}`,
        offset: i,
        touches: ['broker-1'],
        tick,
      })
  }
  return out as SimEvent[]
}

describe('EventLog', () => {
  const all = events(HOT_EVENTS + 5 * BLOCK + 123)
  const log = new EventLog()
  for (const e of all) log.push(e)
  const json = (xs: readonly SimEvent[]) => JSON.stringify(xs)

  it('gives back every range as it was, sealed or not', () => {
    expect(log.length).toBe(all.length)
    for (const [a, b] of [
      [0, 10],
      [BLOCK - 3, BLOCK + 3],
      [0, all.length],
      [3 * BLOCK + 7, all.length - 5],
      [all.length - 10, all.length + 10],
    ] as const)
      expect(json(log.slice(a, b))).toBe(json(all.slice(a, b)))
  })

  it('counts events up to a tick and keeps ticks and types at hand', () => {
    for (const t of [-1, 0, 5, 2000, 1e9])
      expect(log.countUpTo(t)).toBe(all.filter((e) => e.tick <= t).length)
    expect(log.typeAt(7)).toBe(all[7]?.type)
    expect(log.tickAt(BLOCK + 1)).toBe(all[BLOCK + 1]?.tick)
  })

  it('truncates into a sealed block, then grows again the same way', () => {
    const l = new EventLog()
    for (const e of all) l.push(e)
    l.truncate(2 * BLOCK + 17)
    expect(json(l.slice(0, 1e9))).toBe(json(all.slice(0, 2 * BLOCK + 17)))
    for (const e of all.slice(2 * BLOCK + 17)) l.push(e)
    expect(json(l.slice(0, 1e9))).toBe(json(all))
    expect(l.countUpTo(1e9)).toBe(all.length)
  })

  it('packs sealed blocks once a codec is set, those sealed before too, and gives them back', () => {
    // Runs last in this file: the codec stays set.
    const l = new EventLog()
    const half = HOT_EVENTS + 2 * BLOCK
    for (const e of all.slice(0, half)) l.push(e)
    const text = l.sealedBytes
    let packs = 0
    setBlockCodec({
      pack: (t) => {
        packs++
        return deflateSync(strToU8(t))
      },
      unpack: (b) => strFromU8(inflateSync(b)),
    })
    for (const e of all.slice(half)) l.push(e)
    expect(packs).toBe(5)
    expect(l.sealedBytes).toBeLessThan(text)
    expect(json(l.slice(0, 1e9))).toBe(json(all))
    l.truncate(BLOCK + 5)
    for (const e of all.slice(BLOCK + 5)) l.push(e)
    expect(json(l.slice(0, 1e9))).toBe(json(all))
  })
})
