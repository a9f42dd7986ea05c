// Chunked arrays: the big collections (log batches, record data, fate flags) live in fixed-size
// chunks, shared by checkpoints in one of two ways:
// - copy-on-write (tables whose entries change, like fate flags): a checkpoint shares the chunks;
//   the live array remembers which chunks it owns (a hidden list, reset by every share) and copies
//   a chunk it does not own before writing into it, so a checkpoint costs O(chunks), not
//   O(records), and nothing it holds can change afterwards. Tables of small integers keep them in
//   typed arrays (`typed`), a byte or four per entry instead of a tagged slot;
// - append-only (log batches, the record table, open-record lists): a checkpoint shares the chunks
//   as they are and keeps its length; entries below it are never written again, and only pushes
//   write at or beyond it. A state restored from a checkpoint pushes into chunks that later
//   checkpoints of the same run share, and writes exactly what they hold there, since a run is
//   deterministic (the timeline drops later checkpoints when the run forks). A new chunk goes into
//   a new list of chunks once a checkpoint holds the current list (`listShared`), so a checkpoint
//   keeps only the chunks of its moment, never those pushed after it. Truncation copies
//   what it cuts into; dropping the front (retention) keeps the chunks too: a new list without the
//   chunks wholly dropped, and `off` dead slots at the start of the first one. So such a
//   checkpoint costs O(1), and a log that retention trims stays shared with the checkpoints.

export const CHUNK_SIZE = 256

/**
 * Slots of chunks copied because a checkpoint shared them (copy-on-write, truncation), since the
 * last `takeCopiedSlots`: the old chunk is then the checkpoint's alone, a memory cost clone.ts
 * counts into the next checkpoint's.
 */
let copied = 0
export function takeCopiedSlots(): number {
  const n = copied
  copied = 0
  return n
}
const SHIFT = 8
const MASK = CHUNK_SIZE - 1

/** The typed array a chunk of a small-integer table is: unsigned 8 or 16 bits, or signed 32. */
export type NumberKind = 'u8' | 'u16' | 'i32'

export interface Chunked<T> {
  chunks: T[][]
  length: number
  /** Shared by checkpoints without copying; entries are only ever pushed (see above). */
  appendOnly?: true
  /** Append-only only: dropped slots at the start of the first chunk (item i is at i + off). */
  off?: number
  /** Chunks are typed arrays of this kind (numbers only). */
  typed?: NumberKind
}

export function chunked<T>(): Chunked<T> {
  return { chunks: [], length: 0 }
}

/** A copy-on-write table of small integers in typed-array chunks. */
export function typedChunked(kind: NumberKind): Chunked<number> {
  return { chunks: [], length: 0, typed: kind }
}

function newTypedChunk(kind: NumberKind): number[] {
  const a =
    kind === 'u8'
      ? new Uint8Array(CHUNK_SIZE)
      : kind === 'u16'
        ? new Uint16Array(CHUNK_SIZE)
        : new Int32Array(CHUNK_SIZE)
  return a as unknown as number[]
}

function copyChunk<T>(c: Chunked<T>, chunk: T[], keep = CHUNK_SIZE): T[] {
  copied +=
    c.typed === undefined
      ? keep
      : c.typed === 'i32'
        ? keep / 2
        : c.typed === 'u16'
          ? keep / 4
          : keep / 8
  if (c.typed === undefined) return chunk.slice(0, keep)
  const out = newTypedChunk(c.typed)
  ;(out as unknown as Int32Array).set(
    (chunk as unknown as Int32Array).subarray(0, keep) as unknown as ArrayLike<number>,
  )
  return out as unknown as T[]
}

/** Which chunks a copy-on-write array may write in place (hidden: not data, not serialized). */
function ownedOf(c: Chunked<unknown>): boolean[] {
  let owned = (c as { owned?: boolean[] }).owned
  if (owned === undefined) {
    owned = []
    Object.defineProperty(c, 'owned', { value: owned, enumerable: false, writable: true })
  }
  return owned
}

/**
 * Its JSON: the entries below its length only (an append-only chunk may hold entries a later
 * state pushed), so equal states serialize equally.
 */
function canonicalJson(this: Chunked<unknown>): object {
  const chunks: unknown[][] = []
  const off = this.off ?? 0
  if (off === 0)
    for (let i = 0; i * CHUNK_SIZE < this.length; i++)
      chunks.push(
        (this.chunks[i] as unknown[]).slice(0, Math.min(CHUNK_SIZE, this.length - i * CHUNK_SIZE)),
      )
  else
    for (let i = 0; i < this.length; i += CHUNK_SIZE)
      chunks.push(slice(this, i, Math.min(this.length, i + CHUNK_SIZE)))
  return { chunks, length: this.length, appendOnly: true }
}

function withJson<T>(c: Chunked<T>): Chunked<T> {
  Object.defineProperty(c, 'toJSON', { value: canonicalJson, enumerable: false })
  return c
}

/** An append-only chunked array (see the header). */
export function appendOnly<T>(): Chunked<T> {
  return withJson({ chunks: [], length: 0, appendOnly: true })
}

export function chunkedFrom<T>(items: readonly T[]): Chunked<T> {
  const c = chunked<T>()
  for (const it of items) push(c, it)
  return c
}

export function get<T>(c: Chunked<T>, i: number): T | undefined {
  if (i < 0 || i >= c.length) return undefined
  const j = c.off === undefined ? i : i + c.off
  return c.chunks[j >> SHIFT]?.[j & MASK]
}

/** Whether a checkpoint holds this append-only array's list of chunks (hidden, like `owned`). */
function listShared(c: Chunked<unknown>, shared?: boolean): boolean {
  if (shared !== undefined)
    Object.defineProperty(c, 'listShared', { value: shared, enumerable: false, writable: true })
  return (c as { listShared?: boolean }).listShared === true
}

