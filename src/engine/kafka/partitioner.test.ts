// Vector tests for the producer partitioning ports: every entry of __vectors__/partitioner.json
// (kafka-python's Java-compatibility vectors), the keyed-record table of kafka-reference.md 1.2,
// and the unkeyed helpers (KIP-794 uniform sticky, KIP-480 sticky, <= 2.3 round robin).

import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { murmur2, toPositive, utf8Bytes } from './murmur2'
import {
  partitionForKey,
  roundRobinPartition,
  stickyNextPartition,
  stickyNextPartitionKip480,
} from './partitioner'

interface PartitionerVector {
  key: string | null
  keyEncoding: 'utf8' | 'hex'
  keyHex: string
  numPartitions: number
  murmur2: number
  toPositive: number
  expectedPartition: number
}

const vectors = JSON.parse(
  readFileSync(new URL('./__vectors__/partitioner.json', import.meta.url), 'utf8'),
) as PartitionerVector[]

const fromHex = (hex: string): Uint8Array =>
  Uint8Array.from(hex.match(/../g) ?? [], (byte) => Number.parseInt(byte, 16))

describe('partitioner.json', () => {
  it('has 6 vectors', () => {
    expect(vectors).toHaveLength(6)
  })
  it.each(vectors.map((v) => [v.keyHex, v] as const))('key hex %s', (_hex, v) => {
    const bytes = v.keyEncoding === 'utf8' && v.key !== null ? utf8Bytes(v.key) : fromHex(v.keyHex)
    expect([...bytes]).toEqual([...fromHex(v.keyHex)])
    expect(murmur2(bytes)).toBe(v.murmur2)
    expect(toPositive(murmur2(bytes))).toBe(v.toPositive)
    expect(partitionForKey(bytes, v.numPartitions)).toBe(v.expectedPartition)
  })
})

// kafka-reference.md 1.2: key, murmur2, toPositive, then partitions for 3, 4, 6, 10, 12, 50
const TABLE: [string, number, number, number[]][] = [
  ['', 275646681, 275646681, [0, 1, 3, 1, 9, 31]],
  ['a', -1563381124, 584102524, [1, 0, 4, 4, 4, 24]],
  ['key', -1079937367, 1067546281, [1, 1, 1, 1, 1, 31]],
  ['key1', 28543940, 28543940, [2, 0, 2, 0, 8, 40]],
  ['kafka', -798503068, 1348980580, [1, 0, 4, 0, 4, 30]],
  ['user-1', 1404122828, 1404122828, [2, 0, 2, 8, 8, 28]],
  ['order-100', -955961047, 1191522601, [1, 1, 1, 1, 1, 1]],
  ['alice', 1951417749, 1951417749, [0, 1, 3, 9, 9, 49]],
  ['bob', -2048144690, 99338958, [0, 2, 0, 8, 6, 8]],
  ['日本語', 1431860170, 1431860170, [1, 2, 4, 0, 10, 20]],
]
const COUNTS = [3, 4, 6, 10, 12, 50]

describe('kafka-reference.md 1.2 keyed-record table', () => {
  it.each(TABLE)('%j', (key, hash, positive, partitions) => {
    const bytes = utf8Bytes(key)
    expect(murmur2(bytes)).toBe(hash)
    expect(toPositive(murmur2(bytes))).toBe(positive)
    expect(COUNTS.map((n) => partitionForKey(bytes, n))).toEqual(partitions)
  })
})

describe('unkeyed records', () => {
  it('uniform sticky (KIP-794) indexes the available partitions with random % size', () => {
    expect(stickyNextPartition([0, 2, 5], 2, 7, 6)).toBe(2)
    expect(stickyNextPartition([0, 2, 5], null, 8, 6)).toBe(5)
    // the random int goes through toPositive, like BuiltInPartitioner.randomPartition()
    expect(stickyNextPartition([0, 2, 5], null, -1, 6)).toBe([0, 2, 5][2147483647 % 3])
    // the current partition is not excluded since 3.3
    expect(stickyNextPartition([4], 4, 123, 6)).toBe(4)
  })
  it('uniform sticky falls back to all partitions when none is available', () => {
    expect(stickyNextPartition([], 1, 7, 4)).toBe(3)
    expect(stickyNextPartition([], null, -7, 4)).toBe(toPositive(-7) % 4)
  })
  it('KIP-480 sticky draws until the partition changes', () => {
    const draws = [0, 3, 1]
    let i = 0
    const next = () => draws[i++] ?? 0
    // 0 % 2 -> partition 1 (== current, redraw), 3 % 2 -> partition 3
    expect(stickyNextPartitionKip480([1, 3], 1, next, 4)).toBe(3)
    expect(i).toBe(2)
    expect(stickyNextPartitionKip480([2], 2, () => 9, 4)).toBe(2)
    expect(stickyNextPartitionKip480([], 2, () => 9, 4)).toBe(1)
  })
  it('round robin (<= 2.3 DefaultPartitioner, RoundRobinPartitioner) cycles the available list', () => {
    const seen = [0, 1, 2, 3, 4, 5].map((c) => roundRobinPartition(c, [1, 4, 7], 9))
    expect(seen).toEqual([1, 4, 7, 1, 4, 7])
    expect(roundRobinPartition(-1, [1, 4, 7], 9)).toBe([1, 4, 7][2147483647 % 3])
    expect(roundRobinPartition(5, [], 3)).toBe(2)
  })
  it('RoundRobinPartitioner: 30 records over 3 partitions give 10/10/10', () => {
    const counts = [0, 0, 0]
    for (let c = 0; c < 30; c++) {
      const p = roundRobinPartition(c, [0, 1, 2], 3)
      counts[p] = (counts[p] ?? 0) + 1
    }
    expect(counts).toEqual([10, 10, 10])
  })
})
