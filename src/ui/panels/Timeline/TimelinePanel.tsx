import { memo, useId, useMemo, useState } from 'react'
import type { Marker } from '../../../worker/protocol'
import { FixedText } from '../../components/FixedText'
import { Term } from '../../components/Term'
import type { TermId } from '../../i18n/terms'
import { useT } from '../../i18n/useT'
import { selectHead, selectInPast, selectReady, selectTick } from '../../store/selectors'
import { useSim, useSimApi } from '../../store/useSim'
import { formatSeconds, MARKER_GLYPH, placeMarkers } from './markerLayout'
import { useThrottledSeek } from './useThrottledSeek'

const KINDS: readonly Marker['kind'][] = ['election', 'isr', 'loss', 'fault']
const TERM: Readonly<Partial<Record<Marker['kind'], TermId>>> = {
  election: 'election',
  isr: 'isr',
  rebalance: 'rebalance',
}

/**
 * What the marker glyphs mean. Memoised: the panel re-renders on every frame (the clock), the
 * legend only when a new kind of marker appears (or the language changes).
 */
const MarkerLegend = memo(function MarkerLegend({ kinds }: { kinds: readonly Marker['kind'][] }) {
  const t = useT()
  return (
    <ul className="marker-legend">
      {kinds.map((k) => (
        <li key={k}>
          <span className={`marker-glyph marker-${k}`} aria-hidden="true">
            {MARKER_GLYPH[k]}
          </span>{' '}
          {TERM[k] === undefined ? t(`marker.${k}`) : <Term id={TERM[k]}>{t(`marker.${k}`)}</Term>}
        </li>
      ))}
    </ul>
  )
})

/** The simulated clock: current time, a scrubber over everything computed so far, and markers. */
export function TimelinePanel() {
  const t = useT()
  const session = useSimApi()
  const ready = useSim(selectReady)
  const tick = useSim(selectTick)
  const head = useSim(selectHead)
  const inPast = useSim(selectInPast)
  const markers = useSim((s) => s.markers)
  const seeking = useSim((s) => s.seeking)
  const seek = useThrottledSeek()
  // While dragging, the thumb follows the pointer, not the (slightly later) frames.
  const [dragging, setDragging] = useState<number | null>(null)
  const id = useId()
  const placed = useMemo(() => placeMarkers(markers, head), [markers, head])
  const kinds = useMemo(
    () => (markers.some((m) => m.kind === 'rebalance') ? [...KINDS, 'rebalance' as const] : KINDS),
    [markers],
  )
  return (
    <section
      className="panel timeline"
      data-testid="timeline"
      data-tick={tick}
      aria-labelledby={id}
    >
      <div className="timeline-head">
        <h2 id={id}>{t('timeline.title')}</h2>
        {/* fixed boxes: the clock changes on every frame, and lays out only itself */}
        <span className="clock" aria-live="off">
          <FixedText text={t('timeline.time', { s: formatSeconds(tick) })} />
        </span>
        <span className="muted">
          <FixedText text={t('timeline.of', { s: formatSeconds(head) })} />
        </span>
      </div>
      <div className="scrubber">
        <div className="marker-track" aria-hidden="true">
          {placed.map((m) => (
            <span
              // by its first marker's tick: the position moves on with every frame (the head grows)
              key={`${m.kind}-${m.tick}`}
              className={`marker marker-${m.kind}${m.tick > tick ? ' marker-ahead' : ''}`}
              style={{ transform: `translateX(calc(${m.x}cqw - 50%))` }}
            >
              {MARKER_GLYPH[m.kind]}
            </span>
          ))}
        </div>
        <input
          type="range"
          aria-label={t('timeline.scrub')}
          aria-valuetext={t('timeline.time', { s: formatSeconds(tick) })}
          min={0}
          max={Math.max(1, head)}
          step={1}
          value={dragging ?? tick}
          disabled={!ready}
          onChange={(e) => {
            const v = Number(e.target.value)
            setDragging(v)
            seek(v)
          }}
          onPointerUp={() => setDragging(null)}
          onKeyUp={() => setDragging(null)}
          onBlur={() => setDragging(null)}
        />
      </div>
      <div className="timeline-foot">
        <MarkerLegend kinds={kinds} />
        {seeking !== null ? (
          <span className="badge seeking-note" role="status">
            {t('timeline.seeking', {
              s: formatSeconds(seeking.tick),
              target: formatSeconds(seeking.target),
            })}
          </span>
        ) : null}
        {inPast ? (
          <div className="past-note">
            <span className="badge badge-warn">{t('timeline.inPast')}</span>
            <button type="button" onClick={() => session.send({ type: 'seek', tick: head })}>
              {t('timeline.live')}
            </button>
          </div>
        ) : null}
      </div>
    </section>
  )
}
