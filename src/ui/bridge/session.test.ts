// The session with the in-process host: restart replays the page's run log in a new simulation
// (nothing lost, and an input that fails is reported and left out); import is all or nothing.

import { afterEach, describe, expect, it, vi } from 'vitest'
import { Timeline } from '../../engine/timeline'
import { createSimStore } from '../store/createSimStore'
import { createInProcessClient } from './inProcessClient'
import { SimSession } from './session'

const immediately = (cb: () => void) => setTimeout(cb, 0)
const sessions: SimSession[] = []
afterEach(() => {
  for (const s of sessions.splice(0)) s.stop()
  vi.restoreAllMocks()
})

async function until(cond: () => boolean) {
  for (let i = 0; i < 400 && !cond(); i++) await new Promise((r) => setTimeout(r, 5))
  expect(cond()).toBe(true)
}

async function started() {
  const store = createSimStore()
  const init = { type: 'init' as const, seed: 42, playing: false, speed: 1 }
  const session = new SimSession(store, () => createInProcessClient(), init, {
    afterPaint: immediately,
  })
  sessions.push(session)
  session.boot(null)
  await until(() => store.getState().view !== null)
  return { session, store }
}

async function build(session: SimSession) {
  await session.command(
    { type: 'createTopic', name: 'pay', partitions: 2, replicationFactor: 3 },
    true,
  )
  await session.advance(200)
  await session.command({ type: 'produce', topic: 'pay', key: 'a', value: 'v' }, true)
  await session.advance(300)
  await session.command({ type: 'killBroker', broker: 1 }, true)
  await session.advance(1000)
}

const json = (v: unknown) => JSON.stringify(v, (k, x) => (k === 'focus' ? undefined : x))

describe('SimSession', () => {
  it('restart replays the page’s run log to the tick reached: nothing is lost', async () => {
    const { session, store } = await started()
    await build(session)
    const before = json(store.getState().view)
    expect(session.runLog.run()?.inputs.map((i) => i.tick)).toEqual([0, 200, 500])
    store.getState().setWorkerError('boom')
    await session.restart()
    expect(store.getState().workerError).toBeNull()
    expect(store.getState().tick).toBe(1500)
    expect(json(store.getState().view)).toBe(before)
    expect(store.getState().notices.map((n) => n.key)).toContain('worker.restored')
  })

  it('restart stops before an input that fails, and says which', async () => {
    const { session, store } = await started()
    await build(session)
    const real = Timeline.prototype.dispatch
    vi.spyOn(Timeline.prototype, 'dispatch').mockImplementation(function (this: Timeline, c) {
      if (c.type === 'produce') throw new Error('engine bug')
      return real.call(this, c)
    })
    await session.restart()
    const notice = store.getState().notices.find((n) => n.key === 'worker.restoreFailed')
    expect(notice?.params).toEqual({
      s: '0.2',
      message: 'input #1 at tick 200 (produce) failed: engine bug',
    })
    expect(store.getState().tick).toBe(200)
    expect(session.runLog.run()?.inputs.map((i) => i.command.type)).toEqual(['createTopic'])
  })

  it('import is all or nothing', async () => {
    const { session, store } = await started()
    await build(session)
    const before = json(store.getState().view)
    const bad = await session.importRun({
      seed: 1,
      config: { brokers: 0 },
      inputs: [],
      scenario: null,
    })
    expect(bad).toMatchObject({ ok: false, message: expect.stringContaining('brokers') })
    expect(json(store.getState().view)).toBe(before)
    const good = await session.importRun({
      seed: 9,
      config: {},
      inputs: [{ tick: 5, command: { type: 'killBroker', broker: 7 } }],
      until: 800,
      tick: 300,
      scenario: null,
    })
    expect(good).toMatchObject({ ok: true, refused: [{ index: 0, type: 'killBroker' }] })
    expect(store.getState().tick).toBe(300)
    expect(store.getState().head).toBe(800)
    expect(session.runLog.run()).toEqual({ seed: 9, config: {}, inputs: [] })
  })
})
