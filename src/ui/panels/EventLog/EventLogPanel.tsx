import { useCallback, useId, useLayoutEffect, useMemo, useRef, useState } from 'react'
import type { SimEvent } from '../../../engine/events'
import { Panel } from '../../components/Panel'
import { localeNumber } from '../../i18n/numbers'
import { useT } from '../../i18n/useT'
import { useSim, useSimApi } from '../../store/useSim'
import { EventRow } from './EventRow'
import { type EventRows, eventRows } from './filterEvents'
import { useRowHeight, useVirtualRows } from './useVirtualRows'

/** Three lines of text plus padding (see .event-text in panels.css). */
const ROW_REM = 4.6

/** The newest events first, in plain words; virtualised, so an hour of events stays fast. */
export function EventLogPanel() {
  const t = useT()
  const session = useSimApi()
  const lang = useSim((s) => s.lang)
  const events = useSim((s) => s.events)
  const [query, setQuery] = useState('')
  const prev = useRef<EventRows | null>(null)
  const rows = useMemo(() => {
    const r = eventRows(events, query, lang, prev.current)
    prev.current = r
    return r
  }, [events, query, lang])
  const n = rows.first.length
  const rowPx = useRowHeight(ROW_REM)
  const scroller = useRef<HTMLDivElement>(null)
  const { start, end, scrollTop } = useVirtualRows(scroller, n, rowPx)
  const filterId = useId()
  // Newest first: when rows arrive while the reader has scrolled down, keep their rows still.
  // The position comes from the last scroll event: reading el.scrollTop here, right after React
  // changed the DOM, would force a layout of the whole page on every frame.
  const lastCount = useRef(n)
  const scrolled = scrollTop > 0
  useLayoutEffect(() => {
    const el = scroller.current
    const added = n - lastCount.current
    lastCount.current = n
    if (el !== null && scrolled && added > 0) el.scrollTop += added * rowPx
  }, [n, rowPx, scrolled])
  const onPick = useCallback(
    (e: SimEvent) => {
      // Pause first: the reader wants to look at that moment, not watch it scroll past.
      if (session.store.getState().playing) session.send({ type: 'pause' })
      session.send({ type: 'seek', tick: e.tick })
      session.store.getState().highlightIds(e.touches)
    },
    [session],
  )
  const items = []
  for (let r = start; r < end; r++) {
    const row = n - 1 - r
    // A folded row shows its latest event; its key stays its first, as the row grows.
    const index = rows.last[row] as number
    const e = events.at(index)
    if (e === undefined) continue
    items.push(
      <EventRow
        key={rows.first[row]}
        event={e}
        index={index}
        repeats={rows.count[row] ?? 1}
        lang={lang}
        top={r * rowPx}
        height={rowPx}
        onPick={onPick}
      />,
    )
  }
  return (
    <Panel title={t('events.title')} className="events" testId="event-log">
      <div className="events-tools">
        <label htmlFor={filterId} className="sr-only">
          {t('events.filter')}
        </label>
        <input
          id={filterId}
          type="search"
          placeholder={t('events.filter')}
          value={query}
          onChange={(e) => setQuery(e.target.value)}
        />
        <span className="muted">
          {t('events.count', {
            shown: localeNumber(rows.matched),
            total: localeNumber(events.length),
          })}
        </span>
      </div>
      <p className="muted small">{t('events.hint')}</p>
      <div className="event-scroll" ref={scroller}>
        {n === 0 ? <p className="muted">{t('events.empty')}</p> : null}
        <ol className="event-list" style={{ height: n * rowPx }}>
          {items}
        </ol>
      </div>
    </Panel>
  )
}