function writableChunk<T>(c: Chunked<T>, ci: number): T[] {
  let chunk = c.chunks[ci]
  if (c.appendOnly) {
    if (chunk === undefined) {
      // A new chunk goes into a new list when a checkpoint holds the current one: otherwise the
      // checkpoint would keep every chunk pushed after it, until the list was replaced.
      if (listShared(c)) {
        c.chunks = c.chunks.slice()
        listShared(c, false)
        copied += c.chunks.length
      }
      chunk = []
      c.chunks[ci] = chunk
    }
    return chunk
  }
  const owned = ownedOf(c)
  if (owned[ci] === true && chunk !== undefined) return chunk
  chunk =
    chunk === undefined
      ? c.typed === undefined
        ? []
        : (newTypedChunk(c.typed) as unknown as T[])
      : copyChunk(c, chunk)
  c.chunks[ci] = chunk
  owned[ci] = true
  return chunk
}

/**
 * For bulk updates of a copy-on-write array: the chunk holding index `i` (< length), copied first
 * if a checkpoint shares it; write slot `slotOf(i)`. Valid until the next share.
 */
export function writableChunkOf<T>(c: Chunked<T>, i: number): T[] {
  if (c.appendOnly)
    throw new Error('writableChunkOf: append-only arrays are never written in place')
  return writableChunk(c, i >> SHIFT)
}

export const slotOf = (i: number): number => i & MASK
export const chunkOf = (i: number): number => i >> SHIFT

export function push<T>(c: Chunked<T>, item: T): number {
  const i = c.length
  const j = c.off === undefined ? i : i + c.off
  writableChunk(c, j >> SHIFT)[j & MASK] = item
  c.length = i + 1
  return i
}

/**
 * push for copy-on-write tables of numbers (typed chunks, never append-only). Its own function
 * so its property reads see one shape of table, not every kind `push` serves.
 */
export function pushNumber(c: Chunked<number>, item: number): void {
  const i = c.length
  const ci = i >> SHIFT
  let chunk = c.chunks[ci]
  if (chunk === undefined || ownedOf(c)[ci] !== true) chunk = writableChunk(c, ci)
  chunk[i & MASK] = item
  c.length = i + 1
}

export function set<T>(c: Chunked<T>, i: number, item: T): void {
  if (i < 0 || i >= c.length) throw new RangeError(`chunked index ${i} out of range ${c.length}`)
  const j = c.off === undefined ? i : i + c.off
  const ci = j >> SHIFT
  if (c.appendOnly) {
    // A checkpoint may hold this entry: copy the chunk (and the list of chunks) first.
    c.chunks = c.chunks.slice()
    c.chunks[ci] = (c.chunks[ci] as T[]).slice()
    copied += CHUNK_SIZE + c.chunks.length
  }
  writableChunk(c, ci)[j & MASK] = item
}

export function last<T>(c: Chunked<T>): T | undefined {
  return get(c, c.length - 1)
}

/** Keeps the first n items. */
export function truncate<T>(c: Chunked<T>, n: number): void {
  if (n >= c.length) return
  const keep = Math.max(0, n)
  const off = c.off ?? 0
  const full = Math.floor((keep + off) / CHUNK_SIZE)
  const rest = (keep + off) % CHUNK_SIZE
  // New lists: a checkpoint may share the old ones (and the chunk cut into).
  c.chunks = c.chunks.slice(0, rest === 0 ? full : full + 1)
  if (c.appendOnly) listShared(c, false)
  if (rest !== 0) {
    c.chunks[full] = copyChunk(c, c.chunks[full] as T[], rest)
    if (!c.appendOnly) ownedOf(c)[full] = true
  }
  c.length = keep
}

/**
 * Removes the first n items (log start offset moving). An append-only array keeps its chunks (a
 * new list without the ones wholly dropped; checkpoints share the rest); a copy-on-write one
 * rebuilds, as it is rare.
 */
export function dropFront<T>(c: Chunked<T>, n: number): void {
  if (n <= 0) return
  if (c.appendOnly) {
    const drop = Math.min(n, c.length)
    const j = drop + (c.off ?? 0)
    c.chunks = c.chunks.slice(j >> SHIFT)
    listShared(c, false)
    c.length -= drop
    if (c.length === 0) {
      c.chunks = []
      delete c.off
    } else if ((j & MASK) === 0) delete c.off
    else c.off = j & MASK
    return
  }
  const rest = toArray(c).slice(n)
  c.chunks = []
  c.length = 0
  markShared(c)
  for (const it of rest) push(c, it)
}

export function toArray<T>(c: Chunked<T>): T[] {
  if (c.off !== undefined) return slice(c, 0, c.length)
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

/** A copy for a checkpoint that shares the chunks (after which `c` copies before writing). */
export function share<T>(c: Chunked<T>): Chunked<T> {
  if (c.appendOnly) {
    const copy = withJson(
      c.off === undefined
        ? { chunks: c.chunks, length: c.length, appendOnly: true as const }
        : { chunks: c.chunks, length: c.length, appendOnly: true as const, off: c.off },
    )
    // Both hold the list now: whichever pushes a new chunk (the live state, or a state restored
    // from this copy) does so into a list of its own.
    listShared(c, true)
    listShared(copy, true)
    return copy
  }
  markShared(c)
  return c.typed === undefined
    ? { chunks: c.chunks.slice(), length: c.length }
    : { chunks: c.chunks.slice(), length: c.length, typed: c.typed }
}

/** Every chunk of the array is shared from now on (a checkpoint holds them, or its list). */
export function markShared<T>(c: Chunked<T>): void {
  if (c.appendOnly) listShared(c, true)
  else ownedOf(c).length = 0
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
