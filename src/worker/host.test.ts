// The worker host, run in-process: frames are numbered, the next one waits for the page's
// acknowledgement, a diff applied to the last view gives the full view, and errors never escape.

import { describe, expect, it } from 'vitest'
import { applyViewDiff } from '../engine/diff'
import { buildView, type SimView } from '../engine/view'
import { harness } from './hostHarness'
import { type Frame, SLOW_VIEW_MS } from './protocol'

describe('SimHost', () => {
  it('sends a full view on init, then waits for the ack before the next frame', () => {
    const { host, frames } = harness()
    host.handle({ type: 'init', seed: 1, playing: false, speed: 1 })
    expect(frames()).toHaveLength(1)
    expect(frames()[0]?.view).toBeDefined()
    host.handle({ type: 'step', ms: 100 })
    host.handle({ type: 'step', ms: 100 })
    expect(frames()).toHaveLength(1)
    host.handle({ type: 'frameAck', seq: 1 })
    expect(frames()).toHaveLength(2)
    expect(frames()[1]?.tick).toBe(200)
    expect(frames()[1]?.diff).toBeDefined()
  })

  it('diffs applied in order reproduce the full view', () => {
    const { host, frames, ack } = harness()
    host.handle({ type: 'init', seed: 3, playing: false, speed: 1 })
    let view = frames()[0]?.view as SimView
    const cmds = [
      { type: 'produce', topic: 'orders', value: 'a', key: 'k' },
      { type: 'killBroker', broker: 1 },
      { type: 'produce', topic: 'orders', value: 'b' },
    ] as const
    let id = 1
    for (const c of cmds) {
      host.handle({ type: 'command', id: id++, command: c })
      ack()
      host.handle({ type: 'step', ms: 700 })
      ack()
    }
    for (const f of frames().slice(1)) if (f.diff) view = applyViewDiff(view, f.diff)
    const last = frames()[frames().length - 1] as Frame
    expect(view.tick).toBe(last.tick)
    host.handle({ type: 'resync' })
    const full = frames()[frames().length - 1]?.view as SimView
    expect(JSON.stringify(view)).toBe(JSON.stringify(full))
  })

  it('streams events incrementally and cuts them on a seek back', () => {
    const { host, frames, ack } = harness()
    host.handle({ type: 'init', seed: 1, playing: false, speed: 1 })
    ack()
    host.handle({ type: 'command', id: 1, command: { type: 'killBroker', broker: 2 } })
    ack()
    host.handle({ type: 'step', ms: 3000 })
    ack()
    const total = frames().reduce((n, f) => n + f.events.length, 0)
    expect(total).toBeGreaterThan(2)
    host.handle({ type: 'seek', tick: 100 })
    const f = frames()[frames().length - 1] as Frame
    expect(f.view).toBeDefined()
    expect(f.eventsFrom).toBeLessThan(total)
    expect(f.eventCount).toBeGreaterThanOrEqual(1)
    expect(f.eventCount).toBeLessThan(total)
    expect(f.inPast).toBe(true)
  })

  it('keeps the markers ahead of the cursor after a seek back, once each, until a fork cuts them', () => {
    const { host, frames, ack } = harness()
    host.handle({ type: 'init', seed: 1, playing: false, speed: 1 })
    ack()
    host.handle({ type: 'step', ms: 500 })
    ack()
    host.handle({ type: 'command', id: 1, command: { type: 'killBroker', broker: 2 } })
    ack()
    host.handle({ type: 'step', ms: 3000 })
    ack()
    const ahead = (f: Frame | undefined) => (f?.markers ?? []).filter((m) => m.tick > 100)
    // Back to 100 ms: the kill at 500 ms is still marked, ahead of the cursor.
    host.handle({ type: 'seek', tick: 100 })
    const back = frames()[frames().length - 1]
    expect(back?.view).toBeDefined()
    expect(ahead(back).some((m) => m.kind === 'fault' && m.tick === 500)).toBe(true)
    // Playing on through history marks nothing twice.
    ack()
    host.handle({ type: 'step', ms: 1000 })
    ack()
    const replayed = frames().slice(frames().indexOf(back as Frame) + 1)
    expect(replayed.length).toBeGreaterThan(0)
    expect(replayed.flatMap((f) => f.markers ?? [])).toEqual([])
    // A command here forks the run: the markers of the discarded future go.
    host.handle({ type: 'command', id: 2, command: { type: 'restartBroker', broker: 2 } })
    const fork = frames()[frames().length - 1]
    expect(fork?.view).toBeDefined()
    expect((fork?.markers ?? []).every((m) => m.tick <= 1100)).toBe(true)
  })

  it('replies to commands with the engine result, errors included', () => {
    const { host, out } = harness()
    host.handle({ type: 'init', seed: 1, playing: false, speed: 1 })
    host.handle({ type: 'command', id: 7, command: { type: 'killBroker', broker: 42 } })
    const reply = out.find((m) => m.type === 'reply')
    expect(reply).toMatchObject({
      type: 'reply',
      id: 7,
      result: { ok: false, error: { field: 'broker' } },
    })
  })

  it('reports a bad config as an error message, not an exception', () => {
    const { host, out } = harness()
    expect(() =>
      host.handle({ type: 'init', seed: 1, playing: false, speed: 1, config: { brokers: 99 } }),
    ).not.toThrow()
    expect(out.find((m) => m.type === 'error')).toMatchObject({ type: 'error', fatal: false })
  })

  it('turns wall time into sim time while playing, at the chosen speed', () => {
    const { host, frames } = harness()
    host.handle({ type: 'init', seed: 1, playing: true, speed: 2 })
    host.tick(1000)
    host.tick(1100)
    host.handle({ type: 'frameAck', seq: frames().length })
    expect(frames()[frames().length - 1]?.tick).toBe(200)
  })

  it('builds the same view the engine does (no host-specific state leaks in)', () => {
    const { host, frames } = harness()
    host.handle({ type: 'init', seed: 5, playing: false, speed: 1 })
    const v = frames()[0]?.view as SimView
    expect(v.brokers['1']?.status).toBe('online')
    expect(Object.keys(v.partitions)).toEqual(['orders-0', 'orders-1', 'orders-2'])
    expect(typeof buildView).toBe('function')
  })

  it('while playing, sends the clock and messages with every frame, the rest of the view ~15 times a second', () => {
    const { host, frames, ack } = harness()
    host.handle({ type: 'init', seed: 2, playing: true, speed: 1 })
    host.handle({
      type: 'command',
      id: 1,
      command: { type: 'setAutoProduce', rate: 50, keys: 'uniform', topic: 'orders' },
    })
    host.handle({ type: 'frameAck', seq: (frames()[frames().length - 1] as Frame).seq })
    let wall = 1000
    const before = frames().length
    // one second of 60 frames, each acknowledged as a page would
    for (let i = 0; i < 60; i++) {
      wall += 1000 / 60
      host.tick(wall)
      host.handle({ type: 'frameAck', seq: (frames()[frames().length - 1] as Frame).seq })
    }
    const seen = frames().slice(before)
    for (const f of seen.filter((x) => x.fast)) {
      // a fast frame's diff changes the messages in flight and the clock, nothing else
      const diff = f.diff as NonNullable<Frame['diff']>
      expect(Object.keys(diff.collections).filter((c) => c !== 'messages')).toEqual([])
      expect(Object.keys(diff.fields).filter((k) => k !== 'tick')).toEqual([])
    }
    const slow = seen.filter((f) => !f.fast)
    expect(seen.length).toBeGreaterThan(45)
    expect(slow.length).toBeGreaterThanOrEqual(Math.floor(1000 / SLOW_VIEW_MS) - 2)
    expect(slow.length).toBeLessThanOrEqual(Math.ceil(1000 / SLOW_VIEW_MS) + 2)
    // a command while playing is answered with the whole view, on the next frame
    host.tick(wall + 5)
    host.handle({
      type: 'command',
      id: 2,
      command: { type: 'produce', topic: 'orders', key: 'k', value: 'v' },
    })
    host.handle({ type: 'frameAck', seq: (frames()[frames().length - 1] as Frame).seq })
    expect(frames()[frames().length - 1]?.fast).toBeUndefined()
    host.handle({ type: 'frameAck', seq: (frames()[frames().length - 1] as Frame).seq })
    // in slow motion every frame carries the whole view
    host.handle({ type: 'setSpeed', speed: 0.5 })
    for (let i = 0; i < 10; i++) {
      wall += 1000 / 60
      host.tick(wall)
      host.handle({ type: 'frameAck', seq: (frames()[frames().length - 1] as Frame).seq })
    }
    expect(
      frames()
        .slice(-8)
        .filter((f) => f.fast),
    ).toEqual([])
    ack()
    // pausing sends the whole view at once: what the page shows is then the engine's own
    host.handle({ type: 'pause' })
    ack()
    const last = frames()[frames().length - 1] as Frame
    expect(last.fast).toBeUndefined()
    // every diff applied in order gives the engine's view
    let view = frames()[0]?.view as SimView
    for (const f of frames().slice(1)) {
      if (f.diff !== undefined) view = applyViewDiff(view, f.diff)
      expect(view.tick).toBe(f.tick)
    }
    host.handle({ type: 'resync' })
    const full = frames()[frames().length - 1]?.view as SimView
    // the same records (a diff may re-insert a key, so the keys' order can differ)
    expect(view).toEqual(full)
  })
})
