// An append-only, persistent list of events. A busy run produces hundreds of thousands of events
// (a producer retrying every retry.backoff.ms emits one per retry), and the store must give every
// frame a new value without copying them all: events live in fixed-size chunks, and a new list
// shares every full chunk with the old one. Appending copies at most one chunk plus the chunk
// index; cutting (after a seek back) shares the chunks before the cut.

import type { SimEvent } from '../../engine/events'

const SHIFT = 10
const CHUNK = 1 << SHIFT
const MASK = CHUNK - 1

export class EventList {
  static readonly EMPTY = new EventList([], 0)

  private constructor(
    private readonly chunks: readonly (readonly SimEvent[])[],
    readonly length: number,
  ) {}

  static from(events: readonly SimEvent[]): EventList {
    return EventList.EMPTY.append(events)
  }

  /** The event at index i (0 = oldest), or undefined when out of range. */
  at(i: number): SimEvent | undefined {
    if (i < 0 || i >= this.length) return undefined
    return this.chunks[i >> SHIFT]?.[i & MASK]
  }

  /** The first n events (n ≥ length returns this list). */
  cut(n: number): EventList {
    if (n >= this.length) return this
    if (n <= 0) return EventList.EMPTY
    const full = n >> SHIFT
    const rest = n & MASK
    const chunks = this.chunks.slice(0, full)
    if (rest > 0) chunks.push((this.chunks[full] as readonly SimEvent[]).slice(0, rest))
    return new EventList(chunks, n)
  }

  append(events: readonly SimEvent[]): EventList {
    if (events.length === 0) return this
    const chunks = this.chunks.slice()
    let last = (this.length & MASK) === 0 ? null : (chunks.pop() as readonly SimEvent[]).slice()
    for (const e of events) {
      if (last === null) last = []
      last.push(e)
      if (last.length === CHUNK) {
        chunks.push(last)
        last = null
      }
    }
    if (last !== null) chunks.push(last)
    return new EventList(chunks, this.length + events.length)
  }

  /** Events [from, to) as an array. */
  slice(from = 0, to = this.length): SimEvent[] {
    const out: SimEvent[] = []
    const end = Math.min(to, this.length)
    for (let i = Math.max(0, from); i < end; i++) out.push(this.at(i) as SimEvent)
    return out
  }

  /** Whether `other` starts with every chunk of this list (so only new events need scanning). */
  isPrefixOf(other: EventList): boolean {
    if (other.length < this.length) return false
    const full = this.length >> SHIFT
    for (let c = 0; c < full; c++) if (this.chunks[c] !== other.chunks[c]) return false
    const rest = this.length & MASK
    if (rest === 0) return true
    const a = this.chunks[full] as readonly SimEvent[]
    const b = other.chunks[full] as readonly SimEvent[]
    for (let i = 0; i < rest; i++) if (a[i] !== b[i]) return false
    return true
  }
}
