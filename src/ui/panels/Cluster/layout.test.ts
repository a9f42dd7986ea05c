import { describe, expect, it } from 'vitest'
import {
  anchorKey,
  anchorsFrom,
  arcControl,
  arcPath,
  arcPoint,
  COMPACT_PER_BROKER,
  COMPACT_TOTAL,
  centreOf,
  densityFor,
  endpoint,
  groupByTopic,
  partitionNumber,
  progress,
  sameAnchors,
  spanPoint,
  tokenRadius,
  topicOfPartition,
} from './layout'

describe('card-centre anchors', () => {
  it('takes the centre of a box relative to the stage', () => {
    expect(
      centreOf({ left: 110, top: 60, width: 200, height: 100 }, { left: 10, top: 20 }),
    ).toEqual({ x: 200, y: 90 })
  })

  it('builds anchors for every measured element and rounds to 0.1 px', () => {
    const stage = { left: 5, top: 5, width: 1000.04, height: 400 }
    const a = anchorsFrom(
      stage,
      {
        'broker-1': { left: 5.333, top: 45, width: 300, height: 200 },
        producer: { left: 5, top: 5, width: 1000, height: 30 },
      },
      ['producer'],
    )
    expect(a.width).toBe(1000)
    expect(a.points['broker-1']).toEqual({ x: 150.3, y: 140 })
    expect(a.points.producer).toBeUndefined()
    expect(a.spans.producer).toEqual({ x0: 0, x1: 1000, y: 15 })
  })

  it('meets a lane straight above the other end, kept inside the lane', () => {
    const lane = { x0: 0, x1: 1000, y: 15 }
    expect(spanPoint(lane, { x: 300, y: 200 })).toEqual({ x: 300, y: 15 })
    expect(spanPoint(lane, { x: -50, y: 200 })).toEqual({ x: 24, y: 15 })
    expect(spanPoint(lane, { x: 5000, y: 200 })).toEqual({ x: 976, y: 15 })
    expect(spanPoint({ x0: 0, x1: 10, y: 0 }, { x: 0, y: 0 })).toEqual({ x: 5, y: 0 })
    const anchors = { width: 1000, height: 400, points: { b: { x: 1, y: 2 } }, spans: { lane } }
    expect(endpoint(anchors, 'b', null)).toEqual({ x: 1, y: 2 })
    expect(endpoint(anchors, 'lane', { x: 400, y: 300 })).toEqual({ x: 400, y: 15 })
    expect(endpoint(anchors, 'lane', null)).toEqual({ x: 500, y: 15 })
    expect(endpoint(anchors, 'nope', null)).toBeNull()
  })

  it('compares anchors by value', () => {
    const stage = { left: 0, top: 0, width: 10, height: 10 }
    const box = { left: 0, top: 0, width: 4, height: 4 }
    expect(sameAnchors(anchorsFrom(stage, { a: box }), anchorsFrom(stage, { a: box }))).toBe(true)
    expect(
      sameAnchors(anchorsFrom(stage, { a: box }), anchorsFrom(stage, { a: { ...box, left: 1 } })),
    ).toBe(false)
    expect(sameAnchors(anchorsFrom(stage, { a: box }), anchorsFrom(stage, { b: box }))).toBe(false)
    expect(sameAnchors(anchorsFrom(stage, {}), anchorsFrom({ ...stage, height: 11 }, {}))).toBe(
      false,
    )
  })

  it('maps message endpoints to anchors: brokers by id, producers to one anchor', () => {
    expect(anchorKey(3)).toBe('broker-3')
    expect(anchorKey('12')).toBe('broker-12')
    expect(anchorKey('producer:producer-1')).toBe('producer')
    expect(anchorKey('consumer:g1/c1')).toBeNull()
  })
})

