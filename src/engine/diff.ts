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
import type { MessageView, SimView } from './view'

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

/**
 * Records changed only in plain fields, as a table: the columns that changed somewhere and one
 * row per record [key or index, …new values of those columns]; `a` marks an array's rows.
 */
export interface TablePatch {
  readonly c: readonly string[]
  readonly v: readonly (readonly unknown[])[]
  readonly a?: 1
}

/** About how many characters `v` (a plain value) takes in JSON. */
function jsonLen(v: unknown): number {
  if (typeof v === 'number') return String(v).length
  if (typeof v === 'string') return v.length + 2
  return v === true ? 4 : 5
}

const isPlain = (v: unknown): boolean =>
  v === null || typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean'

/**
 * Per-record patches that only replace plain fields, as a table, or null when some record changes
 * deeper or the table would not be shorter on the wire. A row carries every column (the unchanged
 * ones with their current, equal value), so it pays when rows change most of the same columns or
 * the column names are long next to the values. `records` gives each record's new value.
 */
function tableOf(
  patches: Readonly<Record<string, Patch>>,
  records: Readonly<Record<string, unknown>> | readonly unknown[],
  array: boolean,
): TablePatch | null {
  const cols: string[] = []
  const seen = new Set<string>()
  let n = 0
  // The size of the per-record patches: {"key":{"k":{"col":value,…}}},
  let patchLen = 0
  for (const key in patches) {
    const p = patches[key] as Patch
    if (p === null || typeof p !== 'object' || !('k' in p)) return null
    patchLen += key.length + 10
    for (const c in p.k) {
      const leaf = p.k[c] as Patch
      if (!isPlain(leaf)) return null
      patchLen += c.length + 4 + jsonLen(leaf)
      if (!seen.has(c)) {
        seen.add(c)
        cols.push(c)
      }
    }
    n++
  }
  if (n < 2) return null
  const rows: unknown[][] = []
  let tableLen = 10
  for (const c of cols) tableLen += c.length + 3
  for (const key in patches) {
    const rec = (records as Record<string, Record<string, unknown>>)[key] as Record<string, unknown>
    const row: unknown[] = [array ? Number(key) : key]
    tableLen += key.length + (array ? 2 : 4)
    for (const c of cols) {
      const v = rec[c]
      // An unchanged column may hold an object in this record: it must not travel (nor be copied).
      if (!isPlain(v)) return null
      tableLen += jsonLen(v) + 1
      row.push(v)
    }
    rows.push(row)
  }
  if (tableLen >= patchLen) return null
  return array ? { c: cols, v: rows, a: 1 } : { c: cols, v: rows }
}

/**
 * A collection's per-record patches split by the columns they change: each group of two or more
 * records changing the same plain fields becomes a table when that is shorter; the rest stay
 * patches.
 */
function tablesOf(
  patches: Readonly<Record<string, Patch>>,
  records: Readonly<Record<string, unknown>>,
): { tables: TablePatch[]; rest: Record<string, Patch> } {
  const groups = new Map<string, Record<string, Patch>>()
  const rest: Record<string, Patch> = {}
  for (const key in patches) {
    const p = patches[key] as Patch
    let cols: string | null = null
    if (p !== null && typeof p === 'object' && 'k' in p) {
      cols = ''
      for (const c in p.k) {
        if (!isPlain(p.k[c])) {
          cols = null
          break
        }
        cols += `${c}\u0000`
      }
    }
    if (cols === null) {
      rest[key] = p
      continue
    }
    let g = groups.get(cols)
    if (g === undefined) {
      g = {}
      groups.set(cols, g)
    }
    g[key] = p
  }
  const tables: TablePatch[] = []
  for (const g of groups.values()) {
    const t = tableOf(g, records, false)
    if (t !== null) tables.push(t)
    else Object.assign(rest, g)
  }
  return { tables, rest }
}

function applyTable(target: Record<string, unknown> | unknown[], t: TablePatch): void {
  for (const row of t.v) {
    const key = row[0] as string
    const rec: Record<string, unknown> = { ...((target as Record<string, unknown>)[key] as object) }
    for (let j = 0; j < t.c.length; j++) rec[t.c[j] as string] = row[j + 1]
    ;(target as Record<string, unknown>)[key] = rec
  }
}

/** A table patch as the equivalent per-record patches. */
function expand(t: TablePatch): { k: Record<string, Patch> } | { i: Record<string, Patch> } {
  const out: Record<string, Patch> = {}
  for (const row of t.v) {
    const k: Record<string, Patch> = {}
    for (let j = 0; j < t.c.length; j++) k[t.c[j] as string] = row[j + 1] as Patch
    out[String(row[0])] = { k }
  }
  return t.a === 1 ? { i: out } : { k: out }
}

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
