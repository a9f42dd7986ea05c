// The host's side of the page's run log: frames carry the run's inputs (cut on a fork), loadRun
// replays input by input and stops before one that throws, and the test crash hook.

import { afterEach, describe, expect, it, vi } from 'vitest'
import type { Command } from '../engine/commands'
import { applyViewDiff } from '../engine/diff'
import type { RunInput } from '../engine/timeline'
import { Timeline } from '../engine/timeline'
import { decodeWire, encodeWire } from '../engine/wire'
import { SimHost } from './host'
import type { Frame, FromWorker } from './protocol'

type Reply = Extract<FromWorker, { type: 'reply' }>

function harness(clone = false) {
  const out: FromWorker[] = []
  // clone: messages cross a structured clone, as between a worker and the page, frames in the
  // wire format (sim.worker.ts encodes, the page's worker client decodes).
  const host = new SimHost((m) =>
    out.push(
      !clone
        ? m
        : m.type === 'frame'
          ? (decodeWire(structuredClone(encodeWire(m))) as FromWorker)
          : structuredClone(m),
    ),
  )
  const frames = () => out.filter((m): m is Frame => m.type === 'frame')
  const replies = () => out.filter((m): m is Reply => m.type === 'reply')
  const ack = () => {
    for (let n = -1; n !== frames().length; ) {
      n = frames().length
      host.handle({ type: 'frameAck', seq: (frames()[n - 1] as Frame).seq })
    }
  }
  /** The page's mirror of the run's inputs, rebuilt from every frame so far. */
  const mirror = () => {
    let inputs: RunInput[] = []
    for (const f of frames()) {
      if (f.runStart) inputs = []
      if (f.inputsFrom !== undefined)
        inputs = [...inputs.slice(0, f.inputsFrom), ...(f.inputs ?? [])]
    }
    return inputs
  }
  let runId = 1000
  const hostRun = () => {
    const id = runId++
    host.handle({ type: 'getRun', id })
    return replies().find((r) => r.id === id)?.run
  }
  return { host, out, frames, replies, ack, mirror, hostRun }
}

afterEach(() => vi.restoreAllMocks())

