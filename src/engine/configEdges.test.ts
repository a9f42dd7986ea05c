// Every setting at the ends of the range the Config panel accepts, through brokers dying, a broker
// cut off and a consumer group: time keeps passing. A backoff of 0 used to retry a send to a dead
// broker forever at the same instant, which froze the page without a word (found by the monkey).

import { describe, expect, it } from 'vitest'
import type { Command } from './commands'
import type { ConfigInfo } from './configInfo'
import { BROKER_CONFIG_INFO, PRODUCER_CONFIG_INFO } from './configInfo'
import type { Ctx } from './ctx'
import { CONSUMER_CONFIG_INFO } from './groups/config'
import { schedule } from './scheduler'
import { applyCommand, createSim } from './sim'
import { MAX_TIMERS_PER_TICK, runUntil, SameTickLoopError } from './step'
import { ConfigError } from './validate'

type Kind = 'broker' | 'producer' | 'consumer'

function edges(kind: Kind, info: Record<string, ConfigInfo>) {
  const out: { kind: Kind; key: string; value: number }[] = []
  for (const [key, i] of Object.entries(info)) {
    if (i.min !== undefined) out.push({ kind, key, value: i.min })
    if (i.max !== undefined && i.max !== i.min) out.push({ kind, key, value: i.max })
  }
  return out
}

const CASES = [
  ...edges('broker', BROKER_CONFIG_INFO),
  ...edges('producer', PRODUCER_CONFIG_INFO),
  ...edges('consumer', CONSUMER_CONFIG_INFO),
]

const FAULTS: [number, Command][] = [
  [500, { type: 'killBroker', broker: 1 }],
  [900, { type: 'killBroker', broker: 3 }],
  [3000, { type: 'restartBroker', broker: 1 }],
  [4000, { type: 'isolateBroker', broker: 2 }],
  [5000, { type: 'reconnectBroker', broker: 2 }],
  [5500, { type: 'restartBroker', broker: 3 }],
]

/** A sim with one setting changed, or null when the config is refused (a rule across settings). */
function simWith(c: (typeof CASES)[number]): Ctx | null {
  const setting = { [c.key]: c.value }
  try {
    const sim = createSim(1, {
      brokers: 3,
      topics: [{ name: 'orders', partitions: 3, replicationFactor: 3 }],
      ...(c.kind === 'broker' ? { broker: setting } : {}),
      ...(c.kind === 'producer' ? { producer: setting } : {}),
    })
    return { sim, events: [] }
  } catch (err) {
    if (err instanceof ConfigError) return null
    throw err
  }
}

describe('settings at the ends of their ranges', () => {
  it.each(CASES)('$kind $key = $value: time keeps passing through faults', (c) => {
    const ctx = simWith(c)
    if (ctx === null) return
    applyCommand(ctx, { type: 'setAutoProduce', rate: 50, keys: 'uniform', topic: 'orders' })
    const group = applyCommand(ctx, {
      type: 'addGroup',
      group: 'g',
      topics: ['orders'],
      consumers: 2,
      processingMs: 5,
      ...(c.kind === 'consumer' ? { config: { [c.key]: c.value } } : {}),
    })
    // A consumer setting the group refuses (outside the broker's session bounds) proves nothing.
    if (!group.ok) return
    for (const [at, command] of FAULTS) {
      runUntil(ctx, at)
      ctx.events.length = 0
      expect(applyCommand(ctx, command).ok).toBe(true)
    }
    runUntil(ctx, 8000)
    expect(ctx.sim.tick).toBe(8000)
    expect(ctx.sim.metrics.produced).toBeGreaterThan(0)
  })

  it('the cases include the backoffs of 0 that used to hang', () => {
    const keys = CASES.filter((c) => c.value === 0).map((c) => `${c.kind}.${c.key}`)
    expect(keys).toContain('broker.replicaFetchBackoffMs')
    expect(keys).toContain('producer.retryBackoffMs')
  })
})

describe('a rule that reschedules itself at the same instant', () => {
  it('fails with the timer it names instead of hanging', () => {
    const sim = createSim(1, { brokers: 1, topics: [] })
    const ctx = { sim, events: [] }
    for (let i = 0; i <= MAX_TIMERS_PER_TICK + 1; i++)
      schedule(sim, 10, { kind: 'producerWake', producer: 'nobody' })
    expect(() => runUntil(ctx, 20)).toThrow(SameTickLoopError)
    expect(() => runUntil(ctx, 20)).not.toThrow()
    expect(sim.tick).toBe(20)
  })
})

describe('config changes in the event log', () => {
  it('name each setting as Kafka does, with its new value', () => {
    const sim = createSim(1, {})
    const ctx: Ctx = { sim, events: [] }
    const changes = (cmd: Command) => {
      ctx.events.length = 0
      expect(applyCommand(ctx, cmd).ok).toBe(true)
      const e = ctx.events.find((x) => x.type === 'configChanged')
      return e?.type === 'configChanged' ? e.changes : undefined
    }
    expect(
      changes({
        type: 'setTopicConfig',
        topic: 'orders',
        config: { minInsyncReplicas: 1, uncleanLeaderElectionEnable: true },
      }),
    ).toEqual(['min.insync.replicas=1', 'unclean.leader.election.enable=true'])
    expect(changes({ type: 'setBrokerConfig', config: { replicaLagTimeMaxMs: 4000 } })).toEqual([
      'replica.lag.time.max.ms=4000',
    ])
    expect(changes({ type: 'setProducerConfig', config: { acks: 1 } })).toEqual(['acks=1'])
    expect(changes({ type: 'setTruncationMode', mode: 'high-watermark' })).toEqual([
      'truncation=high-watermark',
    ])
  })
})
