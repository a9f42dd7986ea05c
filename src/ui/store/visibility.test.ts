import { describe, expect, it } from 'vitest'
import { VisibilityStore } from './visibility'

/** A store that counts its subscriptions. */
function fakeStore() {
  const listeners = new Set<() => void>()
  return {
    listeners,
    subscribe(l: () => void) {
      listeners.add(l)
      return () => listeners.delete(l)
    },
    change() {
      for (const l of listeners) l()
    },
  }
}

describe('VisibilityStore.subscribeSim', () => {
  it('holds one store subscription for all its components, released with the last', () => {
    const store = fakeStore()
    const vis = new VisibilityStore()
    const offA = vis.subscribeSim(store, () => {})
    const offB = vis.subscribeSim(store, () => {})
    expect(store.listeners.size).toBe(1)
    offA()
    expect(store.listeners.size).toBe(1)
    offB()
    expect(store.listeners.size).toBe(0)
    vis.subscribeSim(store, () => {})
    expect(store.listeners.size).toBe(1)
  })

  it('passes store changes on while on screen only, and every epoch move', () => {
    const store = fakeStore()
    const vis = new VisibilityStore()
    const calls: number[] = []
    vis.subscribeSim(store, () => calls.push(vis.get().epoch))
    store.change()
    expect(calls).toEqual([0])
    vis.setOffscreen(true)
    expect(calls).toEqual([0, 1])
    store.change()
    store.change()
    expect(calls).toEqual([0, 1])
    vis.tick()
    expect(calls).toEqual([0, 1, 2])
    vis.setOffscreen(false)
    store.change()
    expect(calls).toEqual([0, 1, 2, 3, 3])
  })

  it('does not gate a second store', () => {
    const a = fakeStore()
    const b = fakeStore()
    const vis = new VisibilityStore()
    vis.subscribeSim(a, () => {})
    let n = 0
    const off = vis.subscribeSim(b, () => n++)
    vis.setOffscreen(true)
    b.change()
    expect(n).toBe(2)
    off()
    expect(b.listeners.size).toBe(0)
  })
})
