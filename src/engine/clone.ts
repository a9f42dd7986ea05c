// Checkpoints. The live state is mutable; a checkpoint is a copy of its small records that
// shares the big append-only chunks (frozen by `share`) and every frozen value (batches, which
// are frozen when created). Restoring a checkpoint clones it again, so a checkpoint is never
// written to and seeking to it twice gives the same state.

import { share } from './chunks'
import type { SimState } from './model'

function isChunked(v: object): v is { chunks: unknown[][]; length: number } {
  return 'chunks' in v && 'length' in v && Array.isArray((v as { chunks: unknown }).chunks)
}

function cloneValue(v: unknown): unknown {
  if (v === null || typeof v !== 'object') return v
  if (Object.isFrozen(v)) return v
  if (Array.isArray(v)) {
    const out = new Array(v.length)
    for (let i = 0; i < v.length; i++) out[i] = cloneValue(v[i])
    return out
  }
  if (isChunked(v)) return share(v as never)
  const out: Record<string, unknown> = {}
  for (const k of Object.keys(v)) out[k] = cloneValue((v as Record<string, unknown>)[k])
  return out
}

export function cloneState(sim: SimState): SimState {
  return cloneValue(sim) as SimState
}
