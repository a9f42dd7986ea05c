import { describe, expect, it } from 'vitest'
import { createSimStore } from '../store/createSimStore'
import { RUN_KEY, RunSaver, readSavedRun, urlAsksForOther, worthResuming } from './persist'
import { RunLog } from './runLog'

function memoryStorage(quota = Number.POSITIVE_INFINITY): Storage {
  const data = new Map<string, string>()
  return {
    get length() {
      return data.size
    },
    clear: () => data.clear(),
    getItem: (k) => data.get(k) ?? null,
    key: (i) => [...data.keys()][i] ?? null,
    removeItem: (k) => void data.delete(k),
    setItem(k, v) {
      if (v.length > quota) throw new DOMException('full', 'QuotaExceededError')
      data.set(k, v)
    },
  }
}

const kill = (tick: number) => ({ tick, command: { type: 'killBroker' as const, broker: 1 } })

function setup(opts: { maxChars?: number; quota?: number } = {}) {
  const storage = memoryStorage(opts.quota)
  const store = createSimStore()
  const log = new RunLog()
  const saver = new RunSaver(log, store, storage, { throttleMs: 0, maxChars: opts.maxChars })
  // A view is all the saver needs from the store besides the cursor.
  store.setState({ view: {} as never, tick: 700, head: 900 })
  log.applyFrame({
    runStart: { seed: 5, config: { brokers: 4 } },
    inputsFrom: 0,
    inputs: [kill(100)],
  })
  return { storage, store, log, saver }
}

describe('RunSaver and readSavedRun', () => {
  it('saves the run with its cursor and reads it back', () => {
    const { storage, log, saver } = setup()
    log.scenario = 'healthy'
    saver.flush()
    const saved = readSavedRun(storage)
    expect(saved).toMatchObject({
      seed: 5,
      config: { brokers: 4 },
      until: 900,
      tick: 700,
      scenario: 'healthy',
    })
    expect(saved?.inputs).toEqual([kill(100)])
    expect(saved && worthResuming(saved)).toBe(true)
  })

  it('keeps the last run that fitted and says once that this one is too big', () => {
    const { storage, store, log, saver } = setup({ maxChars: 400 })
    saver.flush()
    const first = storage.getItem(RUN_KEY)
    log.applyFrame({ inputsFrom: 1, inputs: Array.from({ length: 20 }, (_, i) => kill(200 + i)) })
    saver.flush()
    saver.flush()
    expect(storage.getItem(RUN_KEY)).toBe(first)
    expect(store.getState().notices.map((n) => n.key)).toEqual(['runs.tooBig'])
    expect(store.getState().notices[0]?.params).toMatchObject({ max: '0.0', s: '0.9' })
  })

  it('treats a full storage the same way', () => {
    const { storage, store, saver } = setup({ quota: 10 })
    saver.flush()
    expect(storage.getItem(RUN_KEY)).toBeNull()
    expect(store.getState().notices.map((n) => n.key)).toEqual(['runs.tooBig'])
  })

  it('drops a saved run that is not valid', () => {
    const storage = memoryStorage()
    storage.setItem(RUN_KEY, '{"seed":"x"')
    expect(readSavedRun(storage)).toBeNull()
    expect(storage.getItem(RUN_KEY)).toBeNull()
  })
})

describe('urlAsksForOther', () => {
  const saved = {
    seed: 42,
    config: {},
    inputs: [],
    scenario: 'healthy',
    until: 5,
    tick: 5,
    savedAt: 0,
  }
  it('only ?seed and ?scenario choose a run', () => {
    expect(urlAsksForOther('?lang=zh&paused=1&worker=0', { seed: 42, scenario: null }, saved)).toBe(
      false,
    )
    expect(urlAsksForOther('?seed=42', { seed: 42, scenario: null }, saved)).toBe(false)
    expect(urlAsksForOther('?seed=7', { seed: 7, scenario: null }, saved)).toBe(true)
    expect(urlAsksForOther('?scenario=healthy', { seed: 42, scenario: 'healthy' }, saved)).toBe(
      false,
    )
    expect(
      urlAsksForOther('?scenario=slow-follower', { seed: 42, scenario: 'slow-follower' }, saved),
    ).toBe(true)
  })
})
