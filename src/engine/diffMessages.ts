// Messages in flight as a diff carries them: at the stress scale hundreds appear in a frame, so
// they travel packed (diff.ts): string tables for kinds, endpoints and partitions, one row of
// numbers per message, ticks relative to the frame's. Unpacking rebuilds MessageView records with
// their keys in buildView's order.

import type { MessageView } from './view'

function sameKeys(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false
  return true
}

/**
 * Messages added, packed: string tables for kinds, endpoints and partitions, and one row per
 * message [id delta, kind, from, to, sendTick, recvTick, partition indexes, records, detail],
 * ticks relative to `base`, detail as values aligned with the partitions (0: none) or an object.
 */
export interface PackedMessages {
  readonly base: number
  readonly kinds: readonly string[]
  readonly ends: readonly (string | number)[]
  readonly parts: readonly string[]
  readonly rows: readonly (readonly unknown[])[]
}

export function packMessages(added: readonly MessageView[], base: number): PackedMessages {
  const kinds: string[] = []
  const ends: (string | number)[] = []
  const parts: string[] = []
  const kindIx = new Map<string, number>()
  const endIx = new Map<string | number, number>()
  const partIx = new Map<string, number>()
  const ix = <T>(map: Map<T, number>, list: T[], v: T): number => {
    let i = map.get(v)
    if (i === undefined) {
      i = list.length
      list.push(v)
      map.set(v, i)
    }
    return i
  }
  const rows: unknown[][] = []
  let lastId = 0
  for (const m of added) {
    const ps = m.partitions.map((p) => ix(partIx, parts, p))
    let detail: unknown = 0
    if (m.detail !== undefined) {
      const keys = Object.keys(m.detail)
      detail = sameKeys(keys, m.partitions as string[]) ? keys.map((k) => m.detail?.[k]) : m.detail
    }
    rows.push([
      m.id - lastId,
      ix(kindIx, kinds, m.kind),
      ix(endIx, ends, m.from),
      ix(endIx, ends, m.to),
      m.sendTick - base,
      m.recvTick - base,
      ps,
      m.records,
      detail,
    ])
    lastId = m.id
  }
  return { base, kinds, ends, parts, rows }
}

export function unpackMessages(p: PackedMessages, into: Record<string, unknown>): void {
  let id = 0
  for (const row of p.rows) {
    const [dId, kind, from, to, send, recv, ps, records, detail] = row as [
      number,
      number,
      number,
      number,
      number,
      number,
      number[],
      number,
      unknown,
    ]
    id += dId
    const partitions = ps.map((i) => p.parts[i] as string)
    const m: Record<string, unknown> = {
      id,
      kind: p.kinds[kind],
      from: p.ends[from],
      to: p.ends[to],
      sendTick: send + p.base,
      recvTick: recv + p.base,
      partitions,
      records,
    }
    if (Array.isArray(detail)) {
      const d: Record<string, number> = {}
      partitions.forEach((k, i) => {
        d[k] = detail[i] as number
      })
      m.detail = d
    } else if (detail !== 0) m.detail = detail
    into[id] = m
  }
}
