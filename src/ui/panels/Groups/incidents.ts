// The latest consumption incidents of each group, for its card: records processed twice or never,
// a consumer crashing with work not committed, a commit that failed. Consecutive reports about the
// same records (one per processed batch) merge into one line. Incremental like rebalanceStory.ts.

import type { SimEvent } from '../../../engine/events'

type Incident = Extract<
  SimEvent,
  {
    type:
      | 'recordsReprocessed'
      | 'recordsSkipped'
      | 'consumerCrashed'
      | 'offsetCommitFailed'
      | 'recordsDeduplicated'
  }
>

const KINDS: ReadonlySet<string> = new Set([
  'recordsReprocessed',
  'recordsDeduplicated',
  'recordsSkipped',
  'consumerCrashed',
  'offsetCommitFailed',
])

/** How many incidents a card lists, newest first. */
export const MAX_INCIDENTS = 3
/** Offsets kept per merged line (enough to write "19–80"). */
const MAX_OFFSETS = 500

function isIncident(e: SimEvent): e is Incident {
  if (!KINDS.has(e.type)) return false
  // A commit refused during a rebalance is retried after rejoining: not an incident.
  return e.type !== 'offsetCommitFailed' || e.exception === 'CommitFailedException'
}

/** `b` continues `a`: the same kind of report about the same partition (and consumer). */
function continues(a: Incident, b: Incident): boolean {
  if (a.type !== b.type || a.group !== b.group) return false
  if (a.type === 'recordsReprocessed' || a.type === 'recordsDeduplicated') {
    const x = b as typeof a
    return a.partition === x.partition && a.clientId === x.clientId
  }
  if (a.type === 'recordsSkipped') {
    const x = b as typeof a
    return a.partition === x.partition && a.reason === x.reason
  }
  return false
}

function merge(a: Incident, b: Incident): Incident {
  if (!('offsets' in a) || !('offsets' in b) || !('count' in a) || !('count' in b)) return b
  const offsets = [...a.offsets, ...b.offsets].slice(0, MAX_OFFSETS)
  return { ...b, offsets, count: a.count + b.count } as Incident
}

export class IncidentTracker {
  private readonly lists = new Map<string, Incident[]>()
  private snapshot: Readonly<Record<string, readonly Incident[]>> = {}
  private dirty = false

  feed(events: Iterable<SimEvent>): this {
    for (const e of events) {
      if (!isIncident(e)) continue
      const list = this.lists.get(e.group) ?? []
      const last = list[0]
      const next =
        last !== undefined && continues(last, e)
          ? [merge(last, e), ...list.slice(1)]
          : [e, ...list].slice(0, MAX_INCIDENTS)
      this.lists.set(e.group, next)
      this.dirty = true
    }
    return this
  }

  /** Per group, the latest incidents (newest first); the same object until one arrives. */
  incidents(): Readonly<Record<string, readonly Incident[]>> {
    if (!this.dirty) return this.snapshot
    this.snapshot = Object.fromEntries(this.lists)
    this.dirty = false
    return this.snapshot
  }
}

export type { Incident }
