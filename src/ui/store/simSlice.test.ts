import { describe, expect, it } from 'vitest'
import { diffViews } from '../../engine/diff'
import type { SimEvent } from '../../engine/events'
import { Timeline } from '../../engine/timeline'
import { buildView, type SimView } from '../../engine/view'
import type { Frame } from '../../worker/protocol'
import { createSimStore } from './createSimStore'
import { selectMessages, selectViewTick } from './selectors'

const ev = (tick: number, broker = 1): SimEvent => ({
  type: 'brokerKilled',
  broker,
  tick,
  touches: [`broker-${broker}`],
})

function frame(seq: number, over: Partial<Frame>): Frame {
  return {
    type: 'frame',
    seq,
    tick: 0,
    head: 0,
    playing: false,
    speed: 1,
    inPast: false,
    eventsFrom: 0,
    events: [],
    eventCount: 0,
    ...over,
  }
}

function twoViews(): [SimView, SimView] {
  const tl = Timeline.fromRun({ seed: 42, config: {}, inputs: [] })
  const a = buildView(tl.current)
  tl.dispatch({ type: 'produce', topic: 'orders', key: null, value: 'v', partition: 2 })
  tl.advance(500)
  return [a, buildView(tl.current)]
}

describe('applyFrame', () => {
  it('takes a full view, then applies a diff keeping unchanged records by identity', () => {
    const store = createSimStore()
    const [a, b] = twoViews()
    expect(
      store.getState().applyFrame(frame(1, { view: a, markers: [{ tick: 0, kind: 'fault' }] })),
    ).toBe(true)
    const s1 = store.getState()
    expect(s1.view).toBe(a)
    expect(s1.markers).toHaveLength(1)

    const diff = diffViews(a, b)
    const ok = store.getState().applyFrame(
      frame(2, {
        diff,
        tick: 500,
        head: 500,
        playing: true,
        speed: 2,
        markers: [{ tick: 400, kind: 'isr' }],
      }),
    )
    expect(ok).toBe(true)
    const s2 = store.getState()
    expect(s2.tick).toBe(500)
    expect(s2.playing).toBe(true)
    expect(s2.speed).toBe(2)
    expect(s2.markers.map((m) => m.kind)).toEqual(['fault', 'isr'])
    // the produced record went to orders-2: its partition changed, the others kept identity
    expect(s2.view?.partitions['orders-2']).not.toBe(a.partitions['orders-2'])
    expect(s2.view?.partitions['orders-2']?.highWatermark).toBe(1)
    expect(s2.view?.partitions['orders-0']).toBe(a.partitions['orders-0'])
    expect(s2.view?.brokers['1']).toBe(a.brokers['1'])
    expect(s2.view?.topics).toBe(a.topics)
  })

  it('refuses a diff that does not follow the last frame (the connection then resyncs)', () => {
    const store = createSimStore()
    const [a, b] = twoViews()
    store.getState().applyFrame(frame(1, { view: a }))
    expect(store.getState().applyFrame(frame(3, { diff: diffViews(a, b), tick: 500 }))).toBe(false)
    expect(store.getState().view).toBe(a)
    expect(store.getState().seq).toBe(1)
    expect(
      createSimStore()
        .getState()
        .applyFrame(frame(1, { diff: diffViews(a, b) })),
    ).toBe(false)
  })

  it('cuts the event list at eventsFrom and appends the new events', () => {
    const store = createSimStore()
    const [a] = twoViews()
    const apply = (f: Frame) => store.getState().applyFrame(f)
    apply(frame(1, { view: a, events: [ev(1), ev(2)], eventCount: 2 }))
    apply(
      frame(2, {
        diff: { collections: {}, fields: {} },
        eventsFrom: 2,
        events: [ev(3)],
        eventCount: 3,
      }),
    )
    expect(
      store
        .getState()
        .events.slice()
        .map((e) => e.tick),
    ).toEqual([1, 2, 3])
    // a seek back: the worker sends a full view and cuts the list
    apply(frame(3, { view: a, eventsFrom: 1, events: [], eventCount: 1 }))
    expect(
      store
        .getState()
        .events.slice()
        .map((e) => e.tick),
    ).toEqual([1])
    expect(store.getState().eventCount).toBe(1)
    expect(store.getState().lastFrameFull).toBe(true)
  })
})

describe('fast frames', () => {
  /** Views of one run every 100 simulated ms, with a record produced before each. */
  function views(n: number): SimView[] {
    const tl = Timeline.fromRun({ seed: 7, config: {}, inputs: [] })
    const out = [buildView(tl.current)]
    for (let i = 1; i < n; i++) {
      tl.dispatch({ type: 'produce', topic: 'orders', key: null, value: 'v', partition: 0 })
      tl.advance(100)
      out.push(buildView(tl.current))
    }
    return out
  }

  it('move tick and messages; the view the panels read waits for the next frame that is not fast', () => {
    const store = createSimStore()
    const vs = views(3)
    store.getState().applyFrame(frame(1, { view: vs[0], playing: true }))
    // what a fast frame carries: the previous view with the new clock and messages
    const v0 = vs[0] as SimView
    const moved: SimView = { ...v0, tick: 100, messages: (vs[1] as SimView).messages }
    store
      .getState()
      .applyFrame(frame(2, { diff: diffViews(v0, moved), tick: 100, playing: true, fast: true }))
    const s1 = store.getState()
    expect(s1.tick).toBe(100)
    expect(s1.latest?.tick).toBe(100)
    expect(selectMessages(s1)).toBe(s1.latest?.messages)
    expect(s1.view).toBe(v0)
    expect(selectViewTick(s1)).toBe(0)
    store
      .getState()
      .applyFrame(frame(3, { diff: diffViews(moved, vs[2] as SimView), tick: 200, playing: true }))
    const s2 = store.getState()
    expect(s2.view).toBe(s2.latest)
    expect(selectViewTick(s2)).toBe(200)
    expect(s2.view?.partitions['orders-0']).toEqual((vs[2] as SimView).partitions['orders-0'])
  })
})
