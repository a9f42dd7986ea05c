// Diffs between two views, what crosses the worker boundary while playing. Per keyed collection:
// the records that were added, a patch for each record that changed and the ids that went away;
// other fields are patched in place. A patch names only what changed, down to the leaf (an object
// by key, an array of the same length by index); anything else is replaced whole. Records that
// change only plain fields travel as tables (column names once, a row per record), grouped by the
// columns they change, when that is shorter. Messages in flight, hundreds a frame at the stress
// scale, travel packed in rows with shared string tables. The worker then writes the whole frame
// in wire.ts's compact form.
// `applyViewDiff` keeps every unchanged object, so UI selectors that read one record (or one
// group's partition) do not re-render when another changes.

import { type PackedMessages, packMessages, unpackMessages } from './diffMessages'
import { applyTable, expand, type TablePatch, tableOf, tablesOf } from './diffTables'
import type { MessageView, SimView } from './view'

export type { TablePatch }

type Collections =
  | 'brokers'
  | 'topics'
  | 'partitions'
  | 'replicas'
  | 'producers'
  | 'messages'
  | 'parked'
export const COLLECTIONS: readonly Collections[] = [
  'brokers',
  'topics',
  'partitions',
  'replicas',
  'producers',
  'messages',
  'parked',
]

/**
 * A string, number, boolean or null: the new value; r: the new value (an object, an array or
 * undefined); k: patches by key (same keys); i: patches by index (same length).
 */
export type Patch =
  | string
  | number
  | boolean
  | null
  | { readonly r: unknown }
  | { readonly k: Readonly<Record<string, Patch>> }
  | { readonly i: Readonly<Record<string, Patch>> }
  | { readonly t: TablePatch }

/** Whether the patch replaces the value whole, and with what. */
function replaces(p: Patch): p is string | number | boolean | null | { readonly r: unknown } {
  return p === null || typeof p !== 'object' || 'r' in p
}
function replacement(p: string | number | boolean | null | { readonly r: unknown }): unknown {
  return p === null || typeof p !== 'object' ? p : p.r
}
/** The patch replacing a value by `b` (a bare primitive when it is one: shorter on the wire). */
function replaceBy(b: unknown): Patch {
  return b === null || typeof b === 'string' || typeof b === 'number' || typeof b === 'boolean'
    ? b
    : { r: b }
}

export interface CollectionDiff {
  /** Records added (or replaced whole). */
  readonly put: Record<string, unknown>
  readonly removed: string[]
  /** Records changed in place. */
  readonly patch?: Record<string, Patch>
  /** Records changed in plain fields only, as tables by the columns they change (not in `patch`). */
  readonly tables?: readonly TablePatch[]
  /** Messages only: records added, packed. */
  readonly packed?: PackedMessages
}

export interface ViewDiff {
  readonly collections: Partial<Record<Collections, CollectionDiff>>
  /** Top-level fields replaced whole. */
  readonly fields: Partial<Omit<SimView, Collections>>
  /** Top-level fields changed in place. */
  readonly patches?: Readonly<Record<string, Patch>>
}

export function equalData(a: unknown, b: unknown): boolean {
  if (a === b) return true
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false
    for (let i = 0; i < a.length; i++) if (!equalData(a[i], b[i])) return false
    return true
  }
  if (Array.isArray(b)) return false
  const ka = Object.keys(a)
  const kb = Object.keys(b)
  if (ka.length !== kb.length) return false
  for (const k of ka)
    if (!equalData((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]))
      return false
  return true
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v)
}

