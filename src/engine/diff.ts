// Diffs between two views: per keyed collection, the records that were added or changed and the
// ids that went away; other fields are replaced when they differ. Deltas are what cross the worker
// boundary while playing; `applyViewDiff` keeps every unchanged record object, so UI selectors
// that read one record do not re-render when another changes.

import type { SimView } from './view'

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

export interface CollectionDiff {
  readonly put: Record<string, unknown>
  readonly removed: string[]
}

export interface ViewDiff {
  readonly collections: Partial<Record<Collections, CollectionDiff>>
  readonly fields: Partial<Omit<SimView, Collections>>
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

export function diffViews(prev: SimView, next: SimView): ViewDiff {
  const collections: ViewDiff['collections'] = {}
  for (const c of COLLECTIONS) {
    const a = prev[c] as Record<string, unknown>
    const b = next[c] as Record<string, unknown>
    const put: Record<string, unknown> = {}
    const removed: string[] = []
    let any = false
    for (const k of Object.keys(b)) {
      if (!equalData(a[k], b[k])) {
        put[k] = b[k]
        any = true
      }
    }
    for (const k of Object.keys(a)) {
      if (!(k in b)) {
        removed.push(k)
        any = true
      }
    }
    if (any) collections[c] = { put, removed }
  }
  const fields: Record<string, unknown> = {}
  for (const k of Object.keys(next) as (keyof SimView)[]) {
    if ((COLLECTIONS as readonly string[]).includes(k)) continue
    if (!equalData(prev[k], next[k])) fields[k] = next[k]
  }
  return { collections, fields: fields as ViewDiff['fields'] }
}

/** Applies a diff, keeping unchanged record objects (and unchanged collections) by reference. */
export function applyViewDiff(view: SimView, diff: ViewDiff): SimView {
  const out: Record<string, unknown> = { ...view, ...diff.fields }
  for (const c of COLLECTIONS) {
    const d = diff.collections[c]
    if (d === undefined) continue
    const coll: Record<string, unknown> = { ...(view[c] as Record<string, unknown>) }
    for (const k of d.removed) delete coll[k]
    for (const [k, v] of Object.entries(d.put)) coll[k] = v
    out[c] = coll
  }
  return out as unknown as SimView
}

/** Two diffs in a row as one (the worker squashes frames until the UI acknowledges). */
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
    const put = { ...da.put }
    const removed = new Set(da.removed)
    for (const k of db.removed) {
      delete put[k]
      removed.add(k)
    }
    for (const [k, v] of Object.entries(db.put)) {
      put[k] = v
      removed.delete(k)
    }
    collections[c] = { put, removed: [...removed] }
  }
  return { collections, fields: { ...a.fields, ...b.fields } }
}
