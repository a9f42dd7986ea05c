// Chunked append-only arrays: the big collections (log batches, record data, fate flags) live in
// fixed-size chunks. A checkpoint freezes the chunks and shares them; the live state copies a
// frozen chunk before writing into it. So a checkpoint costs O(chunks), not O(records), and
// nothing a checkpoint holds can change afterwards.

export const CHUNK_SIZE = 256

export interface Chunked<T> {
  chunks: T[][]
  length: number
}

export function chunked<T>(): Chunked<T> {
  return { chunks: [], length: 0 }
}

export function chunkedFrom<T>(items: readonly T[]): Chunked<T> {
  const c = chunked<T>()
  for (const it of items) push(c, it)
  return c
}

export function get<T>(c: Chunked<T>, i: number): T | undefined {
  if (i < 0 || i >= c.length) return undefined
  return c.chunks[Math.floor(i / CHUNK_SIZE)]?.[i % CHUNK_SIZE]
}

function writableChunk<T>(c: Chunked<T>, ci: number): T[] {
  let chunk = c.chunks[ci]
  if (chunk === undefined) {
    chunk = []
    c.chunks[ci] = chunk
  } else if (Object.isFrozen(chunk)) {
    chunk = chunk.slice()
    c.chunks[ci] = chunk
  }
  return chunk
}

export function push<T>(c: Chunked<T>, item: T): number {
  const i = c.length
  writableChunk(c, Math.floor(i / CHUNK_SIZE))[i % CHUNK_SIZE] = item
  c.length = i + 1
  return i
}

export function set<T>(c: Chunked<T>, i: number, item: T): void {
  if (i < 0 || i >= c.length) throw new RangeError(`chunked index ${i} out of range ${c.length}`)
  writableChunk(c, Math.floor(i / CHUNK_SIZE))[i % CHUNK_SIZE] = item
}

export function last<T>(c: Chunked<T>): T | undefined {
  return get(c, c.length - 1)
}

/** Keeps the first n items. */
export function truncate<T>(c: Chunked<T>, n: number): void {
  if (n >= c.length) return
  const keep = Math.max(0, n)
  const full = Math.floor(keep / CHUNK_SIZE)
  const rest = keep % CHUNK_SIZE
  c.chunks.length = rest === 0 ? full : full + 1
  if (rest !== 0) c.chunks[full] = (c.chunks[full] as T[]).slice(0, rest)
  c.length = keep
}

/** Removes the first n items (log start offset moving); rebuilds, as it is rare. */
export function dropFront<T>(c: Chunked<T>, n: number): void {
  if (n <= 0) return
  const rest = toArray(c).slice(n)
  c.chunks = []
  c.length = 0
  for (const it of rest) push(c, it)
}

export function toArray<T>(c: Chunked<T>): T[] {
  const out: T[] = []
  for (const ch of c.chunks) for (const it of ch) out.push(it)
  return out.slice(0, c.length)
}

export function slice<T>(c: Chunked<T>, from: number, to: number): T[] {
  const out: T[] = []
  const end = Math.min(to, c.length)
  for (let i = Math.max(0, from); i < end; i++) out.push(get(c, i) as T)
  return out
}

/** Freezes every chunk and returns a copy that shares them. */
export function share<T>(c: Chunked<T>): Chunked<T> {
  for (const ch of c.chunks) if (!Object.isFrozen(ch)) Object.freeze(ch)
  return { chunks: c.chunks.slice(), length: c.length }
}

/** Binary search: index of the last item whose key is <= k, or -1. */
export function findLastLE<T>(c: Chunked<T>, key: (t: T) => number, k: number): number {
  let lo = 0
  let hi = c.length - 1
  let ans = -1
  while (lo <= hi) {
    const mid = (lo + hi) >> 1
    if (key(get(c, mid) as T) <= k) {
      ans = mid
      lo = mid + 1
    } else hi = mid - 1
  }
  return ans
}
