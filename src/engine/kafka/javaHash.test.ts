// Tests for the Java hashing ports: groupCoordinatorPartition vectors of __vectors__/assignors.json,
// the examples of kafka-reference.md 4.1, Utils.abs, and java.util.HashMap iteration order (the
// assignors.json conventions plus orders printed by a real JDK HashMap for the listed inserts).

import { readFileSync } from 'node:fs'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  coordinatorPartition,
  JavaHashSet,
  javaAbs,
  javaHashMapOrder,
  javaStringHashCode,
} from './javaHash'

interface CoordinatorVector {
  groupId: string
  javaStringHashCode: number
  offsetsTopicPartitions: number
  expectedPartition: number
}

const assignors = JSON.parse(
  readFileSync(new URL('./__vectors__/assignors.json', import.meta.url), 'utf8'),
) as { groupCoordinatorPartition: { vectors: CoordinatorVector[] } }

describe('assignors.json groupCoordinatorPartition', () => {
  const vectors = assignors.groupCoordinatorPartition.vectors
  it('has 10 vectors', () => {
    expect(vectors).toHaveLength(10)
  })
  it.each(vectors.map((v) => [v.groupId, v] as const))('%j', (_id, v) => {
    expect(javaStringHashCode(v.groupId)).toBe(v.javaStringHashCode)
    expect(coordinatorPartition(v.groupId, v.offsetsTopicPartitions)).toBe(v.expectedPartition)
  })
})

describe('kafka-reference.md 4.1 examples (50 partitions)', () => {
  it.each([
    ['my-group', 12],
    ['test', 48],
    ['group', 47],
    ['payments', 13],
    ['', 0],
  ] as const)('%j -> %i', (groupId, partition) => {
    expect(coordinatorPartition(groupId, 50)).toBe(partition)
  })
})

describe('String.hashCode and Utils.abs', () => {
  it('hashes UTF-16 code units with int32 overflow', () => {
    expect(javaStringHashCode('Aa')).toBe(javaStringHashCode('BB'))
    expect(javaStringHashCode('a')).toBe(97)
    // U+1F600 is the surrogate pair D83D DE00: 31 * 0xd83d + 0xde00
    expect(javaStringHashCode('\u{1F600}')).toBe(31 * 0xd83d + 0xde00)
    expect(javaStringHashCode('polygenelubricants')).toBe(-2147483648)
  })
  it('Utils.abs(Integer.MIN_VALUE) is 0', () => {
    expect(javaAbs(-2147483648)).toBe(0)
    expect(javaAbs(-5)).toBe(5)
    expect(coordinatorPartition('polygenelubricants', 50)).toBe(0)
  })
})

describe('java.util.HashMap iteration order', () => {
  it('assignors.json conventions: consumerN (N=1..4) descending, c0/c1 ascending', () => {
    expect(javaHashMapOrder(['consumer1', 'consumer2', 'consumer3', 'consumer4'])).toEqual([
      'consumer4',
      'consumer3',
      'consumer2',
      'consumer1',
    ])
    expect(javaHashMapOrder(['c1', 'c0'])).toEqual(['c0', 'c1'])
  })

  // Inserted keys, then the keySet() order printed by OpenJDK's HashMap for those inserts.
  const JDK: [string[], string[]][] = [
    [
      Array.from({ length: 20 }, (_, i) => `consumer${i + 1}`),
      [12, 11, 10, 20, 9, 8, 7, 6, 19, 18, 17, 16, 15, 14, 13, 5, 4, 3, 2, 1].map(
        (i) => `consumer${i}`,
      ),
    ],
    [
      ['consumer-b', 'consumer-a'],
      ['consumer-b', 'consumer-a'],
    ],
    [
      Array.from({ length: 30 }, (_, i) => `member-${i}`),
      [
        19, 18, 17, 16, 5, 15, 6, 14, 3, 13, 4, 12, 9, 11, 10, 7, 8, 29, 28, 27, 26, 25, 24, 23, 22,
        21, 20, 1, 2, 0,
      ].map((i) => `member-${i}`),
    ],
    [
      ['BB', 'Aa', 'BBBB', 'AaAa', 'AaBB', 'BBAa', 'AaAaAa', 'x', 'y'],
      ['BB', 'Aa', 'AaAaAa', 'x', 'y', 'BBBB', 'AaAa', 'AaBB', 'BBAa'],
    ],
    [
      'AaAaAaAa,k0,BBAaAaAa,k1,AaBBAaAa,k2,BBBBAaAa,AaAaBBAa,BBAaBBAa,AaBBBBAa,BBBBBBAa,AaAaAaBB'.split(
        ',',
      ),
      'k0,k1,k2,AaAaAaAa,BBAaAaAa,AaBBAaAa,BBBBAaAa,AaAaBBAa,BBAaBBAa,AaBBBBAa,BBBBBBAa,AaAaAaBB'.split(
        ',',
      ),
    ],
  ]
  it.each(JDK.map(([keys, order]) => [keys.length, keys, order] as const))(
    '%i keys match the JDK',
    (_n, keys, order) => {
      expect(javaHashMapOrder(keys)).toEqual(order)
    },
  )

  it('is idempotent and keeps the first position of repeated keys', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 6 }), { maxLength: 60 }), (keys) => {
        const order = javaHashMapOrder(keys)
        expect(javaHashMapOrder(order)).toEqual(order)
        expect(javaHashMapOrder([...keys, ...keys])).toEqual(order)
        expect([...order].sort()).toEqual([...new Set(keys)].sort())
      }),
    )
  })

  it('HashSet removal keeps the order of the remaining keys and never shrinks the table', () => {
    const set = new JavaHashSet<string>(javaStringHashCode, (k) => k)
    const keys = Array.from({ length: 20 }, (_, i) => `consumer${i + 1}`)
    for (const k of keys) set.add(k)
    for (const k of keys.slice(4)) set.delete(k)
    expect(set.values()).toEqual(['consumer4', 'consumer3', 'consumer2', 'consumer1'])
    expect(set.first()).toBe('consumer4')
    expect(set.size).toBe(4)
  })
})
