import { describe, expect, it } from 'vitest'
import { TERM_IDS, termText } from './terms'

describe('the term catalog', () => {
  it('explains every term in one line, in both languages', () => {
    for (const id of TERM_IDS)
      for (const lang of ['en', 'zh'] as const) {
        const text = termText(id, lang)
        expect(text.trim(), `${id} ${lang}`).not.toBe('')
        expect(text, `${id} ${lang}`).not.toMatch(/\n/)
        expect(text.length, `${id} ${lang}`).toBeLessThan(260)
      }
  })

  it('covers the terms on screen', () => {
    for (const id of [
      'isr',
      'osr',
      'ar',
      'hw',
      'leo',
      'leaderEpoch',
      'acks',
      'minIsr',
      'generation',
      'lag',
      'committedOffset',
      'position',
      'controller',
      'fenced',
      'idempotence',
      'rebalance',
      'assignor',
    ])
      expect(TERM_IDS).toContain(id)
  })

  it('keeps Kafka’s words with a Chinese gloss', () => {
    expect(termText('hw', 'zh')).toContain('HW（高水位）')
    expect(termText('isr', 'zh')).toContain('ISR（同步副本集）')
    expect(termText('leo', 'zh')).toContain('LEO（日志末端位移）')
    expect(termText('minIsr', 'zh')).toContain('min.insync.replicas')
    expect(termText('rebalance', 'zh')).toContain('rebalance（再平衡）')
  })

  it('states the Kafka facts correctly', () => {
    expect(termText('hw', 'en')).toMatch(/below it .*committed and consumers can read/)
    expect(termText('leo', 'en')).toMatch(/the next record .*will get/)
    expect(termText('follower', 'en')).toMatch(/offset it fetches from is its acknowledgement/)
    expect(termText('fetch', 'en')).toMatch(/fetch offset is its acknowledgement/)
    expect(termText('committedOffset', 'en')).toMatch(/next offset the group reads/)
    expect(termText('offline', 'en')).toMatch(/any single ISR replica coming back is enough/)
    expect(termText('offline', 'zh')).toContain('任意一个 ISR 副本恢复')
    // What the study notes teach (shared/seeds), stated where the term is explained.
    expect(termText('partition', 'en')).toMatch(/Order holds only within a partition/)
    expect(termText('partition', 'en')).toMatch(/64-bit/)
    expect(termText('election', 'en')).toMatch(/f\+1 replicas, where a quorum needs 2f\+1/)
    expect(termText('producer', 'en')).toMatch(/round robin was the rule only before Kafka 2\.4/)
    expect(termText('controller', 'en')).toMatch(/Before KRaft, ZooKeeper/)
    expect(termText('acks', 'en')).toMatch(/leader alone, all is no safer than 1/)
  })
})
