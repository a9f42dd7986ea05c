// A compact form of plain data, for the frames' wire format between the worker and the page: the same data, with repeated record
// shapes written once. An array of records (events, a group's partitions, a producer's batches) or
// a map of records (a view's brokers, a diff's added records) whose records share key lists becomes
// a table: the key lists ("shapes") once, then one row of values per record. A frame at the stress
// scale is a third smaller on the wire and in the structured clone. sim.worker.ts encodes what it
// posts; the page's worker client decodes it before anything else sees it (the in-process client
// passes objects as they are). Records keep their keys in order, undefined values included; for
// data stored as JSON (`json`: the timeline's sealed events), keys whose value is undefined are left
// out, as JSON.stringify leaves them out.
//
// Encoded forms, told apart by their first key, which starts with "~":
//   {"~a": shapes, "~v": rows}  an array; a row is [shape index, …values]
//   {"~m": shapes, "~v": rows}  a map of records; a row is [key, shape index, …values]
//   {"~p": runs}                an array of strings "<prefix>-<n>" (partition keys) in runs of
//                               consecutive n: [prefix, first n, count, …]
//   {"~o": object}              an object that has a key starting with "~" itself (escaped)

type Shape = readonly string[]

const MARK = 126 // '~'

/** obj[k] = v, as an own property even for the key "__proto__" (which would set the prototype). */
function put(obj: Record<string, unknown>, k: string, v: unknown): void {
  if (k === '__proto__')
    Object.defineProperty(obj, k, {
      value: v,
      enumerable: true,
      writable: true,
      configurable: true,
    })
  else obj[k] = v
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && !ArrayBuffer.isView(v)
}

/** Shapes of a list of records, or null when some value is not a record or no shape repeats. */
function shapesOf(
  values: readonly unknown[],
  json: boolean,
): { shapes: Shape[]; index: number[]; keys: Shape[] } | null {
  if (values.length < 2) return null
  const shapes: Shape[] = []
  const byId = new Map<string, number>()
  const index: number[] = []
  const keys: Shape[] = []
  for (const v of values) {
    if (!isRecord(v)) return null
    const ks = json ? Object.keys(v).filter((k) => v[k] !== undefined) : Object.keys(v)
    if (ks.length === 0) return null
    const id = ks.join('\u0000')
    let i = byId.get(id)
    if (i === undefined) {
      i = shapes.length
      shapes.push(ks)
      byId.set(id, i)
    }
    index.push(i)
    keys.push(ks)
  }
  return shapes.length < values.length ? { shapes, index, keys } : null
}

const NUMBERED = /^(.*)-(0|[1-9]\d{0,8})$/

/** A list of partition keys as runs, or null when it is not one (or would not be shorter). */
function runsOf(v: readonly unknown[]): unknown[] | null {
  if (v.length < 4 || typeof v[0] !== 'string') return null
  const runs: unknown[] = []
  let prefix = ''
  let next = -1
  let count = 0
  for (const s of v) {
    if (typeof s !== 'string') return null
    const m = NUMBERED.exec(s)
    if (m === null) return null
    const n = Number(m[2])
    if (count > 0 && m[1] === prefix && n === next) count++
    else {
      if (count > 0) runs.push(count)
      prefix = m[1] as string
      runs.push(prefix, n)
      count = 1
      // Runs must be fewer than half the strings to be worth it.
      if (runs.length > v.length * 1.5) return null
    }
    next = n + 1
  }
  runs.push(count)
  return runs
}

export function encodeWire(v: unknown, json = false): unknown {
  if (typeof v !== 'object' || v === null || ArrayBuffer.isView(v)) return v
  if (Array.isArray(v)) {
    const runs = runsOf(v)
    if (runs !== null) return { '~p': runs }
    const s = shapesOf(v, json)
    if (s === null) return v.map((x) => encodeWire(x, json))
    const rows: unknown[][] = []
    for (let i = 0; i < v.length; i++) {
      const rec = v[i] as Record<string, unknown>
      const row: unknown[] = [s.index[i]]
      for (const k of s.keys[i] as Shape) row.push(encodeWire(rec[k], json))
      rows.push(row)
    }
    return { '~a': s.shapes, '~v': rows }
  }
  const obj = v as Record<string, unknown>
  const ks = Object.keys(obj)
  const values = ks.map((k) => obj[k])
  const s = shapesOf(values, json)
  if (s !== null) {
    const rows: unknown[][] = []
    for (let i = 0; i < values.length; i++) {
      const rec = values[i] as Record<string, unknown>
      const row: unknown[] = [ks[i], s.index[i]]
      for (const k of s.keys[i] as Shape) row.push(encodeWire(rec[k], json))
      rows.push(row)
    }
    return { '~m': s.shapes, '~v': rows }
  }
  const out: Record<string, unknown> = {}
  let escaped = false
  for (const k of ks) {
    if (k.charCodeAt(0) === MARK) escaped = true
    put(out, k, encodeWire(obj[k], json))
  }
  return escaped ? { '~o': out } : out
}

function record(shape: Shape, row: readonly unknown[], from: number): Record<string, unknown> {
  const rec: Record<string, unknown> = {}
  for (let j = 0; j < shape.length; j++) put(rec, shape[j] as string, decodeWire(row[from + j]))
  return rec
}

export function decodeWire(v: unknown): unknown {
  if (typeof v !== 'object' || v === null || ArrayBuffer.isView(v)) return v
  if (Array.isArray(v)) return v.map(decodeWire)
  const obj = v as Record<string, unknown>
  if ('~p' in obj) {
    const runs = obj['~p'] as unknown[]
    const out: string[] = []
    for (let i = 0; i < runs.length; i += 3) {
      const prefix = runs[i] as string
      const first = runs[i + 1] as number
      for (let k = 0; k < (runs[i + 2] as number); k++) out.push(`${prefix}-${first + k}`)
    }
    return out
  }
  if ('~a' in obj) {
    const shapes = obj['~a'] as Shape[]
    return (obj['~v'] as unknown[][]).map((row) =>
      record(shapes[row[0] as number] as Shape, row, 1),
    )
  }
  if ('~m' in obj) {
    const shapes = obj['~m'] as Shape[]
    const out: Record<string, unknown> = {}
    for (const row of obj['~v'] as unknown[][])
      put(out, row[0] as string, record(shapes[row[1] as number] as Shape, row, 2))
    return out
  }
  const src = '~o' in obj ? (obj['~o'] as Record<string, unknown>) : obj
  const out: Record<string, unknown> = {}
  for (const k of Object.keys(src)) put(out, k, decodeWire(src[k]))
  return out
}
