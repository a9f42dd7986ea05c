import { describe, expect, it } from 'vitest'
import type { SimEvent } from '../../engine/events'
import { EventList } from './eventList'

const ev = (tick: number): SimEvent => ({ type: 'brokerAdded', broker: 4, tick, touches: [] })
const range = (from: number, to: number) =>
  Array.from({ length: to - from }, (_, i) => ev(from + i))

describe('EventList', () => {
  it('appends across chunk boundaries and reads every index back', () => {
    let list = EventList.EMPTY
    for (let i = 0; i < 5; i++) list = list.append(range(i * 700, (i + 1) * 700))
    expect(list.length).toBe(3500)
    for (let i = 0; i < 3500; i += 97) expect(list.at(i)?.tick).toBe(i)
    expect(list.at(3500)).toBeUndefined()
    expect(list.at(-1)).toBeUndefined()
  })

  it('is persistent: appending or cutting leaves the old list unchanged', () => {
    const a = EventList.from(range(0, 1500))
    const b = a.append(range(1500, 1600))
    const c = b.cut(1200)
    expect(a.length).toBe(1500)
    expect(a.at(1499)?.tick).toBe(1499)
    expect(b.at(1599)?.tick).toBe(1599)
    expect(c.length).toBe(1200)
    expect(c.slice(1195).map((e) => e.tick)).toEqual([1195, 1196, 1197, 1198, 1199])
    expect(c.append([ev(9)]).at(1200)?.tick).toBe(9)
    expect(b.at(1200)?.tick).toBe(1200)
  })

  it('knows when one list is a prefix of another', () => {
    const a = EventList.from(range(0, 1100))
    const b = a.append(range(1100, 1200))
    expect(a.isPrefixOf(b)).toBe(true)
    expect(b.isPrefixOf(a)).toBe(false)
    expect(a.cut(10).isPrefixOf(b)).toBe(true)
    expect(
      a
        .cut(1050)
        .append([ev(-1)])
        .isPrefixOf(b),
    ).toBe(false)
  })
})