describe('token position by simulated time', () => {
  it('is 0 at the send tick, 1 at the receive tick, linear between', () => {
    expect(progress(100, 100, 110)).toBe(0)
    expect(progress(105, 100, 110)).toBe(0.5)
    expect(progress(110, 100, 110)).toBe(1)
  })

  it('clamps before sending and after arrival', () => {
    expect(progress(90, 100, 110)).toBe(0)
    expect(progress(500, 100, 110)).toBe(1)
  })

  it('handles zero-latency messages without dividing by zero', () => {
    expect(progress(99, 100, 100)).toBe(0)
    expect(progress(100, 100, 100)).toBe(1)
  })

  it('interpolates along the arc: ends at the anchors, bulges to the left of travel', () => {
    const a = { x: 0, y: 0 }
    const b = { x: 200, y: 0 }
    const c = arcControl(a, b)
    expect(c.x).toBe(100)
    expect(c.y).toBeLessThan(0) // left of travel when going right (screen y grows downwards)
    expect(arcPoint(a, c, b, 0)).toEqual(a)
    expect(arcPoint(a, c, b, 1)).toEqual(b)
    expect(arcPoint(a, c, b, 0.5)).toEqual({ x: 100, y: c.y / 2 })
    expect(arcPoint(a, c, b, -1)).toEqual(a)
    expect(arcPoint(a, c, b, 7)).toEqual(b)
    // the way back bulges the other way, so a request and its response do not overlap
    expect(arcControl(b, a).y).toBeGreaterThan(0)
  })

  it('caps the bend for far-apart cards and survives identical points', () => {
    const c = arcControl({ x: 0, y: 0 }, { x: 0, y: 2000 })
    expect(Math.abs(c.x)).toBe(70)
    expect(arcControl({ x: 5, y: 5 }, { x: 5, y: 5 })).toEqual({ x: 5, y: 5 })
  })

  it('draws the trail as the part of the arc already travelled', () => {
    const a = { x: 0, y: 0 }
    const b = { x: 100, y: 0 }
    const c = { x: 50, y: -40 }
    expect(arcPath(a, c, b)).toBe('M0 0Q50 -40 100 0')
    expect(arcPath(a, c, b, 0.5)).toBe('M0 0Q25 -20 50 -20')
    expect(arcPath(a, c, b, 0)).toBe('M0 0Q0 0 0 0')
  })

  it('sizes tokens by the records they carry, within bounds', () => {
    expect(tokenRadius(0)).toBe(7)
    expect(tokenRadius(1)).toBe(7)
    expect(tokenRadius(4)).toBe(9)
    expect(tokenRadius(42)).toBe(11)
    expect(tokenRadius(1_000_000)).toBe(13)
  })
})

describe('compact mode threshold', () => {
  it('keeps full chips for classroom clusters', () => {
    expect(densityFor(3, 9)).toBe('full') // default: 3 brokers, orders ×3, RF 3
    expect(densityFor(8, 36)).toBe('full') // bench-classroom: 5 brokers, 12 partitions, RF 3
    expect(densityFor(COMPACT_PER_BROKER, COMPACT_TOTAL)).toBe('full')
  })

  it('switches to compact chips for large clusters', () => {
    expect(densityFor(36, 432)).toBe('compact') // bench-stress: 12 brokers × 36
    expect(densityFor(COMPACT_PER_BROKER + 1, 20)).toBe('compact')
    expect(densityFor(10, COMPACT_TOTAL + 1)).toBe('compact')
  })
})

describe('grouping chips by topic', () => {
  it('reads the topic from a partition key, dashes included', () => {
    expect(topicOfPartition('orders-0')).toBe('orders')
    expect(topicOfPartition('my-topic-12')).toBe('my-topic')
    expect(topicOfPartition('__consumer_offsets-3')).toBe('__consumer_offsets')
    expect(partitionNumber('my-topic-12')).toBe('12')
  })

  it('groups consecutive replica keys of the same topic', () => {
    expect(groupByTopic(['a-0@1', 'a-1@1', 'b-x-0@1'])).toEqual([
      { topic: 'a', keys: ['a-0@1', 'a-1@1'] },
      { topic: 'b-x', keys: ['b-x-0@1'] },
    ])
    expect(groupByTopic([])).toEqual([])
  })
})