/** The patch taking `a` to `b`, or undefined when they are equal. */
export function diffValue(a: unknown, b: unknown): Patch | undefined {
  if (a === b) return undefined
  if (isObject(a) && isObject(b)) {
    // Same key set (a view builder always writes a record's keys in the same order): patch by key.
    let out: Record<string, Patch> | undefined
    let nb = 0
    let sameSet = true
    for (const k in b) {
      nb++
      if (!(k in a)) {
        sameSet = false
        break
      }
      const d = diffValue(a[k], b[k])
      if (d !== undefined) {
        out ??= {}
        out[k] = d
      }
    }
    if (sameSet) {
      let na = 0
      for (const _ in a) na++
      sameSet = na === nb
    }
    if (!sameSet) return replaceBy(b)
    if (out === undefined) return undefined
    const t = tableOf(out, b, false)
    return t === null ? { k: out } : { t }
  }
  if (Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.length > 0) {
    let out: Record<string, Patch> | undefined
    for (let i = 0; i < b.length; i++) {
      const d = diffValue(a[i], b[i])
      if (d !== undefined) {
        out ??= {}
        out[i] = d
      }
    }
    if (out === undefined) return undefined
    // An array of plain values is shorter sent whole; records are patched one by one.
    if (typeof b[0] !== 'object' || b[0] === null) return replaceBy(b)
    const t = tableOf(out, b, true)
    return t === null ? { i: out } : { t }
  }
  return equalData(a, b) ? undefined : replaceBy(b)
}

/** Applies a patch; what it does not name is kept by reference. */
export function applyPatch(a: unknown, p: Patch): unknown {
  if (replaces(p)) return replacement(p)
  if ('t' in p) {
    const out = Array.isArray(a) ? a.slice() : { ...(a as Record<string, unknown>) }
    applyTable(out, p.t)
    return out
  }
  if ('k' in p) {
    const out: Record<string, unknown> = { ...(a as Record<string, unknown>) }
    for (const k in p.k) out[k] = applyPatch(out[k], p.k[k] as Patch)
    return out
  }
  const out = (a as unknown[]).slice()
  for (const i in p.i) out[Number(i)] = applyPatch(out[Number(i)], p.i[i] as Patch)
  return out
}

export function diffViews(prev: SimView, next: SimView): ViewDiff {
  const collections: ViewDiff['collections'] = {}
  for (const c of COLLECTIONS) {
    const a = prev[c] as Record<string, unknown>
    const b = next[c] as Record<string, unknown>
    if (a === b) continue
    const put: Record<string, unknown> = {}
    const patch: Record<string, Patch> = {}
    const removed: string[] = []
    const added: MessageView[] = []
    let any = false
    let patched = false
    for (const k in b) {
      if (!(k in a)) {
        if (c === 'messages') added.push(b[k] as MessageView)
        else put[k] = b[k]
        any = true
        continue
      }
      const d = diffValue(a[k], b[k])
      if (d === undefined) continue
      if (replaces(d)) put[k] = replacement(d)
      else {
        patch[k] = d
        patched = true
      }
      any = true
    }
    for (const k in a) {
      if (!(k in b)) {
        removed.push(k)
        any = true
      }
    }
    if (!any) continue
    const split = patched ? tablesOf(patch, b) : null
    const rest = split !== null && Object.keys(split.rest).length > 0 ? split.rest : null
    collections[c] = {
      put,
      removed,
      ...(rest !== null ? { patch: rest } : {}),
      ...(split !== null && split.tables.length > 0 ? { tables: split.tables } : {}),
      ...(added.length > 0 ? { packed: packMessages(added, next.tick) } : {}),
    }
  }
  const fields: Record<string, unknown> = {}
  const patches: Record<string, Patch> = {}
  let anyPatch = false
  for (const k of Object.keys(next) as (keyof SimView)[]) {
    if ((COLLECTIONS as readonly string[]).includes(k)) continue
    const d = diffValue(prev[k], next[k])
    if (d === undefined) continue
    if (replaces(d)) fields[k] = replacement(d)
    else {
      patches[k] = d
      anyPatch = true
    }
  }
  return {
    collections,
    fields: fields as ViewDiff['fields'],
    ...(anyPatch ? { patches } : {}),
  }
}

