import { describe, expect, it } from 'vitest'
import { BROKER_CONFIG_INFO, PRODUCER_CONFIG_INFO } from '../../../engine/config'
import { CONSUMER_CONFIG_INFO } from '../../../engine/groups/config'
import { validateBrokerConfig } from '../../../engine/validate'
import {
  BROKER_SECTIONS,
  brokerLevelName,
  choiceValue,
  controlOf,
  formatAmount,
  parseNumber,
  readable,
} from './configFields'

const lag = BROKER_CONFIG_INFO.replicaLagTimeMaxMs

describe('parseNumber', () => {
  it('accepts whole numbers within the info’s bounds, with separators', () => {
    expect(parseNumber('5000', lag)).toEqual({ ok: true, value: 5000 })
    expect(parseNumber(' 30 000 ', lag)).toEqual({ ok: true, value: 30000 })
    expect(parseNumber('30_000', lag)).toEqual({ ok: true, value: 30000 })
    expect(parseNumber('1,000', lag)).toEqual({ ok: true, value: 1000 })
    expect(parseNumber('-1', BROKER_CONFIG_INFO.retentionBytes)).toEqual({ ok: true, value: -1 })
  })
  it('refuses empty, fractional, non-numeric and out-of-range input', () => {
    expect(parseNumber('', lag)).toEqual({ ok: false, code: 'empty' })
    expect(parseNumber('2.5', lag)).toEqual({ ok: false, code: 'whole' })
    expect(parseNumber('abc', lag)).toEqual({ ok: false, code: 'whole' })
    expect(parseNumber('1e3', lag)).toEqual({ ok: false, code: 'whole' })
    expect(parseNumber('0', lag)).toEqual({ ok: false, code: 'range', min: 1, max: 600_000 })
    expect(parseNumber('600001', lag)).toMatchObject({ ok: false, code: 'range' })
    expect(parseNumber('99999999999999999999', lag)).toMatchObject({ ok: false, code: 'range' })
  })
  it('agrees with the engine’s own validation at the bounds', () => {
    for (const [key, info] of Object.entries(BROKER_CONFIG_INFO)) {
      if (typeof info.kafkaDefault === 'boolean') continue
      for (const v of [info.min, info.max, (info.min ?? 0) - 1, (info.max ?? 0) + 1]) {
        if (v === undefined) continue
        const ui = parseNumber(String(v), info).ok
        const engine = validateBrokerConfig({ [key]: v }).length === 0
        expect(ui, `${key}=${v}`).toBe(engine)
      }
    }
  })
})

describe('controls', () => {
  it('gives switches to booleans, 0/1/all to acks, choices to enums, inputs to numbers', () => {
    expect(
      controlOf('uncleanLeaderElectionEnable', BROKER_CONFIG_INFO.uncleanLeaderElectionEnable),
    ).toEqual({ kind: 'boolean' })
    expect(controlOf('acks', PRODUCER_CONFIG_INFO.acks)).toEqual({
      kind: 'choice',
      choices: ['0', '1', 'all'],
    })
    expect(controlOf('partitioner', PRODUCER_CONFIG_INFO.partitioner)).toMatchObject({
      kind: 'choice',
    })
    expect(controlOf('autoOffsetReset', CONSUMER_CONFIG_INFO.autoOffsetReset)).toMatchObject({
      kind: 'choice',
    })
    expect(controlOf('replicaLagTimeMaxMs', lag)).toEqual({ kind: 'number' })
    expect(choiceValue('acks', '1')).toBe(1)
    expect(choiceValue('acks', '0')).toBe(0)
    expect(choiceValue('acks', 'all')).toBe('all')
    expect(choiceValue('partitioner', 'sticky')).toBe('sticky')
  })
  it('lists every broker setting exactly once, by its broker-level name', () => {
    const keys = BROKER_SECTIONS.flatMap((s) => s.keys).sort()
    expect(keys).toEqual(Object.keys(BROKER_CONFIG_INFO).sort())
    expect(brokerLevelName('retentionMs', BROKER_CONFIG_INFO.retentionMs)).toBe('log.retention.ms')
    expect(brokerLevelName('replicaLagTimeMaxMs', lag)).toBe('replica.lag.time.max.ms')
  })
})

describe('formatAmount', () => {
  it('adds a readable unit to large amounts', () => {
    expect(formatAmount(30000, 'ms')).toBe('30,000 ms (30 s)')
    expect(formatAmount(604_800_000, 'ms')).toBe('604,800,000 ms (7 d)')
    expect(formatAmount(500, 'ms')).toBe('500 ms')
    expect(formatAmount(1_073_741_824, 'bytes')).toBe('1,073,741,824 B (1 GiB)')
    expect(formatAmount(16384, 'bytes')).toBe('16,384 B (16 KiB)')
    expect(formatAmount(5, 'count')).toBe('5')
    expect(formatAmount(300_000, 'ms')).toBe('300,000 ms (5 min)')
    expect(formatAmount(1500, 'ms')).toBe('1,500 ms (1.5 s)')
    expect(readable(3000, 'ms')).toBe('(3 s)')
    expect(readable(50, 'ms')).toBe('')
    expect(readable(1024, 'bytes')).toBe('(1 KiB)')
  })
})
