import { describe, expect, it } from 'vitest'
import type { SimStore } from '../../store/types'
import { digitsSelector } from './ReplicaList'

const store = (replicas: Record<string, { leo: number; hw: number }> | undefined) =>
  ({ view: replicas === undefined ? null : { replicas } }) as unknown as SimStore

describe('digitsSelector (the width of a card’s number columns)', () => {
  it('is the most digits in any LEO or HW of the card’s replicas', () => {
    const select = digitsSelector(['a-0@1', 'a-1@1'])
    expect(select(store({ 'a-0@1': { leo: 7, hw: 7 }, 'a-1@1': { leo: 12345, hw: 999 } }))).toBe(5)
    expect(select(store({ 'a-0@1': { leo: 100, hw: 99 }, 'a-1@1': { leo: 3, hw: 3 } }))).toBe(3)
  })

  it('ignores replicas on other cards and is at least 2', () => {
    const select = digitsSelector(['a-0@1'])
    expect(select(store({ 'a-0@1': { leo: 4, hw: 4 }, 'a-0@2': { leo: 1_000_000, hw: 0 } }))).toBe(
      2,
    )
    expect(select(store(undefined))).toBe(2)
  })
})
