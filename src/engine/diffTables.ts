// Diff tables (diff.ts): records of a collection that change the same plain fields travel as one
// table (the column names once, a row per record) when that is shorter than a patch per record.

import type { Patch } from './diff'

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
export function tableOf(
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
export function tablesOf(
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

export function applyTable(target: Record<string, unknown> | unknown[], t: TablePatch): void {
  for (const row of t.v) {
    const key = row[0] as string
    const rec: Record<string, unknown> = { ...((target as Record<string, unknown>)[key] as object) }
    for (let j = 0; j < t.c.length; j++) rec[t.c[j] as string] = row[j + 1]
    ;(target as Record<string, unknown>)[key] = rec
  }
}

/** A table patch as the equivalent per-record patches. */
export function expand(t: TablePatch): { k: Record<string, Patch> } | { i: Record<string, Patch> } {
  const out: Record<string, Patch> = {}
  for (const row of t.v) {
    const k: Record<string, Patch> = {}
    for (let j = 0; j < t.c.length; j++) k[t.c[j] as string] = row[j + 1] as Patch
    out[String(row[0])] = { k }
  }
  return t.a === 1 ? { i: out } : { k: out }
}
