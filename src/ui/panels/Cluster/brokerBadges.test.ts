import { describe, expect, it } from 'vitest'
import type { BrokerView } from '../../../engine/view'
import { brokerBadges, brokerTone } from './brokerBadges'

const broker = (over: Partial<BrokerView> = {}): BrokerView => ({
  id: 1,
  status: 'online',
  controller: false,
  voter: true,
  fenced: false,
  shuttingDown: false,
  slowMs: 0,

  epoch: 1,
  ...over,
})

const ids = (b: BrokerView) => brokerBadges(b).map((x) => x.id)

describe('brokerBadges', () => {
  it('shows the process status first, then everything else that applies', () => {
    expect(ids(broker())).toEqual(['online'])
    expect(ids(broker({ controller: true, slowMs: 600 }))).toEqual(['online', 'controller', 'slow'])
    expect(ids(broker({ status: 'isolated', fenced: true }))).toEqual(['isolated', 'fenced'])
    expect(ids(broker({ shuttingDown: true, fenced: true }))).toEqual([
      'online',
      'shuttingDown',
      'fenced',
    ])
  })

  it('a dead broker is only offline (its fenced/slow flags no longer matter)', () => {
    expect(ids(broker({ status: 'offline', fenced: true, slowMs: 600 }))).toEqual(['offline'])
  })

  it('says how slow a slow broker is', () => {
    expect(brokerBadges(broker({ slowMs: 600 }))[1]?.params).toEqual({ ms: 600 })
  })

  it('gives the card the tone of its most serious condition', () => {
    expect(brokerTone(broker())).toBe('online')
    expect(brokerTone(broker({ slowMs: 1 }))).toBe('degraded')
    expect(brokerTone(broker({ status: 'isolated', slowMs: 1 }))).toBe('isolated')
    expect(brokerTone(broker({ status: 'offline' }))).toBe('offline')
  })
})
