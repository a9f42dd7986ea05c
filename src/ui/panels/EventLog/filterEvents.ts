// The event log's rows: the events that match the filter box, with runs of repeats folded into
// one row showing the latest of them (a producer retrying against a dead leader reports every
// retry, a consumer whose coordinator cannot write loses it again and again, auto-commits come
// several a second; forty such lines would hide the event that ends them). A long run has many events, so the rows are extended
// in place while the run only appends, and rebuilt when the filter, the language or the history
// (a seek back, a fork) changes. Descriptions are cached per event object.

import type { SimEvent } from '../../../engine/events'
import type { Lang } from '../../i18n/catalog'
import { describeEvent } from '../../i18n/describeEvent'
import type { EventList } from '../../store/eventList'

const cache: Record<Lang, WeakMap<SimEvent, string>> = { en: new WeakMap(), zh: new WeakMap() }

/** describeEvent, memoised per event object. */
export function eventText(e: SimEvent, lang: Lang): string {
  let s = cache[lang].get(e)
  if (s === undefined) {
    s = describeEvent(e, lang)
    cache[lang].set(e, s)
  }
  return s
}

/** Events that fold into the previous row when they repeat it. */
function foldKey(e: SimEvent): string | null {
  if (e.type === 'produceError') return `${e.type}:${e.producer}:${e.error}:${e.willRetry}`
  if (e.type === 'recordsExpired') return `${e.type}:${e.producer}`
  // A consumer whose coordinator cannot write (under min ISR) rediscovers it and fails again, as
  // fast as its requests go round: one row per consumer, error and broker.
  if (e.type === 'consumerLostCoordinator')
    return `${e.type}:${e.group}:${e.clientId}:${e.broker}:${e.error}`
  // enable.auto.commit: every member commits every auto.commit.interval.ms, several lines a
  // second that would bury the rest. A run of them folds into one row per group (its latest shown).
  if (e.type === 'offsetsCommitted' && e.how === 'auto') return `${e.type}:auto:${e.group}`
  return null
}

export interface EventRows {
  readonly events: EventList
  readonly needle: string
  readonly lang: Lang
  /** Index of the first event of each row, oldest row first. */
  readonly first: number[]
  /** Index of the latest event of each row (the one a folded row shows). */
  readonly last: number[]
  /** How many matching events each row stands for. */
  readonly count: number[]
  /** Matching events in all rows. */
  readonly matched: number
  readonly lastKey: string | null
}

function matches(e: SimEvent, needle: string, lang: Lang): boolean {
  if (needle === '') return true
  return e.type.toLowerCase().includes(needle) || eventText(e, lang).toLowerCase().includes(needle)
}

export function eventRows(
  events: EventList,
  query: string,
  lang: Lang,
  prev: EventRows | null,
): EventRows {
  const needle = query.trim().toLowerCase()
  const reuse =
    prev !== null && prev.needle === needle && prev.lang === lang && prev.events.isPrefixOf(events)
  if (reuse && prev.events.length === events.length) return prev
  // Extending in place is safe: a result is only ever superseded by the one built from it.
  const first = reuse ? prev.first : []
  const last = reuse ? prev.last : []
  const count = reuse ? prev.count : []
  let matched = reuse ? prev.matched : 0
  let lastKey = reuse ? prev.lastKey : null
  for (let i = reuse ? prev.events.length : 0; i < events.length; i++) {
    const e = events.at(i) as SimEvent
    if (!matches(e, needle, lang)) continue
    matched++
    const key = foldKey(e)
    if (key !== null && key === lastKey) {
      count[count.length - 1] = (count.at(-1) ?? 0) + 1
      last[last.length - 1] = i
    } else {
      first.push(i)
      last.push(i)
      count.push(1)
    }
    lastKey = key
  }
  return { events, needle, lang, first, last, count, matched, lastKey }
}
