import { describe, expect, it } from 'vitest'
import { producerEndpoint, producerIdOf } from '../network'
import { consumerEndpoint, parseConsumerEndpoint } from './model'

describe('endpoints', () => {
  it('names a consumer by group and client, and reads both back', () => {
    const e = consumerEndpoint('orders-app', 'c-1')
    expect(e).toBe('consumer:orders-app/c-1')
    expect(consumerEndpoint('orders-app', 'c-1')).toBe(e)
    expect(parseConsumerEndpoint(e)).toEqual({ group: 'orders-app', clientId: 'c-1' })
  })

  it('reads back an endpoint it never built, and nothing from other endpoints', () => {
    expect(parseConsumerEndpoint('consumer:g/with/slash')).toEqual({
      group: 'g',
      clientId: 'with/slash',
    })
    expect(parseConsumerEndpoint('consumer:no-slash')).toBeUndefined()
    expect(parseConsumerEndpoint('producer:p1')).toBeUndefined()
    expect(parseConsumerEndpoint(3)).toBeUndefined()
  })

  it('names a producer and reads its id back', () => {
    expect(producerEndpoint('producer-1')).toBe('producer:producer-1')
    expect(producerIdOf(producerEndpoint('producer-1'))).toBe('producer-1')
    expect(producerIdOf('producer:never-built')).toBe('never-built')
  })
})
