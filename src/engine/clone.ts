// Checkpoints. The live state is mutable; a checkpoint is a copy of it that nothing writes to. The
// copy shares, by reference:
// - every frozen value (log batches, rolled segments), and the chunks of the big tables (chunks.ts:
//   copy-on-write ones are copied by the live state before it writes again, append-only ones are
//   only ever pushed to);
// - timers, which are immutable once scheduled (only a delivery's message is copied, since a
//   receiver may keep parts of it);
// - whatever did not change since the previous checkpoint: `cloneState(sim, prev)` compares the
//   live state with `prev` (keys in order, values deeply) and reuses prev's sub-objects that are
//   equal, so a checkpoint costs memory in proportion to what changed, not to the whole state.
// Restoring a checkpoint clones it again (with no `prev`), so seeking to it twice gives the same
// state and the live state never holds a checkpoint's objects (except frozen ones).

import { type Chunked, markShared, share, takeCopiedSlots } from './chunks'
import type { SimState } from './model'
import type { Timer } from './scheduler'

/**
 * Slots (object keys, array elements, chunk list entries) the copies made by the last cloneState
 * allocated, shared ones not counted: a measure of what a checkpoint costs in memory, for the
 * timeline's checkpoint budget.
 */
let slots = 0
export function lastCloneSlots(): number {
  return slots
}

function isChunked(v: object): v is Chunked<unknown> {
  return 'chunks' in v && 'length' in v && Array.isArray((v as { chunks: unknown }).chunks)
}

function snapChunked(v: Chunked<unknown>, prev: unknown): Chunked<unknown> {
  if (v.appendOnly) {
    const p = prev as Chunked<unknown> | undefined
    return p?.appendOnly && p.chunks === v.chunks && p.length === v.length && p.off === v.off
      ? p
      : shareCounted(v)
  }
  if (prev !== null && typeof prev === 'object' && isChunked(prev) && prev.length === v.length) {
    const a = v.chunks
    const b = prev.chunks
    let same = a.length === b.length
    for (let i = 0; same && i < a.length; i++) same = a[i] === b[i]
    if (same) {
      // prev holds these very chunks: the live array must copy before writing into them.
      markShared(v)
      return prev
    }
  }
  return shareCounted(v)
}

function shareCounted(v: Chunked<unknown>): Chunked<unknown> {
  slots += 4 + (v.appendOnly ? 0 : v.chunks.length)
  return share(v)
}

function snapArray(v: readonly unknown[], prev: unknown): unknown[] {
  const n = v.length
  const p = Array.isArray(prev) && prev.length === n ? (prev as unknown[]) : undefined
  if (p === undefined) {
    slots += 4 + n
    const out = new Array(n)
    for (let i = 0; i < n; i++) out[i] = snap(v[i], undefined)
    return out
  }
  let out: unknown[] | undefined
  for (let i = 0; i < n; i++) {
    const c = snap(v[i], p[i])
    if (out === undefined) {
      if (c === p[i]) continue
      out = p.slice(0, i)
      slots += 4 + n
    }
    out.push(c)
  }
  return out ?? p
}

function snapObject(v: Record<string, unknown>, prev: unknown): Record<string, unknown> {
  const p =
    prev !== null && typeof prev === 'object' && !Array.isArray(prev)
      ? (prev as Record<string, unknown>)
      : undefined
  const out: Record<string, unknown> = {}
  let same = p !== undefined
  // Keys are compared in order: a restored checkpoint must iterate as the live state did.
  const pKeys = p === undefined ? undefined : Object.keys(p)
  let i = 0
  for (const k in v) {
    const c = snap(v[k], p?.[k])
    out[k] = c
    if (same && (pKeys?.[i] !== k || (p as Record<string, unknown>)[k] !== c)) same = false
    i++
  }
  if (same && pKeys?.length === i) return p as Record<string, unknown>
  // An object with many keys is a hash table in the engine (V8): about three slots a key.
  slots += 4 + (i > 64 ? 3 * i : i)
  return out
}

function snap(v: unknown, prev: unknown): unknown {
  if (v === null || typeof v !== 'object') return v
  if (Object.isFrozen(v)) return v
  if (Array.isArray(v)) return snapArray(v, prev)
  if (isChunked(v)) return snapChunked(v, prev)
  return snapObject(v as Record<string, unknown>, prev)
}

/** The heap's timers are shared; a delivery's message is copied (its receiver may keep parts). */
function snapTimers(timers: readonly Timer[]): Timer[] {
  const out = timers.slice()
  slots += 3 * (4 + out.length)
  for (let i = 0; i < out.length; i++) {
    const t = out[i] as Timer
    if (t.kind === 'deliver') {
      out[i] = { ...t, msg: snap(t.msg, undefined) as typeof t.msg }
      slots += 12
    }
  }
  return out
}

/** A copy of `sim` that nothing will write to, sharing what it can with `prev` (an earlier copy). */
export function cloneState(sim: SimState, prev?: SimState): SimState {
  slots = takeCopiedSlots()
  const out: Record<string, unknown> = {}
  const live = sim as unknown as Record<string, unknown>
  const before = prev as unknown as Record<string, unknown> | undefined
  for (const k in live) {
    const v = live[k]
    if (k === 'timers') out[k] = snapTimers(v as Timer[])
    else if (k === 'timerAt' || k === 'timerSeq') out[k] = (v as number[]).slice()
    else out[k] = snap(v, before?.[k])
  }
  return out as unknown as SimState
}
