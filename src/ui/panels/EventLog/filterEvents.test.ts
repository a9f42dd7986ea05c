import { describe, expect, it } from 'vitest'
import type { ProduceErrorCode, SimEvent } from '../../../engine/events'
import { EventList } from '../../store/eventList'
import { eventRows } from './filterEvents'

const killed = (b: number, tick: number): SimEvent => ({
  type: 'brokerKilled',
  broker: b,
  tick,
  touches: [],
})
const added = (b: number, tick: number): SimEvent => ({
  type: 'brokerAdded',
  broker: b,
  tick,
  touches: [],
})
const retry = (tick: number, error: ProduceErrorCode = 'NETWORK_EXCEPTION'): SimEvent => ({
  type: 'produceError',
  producer: 'producer-1',
  partition: `orders-${tick % 3}`,
  error,
  willRetry: true,
  records: 1,
  tick,
  touches: [],
})

describe('eventRows', () => {
  it('matches the plain-words text in the current language, or the event type', () => {
    const list = EventList.from([killed(1, 1), added(4, 2), killed(2, 3)])
    expect(eventRows(list, 'KILLED', 'en', null).first).toEqual([0, 2])
    expect(eventRows(list, '强杀', 'zh', null).first).toEqual([0, 2])
    expect(eventRows(list, 'brokerAdded', 'zh', null).first).toEqual([1])
    expect(eventRows(list, '  ', 'en', null).first).toEqual([0, 1, 2])
  })

  it('folds a run of identical producer retries into one row', () => {
    const list = EventList.from([
      killed(1, 1),
      retry(2),
      retry(3),
      retry(4),
      retry(5, 'REQUEST_TIMED_OUT'),
      added(4, 6),
      retry(7),
    ])
    const rows = eventRows(list, '', 'en', null)
    expect(rows.first).toEqual([0, 1, 4, 5, 6])
    expect(rows.last).toEqual([0, 3, 4, 5, 6])
    expect(rows.count).toEqual([1, 3, 1, 1, 1])
    expect(rows.matched).toBe(7)
  })

  it('folds a run of auto-commits into one row per group, showing the latest', () => {
    const commit = (
      tick: number,
      clientId: string,
      how: 'auto' | 'sync' = 'auto',
      group = 'g1',
    ): SimEvent => ({
      type: 'offsetsCommitted',
      group,
      clientId,
      offsets: { 'orders-0': tick },
      how,
      tick,
      touches: [],
    })
    const list = EventList.from([
      commit(1, 'c1'),
      commit(2, 'c2'),
      commit(3, 'c3'),
      commit(4, 'c1', 'auto', 'g2'),
      commit(5, 'c1'),
      commit(6, 'c2', 'sync'),
      commit(7, 'c3'),
    ])
    const rows = eventRows(list, '', 'en', null)
    expect(rows.first).toEqual([0, 3, 4, 5, 6])
    expect(rows.last).toEqual([2, 3, 4, 5, 6])
    expect(rows.count).toEqual([3, 1, 1, 1, 1])
  })

  it('folds a consumer losing its coordinator again and again, per consumer and error', () => {
    const lost = (
      tick: number,
      clientId = 'c2',
      error = 'COORDINATOR_NOT_AVAILABLE',
    ): SimEvent => ({
      type: 'consumerLostCoordinator',
      group: 'g1',
      clientId,
      broker: 1,
      error,
      inFlight: ['OffsetCommit'],
      tick,
      touches: [],
    })
    const list = EventList.from([
      lost(1),
      lost(2),
      lost(3),
      lost(4, 'c3'),
      lost(5, 'c3', 'NOT_COORDINATOR'),
    ])
    const rows = eventRows(list, '', 'en', null)
    expect(rows.first).toEqual([0, 3, 4])
    expect(rows.count).toEqual([3, 1, 1])
  })

  it('extends the previous rows while the run only appends, and starts over after a cut', () => {
    const a = EventList.from([killed(1, 1), retry(2)])
    const first = eventRows(a, '', 'en', null)
    const b = a.append([retry(3), killed(3, 4)])
    const second = eventRows(b, '', 'en', first)
    expect(second.first).toEqual([0, 1, 3])
    expect(second.count).toEqual([1, 2, 1])
    const c = b.cut(1).append([added(5, 9)])
    const third = eventRows(c, 'killed', 'en', second)
    expect(third.first).toEqual([0])
    expect(third.matched).toBe(1)
  })
})
