import { describe, expect, it } from 'vitest'
import { type CaptionInput, caption, captionSentences } from './caption'

const r = (broker: number, leo: number, hw: number, over = {}) => ({
  broker,
  leo,
  hw,
  inSync: true,
  offline: false,
  truncating: false,
  ...over,
})

const base: CaptionInput = {
  partition: 'orders-0',
  leader: 1,
  leaderEpoch: 0,
  lagMs: 3000,
  replicas: [r(1, 12, 8), r(2, 12, 8), r(3, 8, 8)],
}

describe('caption', () => {
  it('explains a follower behind but still in the ISR, in English', () => {
    const text = caption('en', base)
    expect(text).toContain(
      'Broker 3 is 4 records behind the leader; it is still in the ISR because it caught up within replica.lag.time.max.ms (3000 ms here).',
    )
    expect(text).toContain('Its HW is 8: offsets below 8 are committed')
    expect(text).toContain('4 records above the HW wait')
  })

  it('says the same in Chinese', () => {
    const text = caption('zh', base)
    expect(text).toContain('Broker 3 落后 leader 4 条消息；它仍在 ISR 中')
    expect(text).toContain('replica.lag.time.max.ms（这里是 3000 ms）')
    expect(text).not.toContain('{')
  })

  it('explains an out-of-sync follower, a lagging follower HW and an offline broker', () => {
    const keys = captionSentences({
      ...base,
      replicas: [r(1, 20, 12), r(2, 20, 10), r(3, 5, 5, { inSync: false })],
    }).map((s) => s.key)
    expect(keys).toEqual([
      'pv.cap.leader',
      'pv.cap.pending',
      'pv.cap.caughtUpHwLags',
      'pv.cap.behindOsr',
    ])
    const off = caption('en', {
      ...base,
      replicas: [r(1, 3, 3), r(2, 3, 3), r(3, 2, 2, { offline: true })],
    })
    expect(off).toContain('Broker 3 is offline')
    expect(off).toContain('Broker 2 has every record (LEO 3) and knows the leader’s HW.')
  })

  it('uses the singular for one record', () => {
    const text = caption('en', { ...base, replicas: [r(1, 5, 4), r(2, 4, 4)] })
    expect(text).toContain('1 record above the HW waits')
    expect(text).toContain('Broker 2 is 1 record behind the leader')
  })

  it('reports an offline partition and a recent truncation in both languages', () => {
    const input: CaptionInput = {
      ...base,
      leader: null,
      truncation: { broker: 1, from: 15, to: 12, mode: 'leader-epoch' },
    }
    const en = caption('en', input)
    expect(en).toContain('orders-0 has no leader')
    expect(en).toContain(
      'Broker 1 just removed offsets 12–14 from its log: leader-epoch truncation (KIP-101)',
    )
    const zh = caption('zh', {
      ...input,
      truncation: { broker: 1, from: 13, to: 12, mode: 'high-watermark' },
    })
    expect(zh).toContain('orders-0 没有 leader')
    expect(zh).toContain('删除了位移 12：Kafka 0.11 之前')
  })

  it('explains a follower that is reconciling before it fetches', () => {
    const text = caption('en', {
      ...base,
      replicas: [r(1, 9, 9), r(2, 9, 9), r(3, 11, 7, { truncating: true })],
    })
    expect(text).toContain(
      'Broker 3 is reconciling with the leader: before fetching, it asks where their logs diverge (OffsetsForLeaderEpoch).',
    )
  })
})
