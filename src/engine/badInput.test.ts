// Commands and configs the engine refuses: each names the field that caused it, and a refused
// command changes nothing.

import { describe, expect, it } from 'vitest'
import { TestSim } from './testing/run'

describe('bad input', () => {
  it('rejects invalid commands with the field and range, changing nothing', () => {
    const t = new TestSim(1)
    const cases: [Parameters<TestSim['do']>[0], string][] = [
      [
        { type: 'createTopic', name: 'x', partitions: 3, replicationFactor: 4 },
        'replicationFactor',
      ],
      [{ type: 'createTopic', name: 'x', partitions: 0, replicationFactor: 1 }, 'partitions'],
      [{ type: 'createTopic', name: 'bad name!', partitions: 1, replicationFactor: 1 }, 'name'],
      [{ type: 'createTopic', name: 'orders', partitions: 1, replicationFactor: 1 }, 'name'],
      [{ type: 'killBroker', broker: 99 }, 'broker'],
      [{ type: 'restartBroker', broker: 1 }, 'broker'],
      [{ type: 'produce', topic: 'nope', value: 'x' }, 'topic'],
      [{ type: 'produce', topic: 'orders', value: 'x', partition: 7 }, 'partition'],
      [{ type: 'addPartitions', topic: 'orders', totalPartitions: 2 }, 'totalPartitions'],
      [{ type: 'setBrokerConfig', config: { replicaLagTimeMaxMs: -5 } }, 'replicaLagTimeMaxMs'],
      [{ type: 'setProducerConfig', config: { acks: 2 as never } }, 'acks'],
      [{ type: 'slowBroker', broker: 1, extraMs: -1 }, 'extraMs'],
      [{ type: 'bogus' } as never, 'type'],
      [{ type: 'setBrokerConfig', config: null } as never, 'config'],
      [{ type: 'setTopicConfig', topic: 'orders', config: null } as never, 'config'],
      [{ type: 'setProducerConfig', config: 'x' } as never, 'config'],
      [
        {
          type: 'createTopic',
          name: 'm',
          partitions: 2,
          replicationFactor: 2,
          assignment: [[1, 2]],
        },
        'assignment',
      ],
      [
        {
          type: 'createTopic',
          name: 'm',
          partitions: 1,
          replicationFactor: 2,
          assignment: [[1, 9]],
        },
        'assignment',
      ],
      [
        {
          type: 'createTopic',
          name: 'm',
          partitions: 1,
          replicationFactor: 2,
          assignment: [[1, 1]],
        },
        'assignment',
      ],
    ]
    const before = JSON.stringify(t.sim.partitions)
    for (const [cmd, field] of cases) {
      const r = t.do(cmd)
      expect(r.ok, JSON.stringify(cmd)).toBe(false)
      if (!r.ok) {
        expect(r.error.field).toBe(field)
        expect(r.error.message.length).toBeGreaterThan(5)
      }
    }
    expect(JSON.stringify(t.sim.partitions)).toBe(before)
  })

  it('rejects invalid configs naming the field', () => {
    expect(() => new TestSim(1, { brokers: 0 })).toThrow(/brokers/)
    expect(
      () => new TestSim(1, { topics: [{ name: 'a', partitions: 3, replicationFactor: 5 }] }),
    ).toThrow(/replicationFactor/)
    expect(() => new TestSim(1, { broker: { replicaLagTimeMaxMs: -1 } })).toThrow(
      /replica\.lag\.time\.max\.ms/,
    )
  })
})
