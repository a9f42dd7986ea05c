import { afterEach, describe, expect, it } from 'vitest'
import type { SimEvent } from '../../engine/events'
import { Timeline } from '../../engine/timeline'
import { buildView } from '../../engine/view'
import type { FromWorker, ToWorker } from '../../worker/protocol'
import { createSimStore } from '../store/createSimStore'
import { connect } from './connect'
import { createInProcessClient } from './inProcessClient'
import { listeners, type SimClient } from './simClient'

const immediately = (cb: () => void) => setTimeout(cb, 0)
const stops: (() => void)[] = []
afterEach(() => {
  for (const s of stops.splice(0)) s()
})

function start() {
  const store = createSimStore()
  const client = createInProcessClient()
  const conn = connect(store, client, { afterPaint: immediately })
  stops.push(() => {
    conn.dispose()
    client.terminate()
  })
  conn.send({ type: 'init', seed: 42, playing: false, speed: 1 })
  return { store, conn }
}

const until = async (cond: () => boolean) => {
  for (let i = 0; i < 200 && !cond(); i++) await new Promise((r) => setTimeout(r, 5))
  expect(cond()).toBe(true)
}

describe('connect (with the in-process host)', () => {
  it('mirrors the default cluster after init', async () => {
    const { store } = start()
    await until(() => store.getState().view !== null)
    expect(Object.keys(store.getState().view?.brokers ?? {})).toEqual(['1', '2', '3'])
    expect(store.getState().view?.topics.orders?.partitions).toBe(3)
  })

  it('advance resolves once the frame after it is in the store', async () => {
    const { store, conn } = start()
    await until(() => store.getState().view !== null)
    await conn.advance(500)
    expect(store.getState().tick).toBe(500)
    await conn.advance(250)
    expect(store.getState().tick).toBe(750)
  })

  it('commands resolve with the engine result, errors naming the field', async () => {
    const { store, conn } = start()
    await until(() => store.getState().view !== null)
    const bad = await conn.command({
      type: 'createTopic',
      name: 'x',
      partitions: 1,
      replicationFactor: 9,
    })
    expect(bad).toMatchObject({ ok: false, error: { field: 'replicationFactor' } })
    expect(
      await conn.command({ type: 'produce', topic: 'orders', value: 'v', partition: 0 }, true),
    ).toEqual({ ok: true })
    await conn.advance(500)
    expect(store.getState().view?.partitions['orders-0']?.highWatermark).toBe(1)
  })

  it('seek resolves with a full view at that tick', async () => {
    const { store, conn } = start()
    await until(() => store.getState().view !== null)
    await conn.advance(1000)
    await conn.seek(300)
    expect(store.getState().tick).toBe(300)
    expect(store.getState().inPast).toBe(true)
    expect(store.getState().head).toBe(1000)
  })
})

describe('connect (frame sequencing)', () => {
  it('acknowledges after paint, and on a gap asks for a resync and acknowledges at once', () => {
    const subs = listeners<FromWorker>()
    const sent: ToWorker[] = []
    const client: SimClient = {
      send: (m) => sent.push(m),
      onMessage: (cb) => subs.add(cb),
      terminate: () => subs.clear(),
    }
    const store = createSimStore()
    const painted: (() => void)[] = []
    connect(store, client, { afterPaint: (cb) => painted.push(cb) })
    const v = buildView(Timeline.fromRun({ seed: 1, config: {}, inputs: [] }).current)
    const base = {
      type: 'frame' as const,
      tick: 0,
      head: 0,
      playing: false,
      speed: 1,
      inPast: false,
      eventsFrom: 0,
      events: [],
      eventCount: 0,
    }
    subs.emit({ ...base, seq: 1, view: v })
    expect(sent).toEqual([])
    painted.shift()?.()
    expect(sent).toEqual([{ type: 'frameAck', seq: 1 }])
    subs.emit({ ...base, seq: 3, diff: { collections: {}, fields: {} } })
    expect(sent.slice(1)).toEqual([{ type: 'resync' }, { type: 'frameAck', seq: 3 }])
    expect(store.getState().seq).toBe(1)
  })

  it('shows a fatal error as the worker alert and a refusal as a notice', () => {
    const subs = listeners<FromWorker>()
    const client: SimClient = {
      send: () => {},
      onMessage: (cb) => subs.add(cb),
      terminate: () => {},
    }
    const store = createSimStore()
    connect(store, client, { afterPaint: immediately })
    subs.emit({ type: 'error', message: 'boom', fatal: true })
    subs.emit({ type: 'error', message: 'bad config', fatal: false })
    expect(store.getState().workerError).toBe('boom')
    expect(store.getState().notices.map((n) => n.params?.message)).toEqual(['bad config'])
  })

  it('a long seek: progress shows in the store and keeps the seek waiting past its time limit', async () => {
    const subs = listeners<FromWorker>()
    const client: SimClient = {
      send: () => {},
      onMessage: (cb) => subs.add(cb),
      terminate: () => {},
    }
    const store = createSimStore()
    const conn = connect(store, client, { afterPaint: immediately, timeoutMs: 60 })
    const v = buildView(Timeline.fromRun({ seed: 1, config: {}, inputs: [] }).current)
    let settled: 'ok' | Error | null = null
    conn.seek(5000).then(
      () => {
        settled = 'ok'
      },
      (e: Error) => {
        settled = e
      },
    )
    // Progress every 40 ms for 200 ms: longer than the 60 ms limit, but never 60 ms of silence.
    for (let t = 1000; t <= 5000; t += 800) {
      subs.emit({ type: 'progress', tick: t, target: 5000 })
      expect(store.getState().seeking).toEqual({ tick: t, target: 5000 })
      await new Promise((r) => setTimeout(r, 40))
    }
    expect(settled).toBeNull()
    // The full view carries some of the events; a diff brings the rest.
    const frame = {
      type: 'frame' as const,
      tick: 5000,
      head: 5000,
      playing: false,
      speed: 1,
      inPast: false,
      eventCount: 2,
    }
    const event = (tick: number) => ({ type: 'brokerKilled', broker: 1, tick }) as SimEvent
    subs.emit({ ...frame, seq: 1, view: { ...v, tick: 5000 }, eventsFrom: 0, events: [event(1)] })
    await new Promise((r) => setTimeout(r, 5))
    expect(settled).toBeNull()
    subs.emit({
      ...frame,
      seq: 2,
      diff: { collections: {}, fields: {} },
      eventsFrom: 1,
      events: [event(2)],
    })
    await new Promise((r) => setTimeout(r, 5))
    expect(settled).toBe('ok')
    expect(store.getState().seeking).toBeNull()
    // Silence past the limit still fails a seek.
    let late: Error | null = null
    conn.seek(9000).catch((e: Error) => {
      late = e
    })
    await new Promise((r) => setTimeout(r, 120))
    expect(String(late)).toContain('no answer to seek')
  })
})
