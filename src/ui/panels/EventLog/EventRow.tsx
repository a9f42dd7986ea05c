import type { SimEvent } from '../../../engine/events'
import type { Lang } from '../../i18n/catalog'
import { formatSeconds } from '../Timeline/markerLayout'
import { eventText } from './filterEvents'

const GLYPH: Readonly<Record<string, string>> = {
  leaderElected: '▲',
  partitionOffline: '✕',
  recordsLost: '✖',
  recordsDuplicated: '⚠',
  isrShrunk: '◌',
  isrExpanded: '●',
  brokerKilled: '■',
  brokerPowerFailed: '■',
  brokerIsolated: '⊘',
  produceError: '!',
  recordsExpired: '!',
}

const SEVERE = new Set(['recordsLost', 'partitionOffline', 'recordsDuplicated'])
/** Routine chatter, drawn in a quieter colour. */
const QUIET = new Set(['produceError', 'segmentRolled', 'segmentsDeleted'])

interface Props {
  event: SimEvent
  /** How many events this row stands for (repeats are folded). */
  repeats: number
  lang: Lang
  top: number
  height: number
  onPick: (e: SimEvent) => void
}

/** One event: its sim time and plain words; clicking seeks there and highlights what it touched. */
export function EventRow({ event, repeats, lang, top, height, onPick }: Props) {
  const text = eventText(event, lang)
  return (
    <li className="event-item" style={{ top, height }}>
      <button
        type="button"
        className={`event-row${SEVERE.has(event.type) ? ' event-severe' : ''}${QUIET.has(event.type) ? ' event-quiet' : ''}`}
        title={text}
        onClick={() => onPick(event)}
      >
        <span className="event-time">{formatSeconds(event.tick)} s</span>
        <span className="event-glyph" aria-hidden="true">
          {GLYPH[event.type] ?? '·'}
        </span>
        <span className="event-text">
          {repeats > 1 ? <span className="repeats">×{repeats}</span> : null}
          {text}
        </span>
      </button>
    </li>
  )
}
