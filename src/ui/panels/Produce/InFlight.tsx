import type { PointerEvent, ReactNode } from 'react'
import { FixedText } from '../../components/FixedText'
import { useT } from '../../i18n/useT'
import { selectProducer } from '../../store/selectors'
import { useSim } from '../../store/useSim'
import { batchGroups, type FateLook, outcomeLook, outcomeRuns, STATE_LOOK } from './fates'

const SHOWN = 5

/** A row's text is one line: cut short, it shows in full as a tooltip (set when the pointer comes
 *  over it, so rows that change every frame do not rewrite a title every frame). */
const showCutText = (e: PointerEvent<HTMLElement>) => {
  const el = e.currentTarget
  el.title = el.scrollWidth > el.clientWidth ? (el.textContent ?? '') : ''
}

const Count = ({ n }: { n: number }) =>
  n > 1 ? <span className="fate-count">×{n}</span> : <span className="fate-count" />

/** One row of a fate list: icon, where (partition, offset), what happened, and how many times. */
function FateRow({
  look,
  where,
  count,
  data,
  children,
}: {
  look: FateLook
  where: string
  count: number
  data: Record<`data-${string}`, string>
  children: ReactNode
}) {
  return (
    <li className={`fate fate-${look.tone}`} {...data}>
      <span className="fate-icon" aria-hidden="true">
        {look.icon}
      </span>
      <span className="fate-where">{where}</span>
      <span className="fate-text" onPointerEnter={showCutText}>
        {children}
      </span>
      <Count n={count} />
    </li>
  )
}

/** A list in a box of SHOWN one-line rows: rows coming and going every frame lay out that box
 *  alone, and nothing below it moves. */
function FateBox({ empty, children }: { empty: string; children: ReactNode[] }) {
  return (
    <div className="fate-box">
      {children.length === 0 ? (
        <p className="muted small">{empty}</p>
      ) : (
        <ul className="fate-list">{children}</ul>
      )}
    </div>
  )
}

/** The producer's batches now (queued, in flight, retrying) and what became of the last ones. */
export function InFlight() {
  const t = useT()
  const producer = useSim(selectProducer)
  if (producer === undefined) return null
  const groups = batchGroups(producer.batches).slice(0, SHOWN)
  const runs = outcomeRuns(producer.recent).slice(0, SHOWN)
  // Rows by position (a ranking that changes every frame; the newest outcome comes in at the top):
  // rewriting a row's text is cheaper than replacing the element.
  return (
    <section className="inflight" aria-labelledby="inflight-title" data-testid="producer-inflight">
      <h3 id="inflight-title">{t('produce.inflight')}</h3>
      <h4>
        <FixedText width="fill" text={t('produce.batches', { n: producer.batches.length })} />
      </h4>
      <FateBox empty={t('produce.noBatches')}>
        {groups.map((g, i) => {
          const look = STATE_LOOK[g.state]
          return (
            <FateRow
              // biome-ignore lint/suspicious/noArrayIndexKey: rows by position, as said above
              key={i}
              look={look}
              where={g.partition}
              count={g.count}
              data={{ 'data-state': g.state }}
            >
              {t(look.key, { attempts: g.maxAttempts })}
              <span className="muted"> · {t('produce.records', { n: g.records })}</span>
            </FateRow>
          )
        })}
      </FateBox>
      <h4>{t('produce.recent')}</h4>
      <FateBox empty={t('produce.noRecent')}>
        {runs.map((o, i) => {
          const look = outcomeLook(o)
          return (
            <FateRow
              // biome-ignore lint/suspicious/noArrayIndexKey: rows by position, as said above
              key={i}
              look={look}
              where={o.offset >= 0 ? `${o.partition}@${o.offset}` : o.partition}
              count={o.count}
              data={{ 'data-outcome': o.outcome }}
            >
              {o.outcome === o.outcome.toUpperCase() ? (
                <span className="fate-code">{o.outcome} </span>
              ) : null}
              {t(look.key)}
              {o.willRetry ? <strong> {t('produce.willRetry')}</strong> : null}
            </FateRow>
          )
        })}
      </FateBox>
    </section>
  )
}