/** Applies a diff, keeping unchanged objects (and unchanged collections) by reference. */
export function applyViewDiff(view: SimView, diff: ViewDiff): SimView {
  const out: Record<string, unknown> = { ...view, ...diff.fields }
  if (diff.patches !== undefined)
    for (const k in diff.patches) out[k] = applyPatch(out[k], diff.patches[k] as Patch)
  for (const c of COLLECTIONS) {
    const d = diff.collections[c]
    if (d === undefined) continue
    const coll: Record<string, unknown> = { ...(view[c] as Record<string, unknown>) }
    for (const k of d.removed) delete coll[k]
    if (d.patch !== undefined)
      for (const k in d.patch) coll[k] = applyPatch(coll[k], d.patch[k] as Patch)
    if (d.tables !== undefined) for (const t of d.tables) applyTable(coll, t)
    for (const k in d.put) coll[k] = d.put[k]
    if (d.packed !== undefined) unpackMessages(d.packed, coll)
    out[c] = coll
  }
  return out as unknown as SimView
}

/** p then q, as one patch. */
function composePatch(p0: Patch, q0: Patch): Patch {
  if (replaces(q0)) return q0
  if (replaces(p0)) return replaceBy(applyPatch(replacement(p0), q0))
  const p = 't' in p0 ? expand(p0.t) : p0
  const q = 't' in q0 ? expand(q0.t) : q0
  const a = ('k' in p ? p.k : p.i) as Record<string, Patch>
  const b = ('k' in q ? q.k : q.i) as Record<string, Patch>
  const out: Record<string, Patch> = { ...a }
  for (const k in b) out[k] = k in a ? composePatch(a[k] as Patch, b[k] as Patch) : (b[k] as Patch)
  return 'k' in p ? { k: out } : { i: out }
}

/** Two diffs in a row as one. */
export function squashDiffs(a: ViewDiff, b: ViewDiff): ViewDiff {
  const collections: ViewDiff['collections'] = { ...a.collections }
  for (const c of COLLECTIONS) {
    const db = b.collections[c]
    if (db === undefined) continue
    const da = collections[c]
    if (da === undefined) {
      collections[c] = db
      continue
    }
    const put: Record<string, unknown> = { ...da.put }
    if (da.packed !== undefined) unpackMessages(da.packed, put)
    const patch: Record<string, Patch> = { ...da.patch }
    for (const t of da.tables ?? [])
      Object.assign(patch, (expand(t) as { k: Record<string, Patch> }).k)
    const removed = new Set(da.removed)
    for (const k of db.removed) {
      delete put[k]
      delete patch[k]
      removed.add(k)
    }
    const dbPatch: Record<string, Patch> = { ...db.patch }
    for (const t of db.tables ?? [])
      Object.assign(dbPatch, (expand(t) as { k: Record<string, Patch> }).k)
    for (const k in dbPatch) {
      const q = dbPatch[k] as Patch
      if (k in put) put[k] = applyPatch(put[k], q)
      else patch[k] = k in patch ? composePatch(patch[k] as Patch, q) : q
    }
    const added: Record<string, unknown> = { ...db.put }
    if (db.packed !== undefined) unpackMessages(db.packed, added)
    for (const k in added) {
      put[k] = added[k]
      delete patch[k]
      removed.delete(k)
    }
    collections[c] = { put, removed: [...removed], patch }
  }
  const patches: Record<string, Patch> = { ...a.patches }
  const fields: Record<string, unknown> = { ...a.fields }
  for (const k in b.patches) {
    const q = b.patches[k] as Patch
    if (k in fields) fields[k] = applyPatch(fields[k], q)
    else patches[k] = k in patches ? composePatch(patches[k] as Patch, q) : q
  }
  for (const k in b.fields) {
    fields[k] = (b.fields as Record<string, unknown>)[k]
    delete patches[k]
  }
  return { collections, fields: fields as ViewDiff['fields'], patches }
}