describe('SimHost run log', () => {
  it('frames carry the inputs, scripted ones included, and a fork cuts them', () => {
    const h = harness()
    h.host.handle({ type: 'init', seed: 5, scenario: 'slow-follower', playing: false, speed: 1 })
    expect(h.frames()[0]?.runStart).toEqual({ seed: 5, config: {} })
    expect(h.mirror().map((i) => i.tick)).toEqual([0, 1000])
    h.ack()
    h.host.handle({ type: 'step', ms: 300 })
    h.host.handle({ type: 'command', id: 1, command: { type: 'killBroker', broker: 1 } })
    h.ack()
    expect(h.replies()[0]).toMatchObject({ result: { ok: true }, tick: 300 })
    expect(h.mirror().map((i) => i.tick)).toEqual([0, 300, 1000])
    h.host.handle({ type: 'step', ms: 1500 })
    h.ack()
    h.host.handle({ type: 'seek', tick: 100 })
    h.host.handle({
      type: 'command',
      id: 2,
      command: { type: 'produce', topic: 'orders', value: 'v' },
    })
    h.ack()
    expect(h.mirror()).toEqual(h.hostRun()?.inputs)
    expect(h.mirror().map((i) => i.tick)).toEqual([0, 100])
    // A refused command changes nothing.
    h.host.handle({ type: 'command', id: 3, command: { type: 'killBroker', broker: 42 } })
    h.ack()
    expect(h.mirror()).toHaveLength(2)
    h.host.handle({ type: 'resync' })
    expect(h.frames().at(-1)).toMatchObject({ runStart: { seed: 5 }, inputsFrom: 0 })
    expect(h.mirror()).toEqual(h.hostRun()?.inputs)
  })

  it('loadRun replays a run and sends it as the new run log', () => {
    const h = harness()
    const run = {
      seed: 9,
      config: { brokers: 4 },
      inputs: [
        {
          tick: 0,
          command: { type: 'createTopic', name: 'p', partitions: 1, replicationFactor: 2 },
        },
        { tick: 700, command: { type: 'killBroker', broker: 2 } },
      ],
    } as const
    h.host.handle({ type: 'loadRun', id: 1, run, playing: false, until: 2000 })
    expect(h.replies()[0]).toMatchObject({ result: { ok: true }, tick: 2000 })
    expect(h.frames().at(-1)).toMatchObject({
      runStart: { seed: 9, config: { brokers: 4 } },
      tick: 2000,
    })
    expect(h.mirror()).toEqual(run.inputs)
  })

  it('stops before an input that throws and says which; strict loading keeps the old run', () => {
    const real = Timeline.prototype.dispatch
    vi.spyOn(Timeline.prototype, 'dispatch').mockImplementation(function (this: Timeline, c) {
      if (c.type === 'produce' && c.value === 'poison') throw new Error('engine bug')
      return real.call(this, c)
    })
    const run = {
      seed: 1,
      config: {},
      inputs: [
        { tick: 100, command: { type: 'killBroker', broker: 3 } },
        { tick: 250, command: { type: 'produce', topic: 'orders', value: 'poison' } },
        { tick: 300, command: { type: 'restartBroker', broker: 3 } },
      ],
    } as const
    const h = harness()
    h.host.handle({ type: 'init', seed: 2, playing: false, speed: 1 })
    h.ack()
    h.host.handle({ type: 'loadRun', id: 1, run, playing: true, strict: true })
    expect(h.replies()[0]?.result).toEqual({
      ok: false,
      error: { field: 'inputs.1', message: 'input #1 at tick 250 (produce) failed: engine bug' },
    })
    expect(h.hostRun()?.seed).toBe(2)
    h.host.handle({ type: 'loadRun', id: 2, run, playing: true })
    expect(h.replies().find((r) => r.id === 2)).toMatchObject({
      tick: 250,
      replay: { failure: { index: 1, tick: 250, type: 'produce', reached: 250 } },
    })
    expect(h.hostRun()).toMatchObject({ seed: 1, inputs: [run.inputs[0]] })
    h.ack()
    expect(h.frames().at(-1)).toMatchObject({ playing: false, tick: 250 })
  })

  it('a config the engine refuses is an answer, not a crash', () => {
    const h = harness()
    h.host.handle({
      type: 'loadRun',
      id: 1,
      run: { seed: 1, config: { brokers: -1 }, inputs: [] },
      playing: false,
    })
    expect(h.replies()[0]?.result).toMatchObject({ ok: false, error: { field: 'config' } })
    expect(h.out.filter((m) => m.type === 'error')).toEqual([])
  })

  it('the test crash hook fails the way a bug would', () => {
    vi.useFakeTimers()
    try {
      const h = harness()
      h.host.handle({ type: 'init', seed: 1, playing: false, speed: 1 })
      h.host.handle({ type: 'testCrash', mode: 'throw' })
      expect(h.out.at(-1)).toMatchObject({ type: 'error', fatal: true })
      h.host.handle({ type: 'testCrash', mode: 'uncaught' })
      expect(() => vi.runAllTimers()).toThrow(/uncaught error in the simulation/)
    } finally {
      vi.useRealTimers()
    }
  })

  it('diffs across a structured clone (the worker boundary) reproduce the full view', () => {
    const h = harness(true)
    h.host.handle({ type: 'init', seed: 4, playing: false, speed: 1 })
    h.ack()
    const commands: Command[] = [
      { type: 'addGroup', group: 'g1', topics: ['orders'], consumers: 2 },
      { type: 'setAutoProduce', rate: 40, keys: 'few', topic: 'orders' },
      { type: 'produce', topic: 'orders', key: 'k', value: 'v' },
      { type: 'killBroker', broker: 2 },
      { type: 'crashConsumer', group: 'g1', clientId: 'c1' },
      { type: 'restartBroker', broker: 2 },
    ]
    let id = 1
    for (const command of commands) {
      h.host.handle({ type: 'command', id: id++, command })
      h.ack()
      for (let i = 0; i < 8; i++) {
        h.host.handle({ type: 'step', ms: 97 })
        h.ack()
      }
    }
    let view = h.frames()[0]?.view
    for (const f of h.frames().slice(1)) if (f.diff && view) view = applyViewDiff(view, f.diff)
    h.host.handle({ type: 'resync' })
    const full = h.frames().at(-1)?.view
    const sorted = (v: unknown): unknown =>
      Array.isArray(v)
        ? v.map(sorted)
        : v !== null && typeof v === 'object'
          ? Object.fromEntries(
              Object.keys(v)
                .sort()
                .map((k) => [k, sorted((v as Record<string, unknown>)[k])]),
            )
          : v
    expect(JSON.stringify(sorted(view))).toBe(JSON.stringify(sorted(full)))
  })
})
