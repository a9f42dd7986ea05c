// What the view shows of a replica fetch in flight, read from its payload when the view is built
// (the engine builds nothing for it while running): per partition, the fetch offset a fetch asks
// for, or the records a response carries.

import type { FetchRequest, FetchResponse } from './fetch'

/** Per partition, the fetch offset asked for (fetch) or the records carried (response). */
export function fetchMessageDetail(
  kind: 'fetch' | 'fetchResponse',
  payload: unknown,
): Record<string, number> {
  const out: Record<string, number> = {}
  if (kind === 'fetch') {
    for (const p of (payload as FetchRequest).partitions) out[p.partition] = p.fetchOffset
  } else {
    for (const p of (payload as FetchResponse).partitions) {
      let n = 0
      for (const b of p.batches) n += b.count
      out[p.partition] = n
    }
  }
  return out
}
