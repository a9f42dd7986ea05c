import type { PointerEvent } from 'react'
import { FixedText } from '../../components/FixedText'
import { useT } from '../../i18n/useT'
import { selectProducer } from '../../store/selectors'
import { useSim } from '../../store/useSim'
import { batchGroups, outcomeLook, outcomeRuns, STATE_LOOK } from './fates'

const SHOWN = 5

/** A row's text is one line: cut short, it shows in full as a tooltip (set when the pointer comes
 *  over it, so rows that change every frame do not rewrite a title every frame). */
const showCutText = (e: PointerEvent<HTMLElement>) => {
  const el = e.currentTarget
  el.title = el.scrollWidth > el.clientWidth ? (el.textContent ?? '') : ''
}

const Count = ({ n }: { n: number }) =>
  n > 1 ? <span className="fate-count">×{n}</span> : <span className="fate-count" />

/** The producer's batches now (queued, in flight, retrying) and what became of the last ones. */
export function InFlight() {
  const t = useT()
  const producer = useSim(selectProducer)
  if (producer === undefined) return null
  const groups = batchGroups(producer.batches).slice(0, SHOWN)
  const runs = outcomeRuns(producer.recent).slice(0, SHOWN)
  return (
    <section className="inflight" aria-labelledby="inflight-title" data-testid="producer-inflight">
      <h3 id="inflight-title">{t('produce.inflight')}</h3>
      <h4>
        <FixedText width="fill" text={t('produce.batches', { n: producer.batches.length })} />
      </h4>
      {/* Each list in a box of SHOWN one-line rows: rows coming and going every frame lay out
          that box alone, and nothing below it moves. */}
      <div className="fate-box">
        {groups.length === 0 ? (
          <p className="muted small">{t('produce.noBatches')}</p>
        ) : (
          <ul className="fate-list">
            {groups.map((g, i) => {
              const look = STATE_LOOK[g.state]
              return (
                <li
                  // biome-ignore lint/suspicious/noArrayIndexKey: rows by position (a ranking that changes every frame): rewriting a row's text is cheaper than replacing the element
                  key={i}
                  className={`fate fate-${look.tone}`}
                  data-state={g.state}
                >
                  <span className="fate-icon" aria-hidden="true">
                    {look.icon}
                  </span>
                  <span className="fate-where">{g.partition}</span>
                  <span className="fate-text" onPointerEnter={showCutText}>
                    {t(look.key, { attempts: g.maxAttempts })}
                    <span className="muted"> · {t('produce.records', { n: g.records })}</span>
                  </span>
                  <Count n={g.count} />
                </li>
              )
            })}
          </ul>
        )}
      </div>
      <h4>{t('produce.recent')}</h4>
      <div className="fate-box">
        {runs.length === 0 ? (
          <p className="muted small">{t('produce.noRecent')}</p>
        ) : (
          <ul className="fate-list">
            {runs.map((o, i) => {
              const look = outcomeLook(o)
              return (
                <li
                  // biome-ignore lint/suspicious/noArrayIndexKey: by position, as above (the newest outcome comes in at the top every frame)
                  key={i}
                  className={`fate fate-${look.tone}`}
                  data-outcome={o.outcome}
                >
                  <span className="fate-icon" aria-hidden="true">
                    {look.icon}
                  </span>
                  <span className="fate-where">
                    {o.partition}
                    {o.offset >= 0 ? `@${o.offset}` : ''}
                  </span>
                  <span className="fate-text" onPointerEnter={showCutText}>
                    {o.outcome === o.outcome.toUpperCase() ? (
                      <span className="fate-code">{o.outcome} </span>
                    ) : null}
                    {t(look.key)}
                    {o.willRetry ? <strong> {t('produce.willRetry')}</strong> : null}
                  </span>
                  <Count n={o.count} />
                </li>
              )
            })}
          </ul>
        )}
      </div>
    </section>
  )
}
