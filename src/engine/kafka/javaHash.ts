// Ports of java.lang.String.hashCode, Kafka's Utils.abs and GroupMetadataManager.partitionFor
// (group -> __consumer_offsets partition), plus an emulation of java.util.HashMap's iteration
// order: table of 2^k buckets (16 initially), hash spread h ^ (h >>> 16), growth x2 when
// size > 0.75 * capacity (and when a bin reaches 9 nodes in a table < 64), order-preserving splits.
// Simplified: treeified bins (>= 9 colliding keys in a table >= 64) stay plain lists.

/** Java String.hashCode over UTF-16 code units, as a signed int32. */
export function javaStringHashCode(s: string): number {
  let h = 0
  for (let i = 0; i < s.length; i++) h = (Math.imul(31, h) + s.charCodeAt(i)) | 0
  return h
}

/** Kafka's Utils.abs: Math.abs except that abs(Integer.MIN_VALUE) is 0. */
export function javaAbs(n: number): number {
  const i = n | 0
  return i === -2147483648 ? 0 : Math.abs(i)
}

/** Utils.abs(groupId.hashCode()) % numPartitions (also transactional.id -> __transaction_state). */
export function coordinatorPartition(groupId: string, numPartitions: number): number {
  return javaAbs(javaStringHashCode(groupId)) % numPartitions
}

interface Node<K, V> {
  readonly key: K
  readonly id: string
  readonly hash: number
  value: V
}

const DEFAULT_CAPACITY = 16
const MAX_CAPACITY = 1 << 30
const TREEIFY_THRESHOLD = 8
const MIN_TREEIFY_CAPACITY = 64

/**
 * A java.util.HashMap (default constructor) with the same iteration order. Keys are compared by
 * `idOf(key)` (standing in for equals) and placed by `hashOf(key)` (standing in for hashCode).
 */
export class JavaHashMap<K, V> {
  private table: Node<K, V>[][] = []
  private count = 0

  constructor(
    private readonly hashOf: (key: K) => number,
    private readonly idOf: (key: K) => string,
  ) {}

  get size(): number {
    return this.count
  }

  private spread(key: K): number {
    const h = this.hashOf(key) | 0
    return h ^ (h >>> 16)
  }

  private find(key: K): { bin: Node<K, V>[] | undefined; index: number } {
    if (this.table.length === 0) return { bin: undefined, index: -1 }
    const bin = this.table[this.spread(key) & (this.table.length - 1)]
    const id = this.idOf(key)
    return { bin, index: bin === undefined ? -1 : bin.findIndex((n) => n.id === id) }
  }

  has(key: K): boolean {
    return this.find(key).index >= 0
  }

  get(key: K): V | undefined {
    const { bin, index } = this.find(key)
    return index >= 0 ? bin?.[index]?.value : undefined
  }

  /** HashMap.put: a new key is appended to its bin; an existing key keeps its place. */
  set(key: K, value: V): this {
    if (this.table.length === 0) this.resize()
    const hash = this.spread(key)
    const id = this.idOf(key)
    const cap = this.table.length
    let bin = this.table[hash & (cap - 1)]
    if (bin === undefined) {
      bin = []
      this.table[hash & (cap - 1)] = bin
    }
    const existing = bin.find((n) => n.id === id)
    if (existing !== undefined) {
      existing.value = value
      return this
    }
    bin.push({ key, id, hash, value })
    // treeifyBin() resizes instead of treeifying while the table is smaller than 64
    if (bin.length > TREEIFY_THRESHOLD && cap < MIN_TREEIFY_CAPACITY) this.resize()
    this.count++
    if (this.count > this.threshold()) this.resize()
    return this
  }

  delete(key: K): boolean {
    const { bin, index } = this.find(key)
    if (bin === undefined || index < 0) return false
    bin.splice(index, 1)
    this.count--
    return true
  }

  /** Keys in HashMap iteration order (bucket index, then order within the bucket). */
  keys(): K[] {
    const out: K[] = []
    for (const bin of this.table) if (bin !== undefined) for (const n of bin) out.push(n.key)
    return out
  }

  entries(): [K, V][] {
    const out: [K, V][] = []
    for (const bin of this.table)
      if (bin !== undefined) for (const n of bin) out.push([n.key, n.value])
    return out
  }

  /** First key in iteration order (`iterator().next()`), or undefined when empty. */
  first(): K | undefined {
    for (const bin of this.table) if (bin !== undefined && bin[0] !== undefined) return bin[0].key
    return undefined
  }

  private threshold(): number {
    return this.table.length >= MAX_CAPACITY ? Number.MAX_SAFE_INTEGER : this.table.length * 0.75
  }

  /** HashMap.resize: double the table; every bin splits into lo/hi keeping relative order. */
  private resize(): void {
    const old = this.table
    const cap = old.length === 0 ? DEFAULT_CAPACITY : Math.min(old.length * 2, MAX_CAPACITY)
    if (cap === old.length) return
    const next: Node<K, V>[][] = new Array(cap)
    for (const bin of old) {
      if (bin === undefined) continue
      for (const n of bin) {
        const i = n.hash & (cap - 1)
        const target = next[i]
        if (target === undefined) next[i] = [n]
        else target.push(n)
      }
    }
    this.table = next
  }
}

/** A java.util.HashSet (backed by a HashMap, so with the same iteration order). */
export class JavaHashSet<K> {
  private readonly map: JavaHashMap<K, true>

  constructor(hashOf: (key: K) => number, idOf: (key: K) => string) {
    this.map = new JavaHashMap(hashOf, idOf)
  }

  get size(): number {
    return this.map.size
  }

  add(key: K): this {
    if (!this.map.has(key)) this.map.set(key, true)
    return this
  }

  has(key: K): boolean {
    return this.map.has(key)
  }

  delete(key: K): boolean {
    return this.map.delete(key)
  }

  values(): K[] {
    return this.map.keys()
  }

  first(): K | undefined {
    return this.map.first()
  }
}

/**
 * Iteration order of a java.util.HashMap<String, ?> (or HashSet<String>) into which `keys` were
 * put in the given order. Repeated keys keep their first position. Idempotent: feeding back an
 * order produced by this function returns it unchanged.
 */
export function javaHashMapOrder(keys: readonly string[]): string[] {
  const set = new JavaHashSet<string>(javaStringHashCode, (k) => k)
  for (const k of keys) set.add(k)
  return set.values()
}
