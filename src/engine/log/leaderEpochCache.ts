// Models org.apache.kafka.storage.internals.epoch.LeaderEpochFileCache (trunk 1eb7644, Kafka 3.9):
// assign, endOffsetFor, truncateFromEnd, truncateFromStart, latestEpoch and epochForOffset.
// Simplified: an immutable, sorted array replaces the locked TreeMap; there is no checkpoint file,
// no async flush and no logging. Invalid (negative) assignments return the cache unchanged instead
// of throwing IllegalArgumentException.

export interface EpochEntry {
  readonly epoch: number
  readonly startOffset: number
}

/** Entries sorted by epoch; both columns strictly increasing. */
export type EpochCache = readonly EpochEntry[]

export const UNDEFINED_EPOCH = -1
export const UNDEFINED_EPOCH_OFFSET = -1

export const emptyEpochCache: EpochCache = []

function latestEntry(cache: EpochCache): EpochEntry | undefined {
  return cache[cache.length - 1]
}

/** isUpdateNeeded: a new epoch, or the same epoch starting earlier. */
function isUpdateNeeded(cache: EpochCache, epoch: number, startOffset: number): boolean {
  const last = latestEntry(cache)
  return last === undefined || epoch !== last.epoch || startOffset < last.startOffset
}

/** Keeps the longest prefix whose entries do not satisfy `drop`, scanning from the tail. */
function removeFromEnd(cache: EpochCache, drop: (e: EpochEntry) => boolean): EpochCache {
  let end = cache.length
  while (end > 0) {
    const e = cache[end - 1]
    if (e === undefined || !drop(e)) break
    end -= 1
  }
  return end === cache.length ? cache : cache.slice(0, end)
}

/**
 * LeaderEpochFileCache.assign: ignored unless the epoch differs from the latest entry or starts
 * earlier; otherwise tail entries with epoch >= new or startOffset >= new are removed first
 * (maybeTruncateNonMonotonicEntries), then the entry is appended.
 */
export function assignEpoch(cache: EpochCache, epoch: number, startOffset: number): EpochCache {
  if (epoch < 0 || startOffset < 0) return cache
  if (!isUpdateNeeded(cache, epoch, startOffset)) return cache
  const kept = removeFromEnd(cache, (e) => e.epoch >= epoch || e.startOffset >= startOffset)
  return [...kept, { epoch, startOffset }]
}

export function latestEpoch(cache: EpochCache): number {
  return latestEntry(cache)?.epoch ?? UNDEFINED_EPOCH
}

/**
 * LeaderEpochFileCache.endOffsetFor: (largest epoch <= requested, start offset of the first epoch
 * > requested), the log end offset when the latest epoch is requested, and UNDEFINED when the
 * requested epoch is UNDEFINED or larger than every cached epoch.
 */
export function endOffsetFor(
  cache: EpochCache,
  requestedEpoch: number,
  logEndOffset: number,
): { epoch: number; endOffset: number } {
  const undefinedResult = { epoch: UNDEFINED_EPOCH, endOffset: UNDEFINED_EPOCH_OFFSET }
  if (requestedEpoch === UNDEFINED_EPOCH) return undefinedResult
  const last = latestEntry(cache)
  if (last !== undefined && last.epoch === requestedEpoch) {
    return { epoch: requestedEpoch, endOffset: logEndOffset }
  }
  const higher = cache.find((e) => e.epoch > requestedEpoch)
  if (higher === undefined) return undefinedResult
  let floor: EpochEntry | undefined
  for (const e of cache) {
    if (e.epoch <= requestedEpoch) floor = e
  }
  if (floor === undefined) return { epoch: requestedEpoch, endOffset: higher.startOffset }
  return { epoch: floor.epoch, endOffset: higher.startOffset }
}

/** truncateFromEnd: removes entries with startOffset >= endOffset (no-op for negative offsets). */
export function truncateFromEnd(cache: EpochCache, endOffset: number): EpochCache {
  const last = latestEntry(cache)
  if (endOffset < 0 || last === undefined || last.startOffset < endOffset) return cache
  return removeFromEnd(cache, (e) => e.startOffset >= endOffset)
}

/**
 * truncateFromStart: drops the entries that start at or before `startOffset`; the last of them
 * is kept with its start moved to `startOffset`.
 */
export function truncateFromStart(cache: EpochCache, startOffset: number): EpochCache {
  let removed = 0
  while (removed < cache.length && (cache[removed]?.startOffset ?? Infinity) <= startOffset) {
    removed += 1
  }
  const lastRemoved = cache[removed - 1]
  if (lastRemoved === undefined) return cache
  return [{ epoch: lastRemoved.epoch, startOffset }, ...cache.slice(removed)]
}

/** epochForOffset: the epoch whose range holds `offset`; UNDEFINED before the first entry. */
export function epochForOffset(cache: EpochCache, offset: number): number {
  let previous = UNDEFINED_EPOCH
  for (const e of cache) {
    if (e.startOffset === offset) return e.epoch
    if (e.startOffset > offset) return previous
    previous = e.epoch
  }
  return previous
}

/** True when both columns are strictly increasing (the cache invariant). */
export function isMonotonic(cache: EpochCache): boolean {
  for (let i = 1; i < cache.length; i++) {
    const prev = cache[i - 1]
    const cur = cache[i]
    if (prev === undefined || cur === undefined) return false
    if (cur.epoch <= prev.epoch || cur.startOffset <= prev.startOffset) return false
  }
  return true
}
