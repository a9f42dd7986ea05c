// Append-only chunked arrays: dropping the front keeps the chunks (checkpoints keep sharing them)
// and every read sees the items as an array would.

import { describe, expect, it } from 'vitest'
import {
  appendOnly,
  CHUNK_SIZE,
  dropFront,
  findLastLE,
  get,
  push,
  share,
  slice,
  toArray,
  truncate,
} from './chunks'

describe('append-only chunks', () => {
  it('a shared copy holds only the chunks of its moment, not those pushed after it', () => {
    const c = appendOnly<number>()
    for (let i = 0; i < CHUNK_SIZE + 10; i++) push(c, i)
    const cp = share(c)
    for (let i = 0; i < 3 * CHUNK_SIZE; i++) push(c, 1000 + i)
    expect(cp.chunks).toHaveLength(2)
    expect(c.chunks).toHaveLength(5)
    expect(toArray(cp)).toEqual(toArray(c).slice(0, CHUNK_SIZE + 10))
    // A state restored from the copy grows a list of its own too.
    const restored = share(cp)
    for (let i = 0; i < 2 * CHUNK_SIZE; i++) push(restored, 1000 + i)
    expect(cp.chunks).toHaveLength(2)
    expect(toArray(restored)).toEqual(toArray(c).slice(0, 3 * CHUNK_SIZE + 10))
  })

  it('drops the front without copying, and a shared copy keeps what it had', () => {
    const c = appendOnly<number>()
    const ref: number[] = []
    for (let i = 0; i < 3 * CHUNK_SIZE + 10; i++) {
      push(c, i)
      ref.push(i)
    }
    const before = share(c)
    const second = c.chunks[1]
    dropFront(c, CHUNK_SIZE + 5)
    ref.splice(0, CHUNK_SIZE + 5)
    expect(c.chunks[0]).toBe(second)
    expect(toArray(c)).toEqual(ref)
    for (let i = 0; i < 400; i++) {
      push(c, 10_000 + i)
      ref.push(10_000 + i)
    }
    expect(toArray(c)).toEqual(ref)
    expect(get(c, 0)).toBe(ref[0])
    expect(slice(c, 250, 260)).toEqual(ref.slice(250, 260))
    expect(findLastLE(c, (x) => x, 9_999)).toBe(ref.indexOf(3 * CHUNK_SIZE + 9))
    expect(JSON.stringify(c)).toBe(JSON.stringify(rebuilt(ref)))
    // The copy shared before the drop still reads its own items.
    expect(toArray(before)).toEqual(Array.from({ length: 3 * CHUNK_SIZE + 10 }, (_, i) => i))
    truncate(c, 100)
    ref.length = 100
    expect(toArray(c)).toEqual(ref)
    expect(JSON.stringify(c)).toBe(JSON.stringify(rebuilt(ref)))
    dropFront(c, 100)
    expect(c.length).toBe(0)
    push(c, 7)
    expect(toArray(c)).toEqual([7])
  })
})

function rebuilt(items: readonly number[]) {
  const c = appendOnly<number>()
  for (const it of items) push(c, it)
  return c
}
