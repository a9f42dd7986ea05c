import { describe, expect, it } from 'vitest'
import { applyCommand, buildView, createSim, runUntil } from '../../../engine'
import { fastFacts } from './fastFacts'

function cluster() {
  const sim = createSim(7, {
    brokers: 3,
    topics: [{ name: 'orders', partitions: 3, replicationFactor: 3 }],
  })
  const ctx = { sim, events: [] }
  runUntil(ctx, 100)
  return ctx
}

describe('fastFacts', () => {
  it('counts the batches and records of the produce requests in flight', () => {
    const ctx = cluster()
    for (let i = 0; i < 12; i++)
      applyCommand(ctx, { type: 'produce', topic: 'orders', key: `k${i}`, value: 'v' })
    // run until the first produce request is on the wire, then look
    let facts = fastFacts(buildView(ctx.sim))
    for (let t = ctx.sim.tick + 1; facts.produceRequests === 0 && t < ctx.sim.tick + 200; t++) {
      runUntil(ctx, t)
      facts = fastFacts(buildView(ctx.sim))
    }
    expect(facts.produceRequests).toBeGreaterThan(0)
    // 12 records over 3 partitions travel as a few batches, not as 12 messages
    expect(facts.produceBatches).toBeGreaterThanOrEqual(facts.produceRequests)
    expect(facts.produceBatches).toBeLessThanOrEqual(3 * facts.produceRequests)
    expect(facts.produceRecords).toBeGreaterThan(facts.produceBatches)
    // once acknowledged, the same batches are counted from the producer's recent outcomes
    runUntil(ctx, ctx.sim.tick + 500)
    const acked = fastFacts(buildView(ctx.sim))
    expect(acked.produceRequests).toBe(0)
    expect(acked.ackedRecords).toBe(12)
    expect(acked.ackedBatches).toBeLessThan(12)
  })

  it('counts appended records per user partition and what is still in the page cache', () => {
    const ctx = cluster()
    for (let i = 0; i < 9; i++)
      applyCommand(ctx, { type: 'produce', topic: 'orders', key: `k${i}`, value: 'v' })
    runUntil(ctx, ctx.sim.tick + 400)
    const view = buildView(ctx.sim)
    const facts = fastFacts(view)
    expect(facts.partitions).toBe(3) // __consumer_offsets is not counted
    expect(facts.appended).toBe(9)
    const unflushed = Object.values(view.replicas).reduce(
      (n, r) => n + Math.max(0, r.leo - r.flushedOffset),
      0,
    )
    expect(facts.unflushed).toBe(unflushed)
    // three replicas of nine records, written within the page-cache flush interval
    expect(facts.unflushed).toBe(27)
    // a broker that is killed loses its page cache: its replicas no longer count
    applyCommand(ctx, { type: 'killBroker', broker: 1 })
    const after = fastFacts(buildView(ctx.sim))
    expect(after.unflushed).toBeLessThan(27)
    expect(after.brokers).toBe(2)
  })
})
