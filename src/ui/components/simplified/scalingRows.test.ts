import { describe, expect, it } from 'vitest'
import { scalingRows } from './scalingRows'
import { SIMPLIFICATIONS } from './simplifications'

describe('the scaling table', () => {
  it('takes Kafka’s name and default and kafkascope’s value from the config model', () => {
    const rows = scalingRows('en')
    const lag = rows.find((r) => r.kafkaName === 'replica.lag.time.max.ms')
    expect(lag).toMatchObject({
      kafkaDefault: '30,000 ms (30 s)',
      value: '3,000 ms (3 s)',
      scale: '÷10',
    })
    expect(rows.find((r) => r.kafkaName === 'min.insync.replicas')).toMatchObject({
      kafkaDefault: '1',
      value: '2',
    })
    expect(rows.find((r) => r.kafkaName === 'session.timeout.ms')?.scope).toBe('consumer')
    expect(rows.at(-1)).toMatchObject({ key: 'network.latency', value: '8–12 ms' })
    // settings kafkascope leaves at Kafka's default are not scaled
    expect(rows.some((r) => r.kafkaName === 'acks')).toBe(false)
  })

  it('speaks Chinese too', () => {
    const zh = scalingRows('zh')
    expect(zh.find((r) => r.kafkaName === 'min.insync.replicas')?.scale).toContain('kafkascope')
    expect(zh.at(-1)?.kafkaName).toBe('网络延迟')
  })

  it('lists every simplification in both languages', () => {
    expect(SIMPLIFICATIONS.length).toBeGreaterThanOrEqual(9)
    for (const s of SIMPLIFICATIONS)
      for (const lang of ['en', 'zh'] as const) {
        expect(s.title[lang].trim()).not.toBe('')
        expect(s.text[lang].split('`').length % 2, `${s.id} ${lang}: unpaired backtick`).toBe(1)
      }
  })
})
