import { describe, expect, it } from 'vitest'
import { Watchdog } from './watchdog'

function dog() {
  let now = 0
  let hidden = false
  const stalls: number[] = []
  const w = new Watchdog({
    timeoutMs: 1000,
    onStall: (ms) => stalls.push(ms),
    now: () => now,
    hidden: () => hidden,
  })
  return {
    w,
    stalls,
    at(t: number) {
      now = t
      w.check()
    },
    hide(h: boolean) {
      hidden = h
    },
  }
}

describe('Watchdog', () => {
  it('says nothing while nothing is owed', () => {
    const d = dog()
    d.at(5000)
    d.w.heard({ playing: false })
    d.w.acked()
    d.at(20_000)
    expect(d.stalls).toEqual([])
  })

  it('notices a silent simulation that owes a frame (playing, or a message sent)', () => {
    const d = dog()
    d.w.heard({ playing: true })
    d.at(3000) // the page has not acknowledged yet: the worker waits for it
    expect(d.stalls).toEqual([])
    d.w.acked()
    d.at(3900)
    expect(d.stalls).toEqual([])
    d.at(4100)
    expect(d.stalls).toEqual([1100])
    const e = dog()
    e.w.sent()
    e.at(1200)
    expect(e.stalls).toEqual([1200])
  })

  it('gives a long step the time it needs', () => {
    const d = dog()
    d.w.sent(60_000)
    d.at(30_000)
    expect(d.stalls).toEqual([])
    d.at(60_000)
    expect(d.stalls).toEqual([60_000])
  })

  it('waits for requests, and not while the page is hidden', () => {
    const d = dog()
    d.w.sent()
    d.w.requestStarted()
    d.at(50_000)
    expect(d.stalls).toEqual([])
    d.w.requestEnded()
    d.hide(true)
    d.at(60_000)
    expect(d.stalls).toEqual([])
    d.hide(false)
    d.at(60_500)
    d.at(61_100)
    expect(d.stalls).toEqual([1100])
  })

  it('a request that timed out with the worker silent all along is a stall', () => {
    // Requests one after another keep the regular check waiting (each has its own time limit).
    const d = dog()
    d.w.heard({ playing: true })
    d.w.acked()
    d.w.requestStarted()
    d.at(14_000)
    d.w.requestStarted()
    d.at(15_000)
    expect(d.stalls).toEqual([])
    d.w.requestTimedOut(15_000)
    expect(d.stalls).toEqual([15_000])
  })

  it('a request that timed out while the worker kept talking is not', () => {
    const d = dog()
    d.w.requestStarted()
    d.at(10_000)
    d.w.heard()
    d.at(15_000)
    d.w.requestTimedOut(15_000)
    expect(d.stalls).toEqual([])
  })
})
