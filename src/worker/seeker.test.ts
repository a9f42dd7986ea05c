// Long seeks: replayed in slices between timer ticks with progress messages, replaced by a newer
// seek, finished first by a command, and ending where a fresh replay of the run ends.

import { describe, expect, it } from 'vitest'
import { replay, type Timeline } from '../engine/timeline'
import { harness } from './hostHarness'
import type { Frame } from './protocol'

/** A host whose timeline kept only its first and latest checkpoints over 60 busy seconds. */
function thinnedHost() {
  const { host, out, frames, ack } = harness()
  host.handle({ type: 'init', seed: 7, playing: false, speed: 1 })
  const tl = (host as unknown as { timeline: Timeline }).timeline
  tl.checkpointBudget = 1
  host.handle({
    type: 'command',
    id: 1,
    command: { type: 'setAutoProduce', rate: 50, keys: 'uniform', topic: 'orders' },
  })
  host.handle({ type: 'step', ms: 60_000 })
  ack()
  const progress = () => out.filter((m) => m.type === 'progress')
  return { host, tl, out, frames, ack, progress }
}

const fingerprint = (s: unknown) => JSON.stringify(s)

describe('long seeks', () => {
  it('replay in slices with progress, and end where a fresh replay ends', () => {
    const h = thinnedHost()
    const before = h.frames().length
    h.host.handle({ type: 'seek', tick: 20_000 })
    expect(h.host.isSeeking).toBe(true)
    expect(h.frames()).toHaveLength(before)
    let slices = 0
    while (h.host.isSeeking && slices < 10_000) {
      h.host.tick(slices)
      slices++
      if (!h.host.isSeeking) break
      // Nothing mid-seek makes a frame: the page keeps its view until the seek's.
      h.host.handle({ type: 'setFocus', focus: null })
      h.ack()
      expect(h.frames()).toHaveLength(before)
    }
    expect(slices).toBeGreaterThan(4)
    const ticks = h.progress().map((m) => (m.type === 'progress' ? m.tick : -1))
    expect(ticks.length).toBeGreaterThan(4)
    expect(ticks).toEqual([...ticks].sort((a, b) => a - b))
    expect(ticks.every((t) => t < 20_000)).toBe(true)
    const last = h.frames()[h.frames().length - 1] as Frame
    expect(last.view).toBeDefined()
    expect(last.tick).toBe(20_000)
    expect(fingerprint(h.tl.current)).toBe(fingerprint(replay(h.tl.run(), 20_000)))
  })

  it('a newer seek replaces the target; a command finishes the seek before it applies', () => {
    const h = thinnedHost()
    h.host.handle({ type: 'seek', tick: 30_000 })
    h.host.tick(0)
    h.host.handle({ type: 'seek', tick: 25_000 })
    expect(h.host.isSeeking).toBe(true)
    h.host.handle({
      type: 'command',
      id: 2,
      command: { type: 'produce', topic: 'orders', key: 'k', value: 'v' },
    })
    expect(h.host.isSeeking).toBe(false)
    const reply = h.out.find((m) => m.type === 'reply' && m.id === 2)
    expect(reply?.type === 'reply' && reply.result.ok).toBe(true)
    expect(reply?.type === 'reply' ? reply.tick : -1).toBe(25_000)
    // The command forked the run at 25 s.
    expect(h.tl.head).toBe(25_000)
    expect(fingerprint(h.tl.current)).toBe(fingerprint(replay(h.tl.run(), 25_000)))
  })

  it('a short seek finishes at once, as before', () => {
    const h = thinnedHost()
    const before = h.frames().length
    h.host.handle({ type: 'seek', tick: 59_000 })
    expect(h.host.isSeeking).toBe(false)
    expect(h.progress()).toHaveLength(0)
    expect(h.frames().length).toBe(before + 1)
    expect(h.frames()[before]?.tick).toBe(59_000)
  })
})
