import type { SimEvent } from '../../../engine/events'
import type { Lang } from '../../i18n/catalog'
import { useSim } from '../../store/useSim'
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
  /** The event's place in the run (0 = first): its highlight id is `event-<index>`. */
  index: number
  /** How many events this row stands for (repeats are folded). */
  repeats: number
  lang: Lang
  top: number
  height: number
  onPick: (e: SimEvent) => void
}

/**
 * One event: its sim time and plain words; clicking seeks there and highlights what it touched.
 * It is highlighted itself by `event-<index>` or by its type (`event-<type>`).
 */
export function EventRow({ event, index, repeats, lang, top, height, onPick }: Props) {
  const text = eventText(event, lang)
  const highlighted = useSim((s) => {
    const ids = s.highlight?.ids
    return (
      ids !== undefined && (ids.includes(`event-${index}`) || ids.includes(`event-${event.type}`))
    )
  })
  return (
    <li
      className={`event-item${highlighted ? ' highlighted' : ''}`}
      style={{ top, height }}
      data-testid="event"
      data-type={event.type}
      data-tick={event.tick}
      data-event-id={`event-${index}`}
    >
      <button
        type="button"
        className={`event-row${SEVERE.has(event.type) ? ' event-severe' : ''}${QUIET.has(event.type) ? ' event-quiet' : ''}`}
        title={text}
        onClick={() => onPick(event)}
      >
        <span className="event-time">
          {formatSeconds(event.tick)}
          {lang === 'zh' ? ' 秒' : ' s'}
        </span>
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
