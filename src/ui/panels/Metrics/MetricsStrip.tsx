import { FixedText } from '../../components/FixedText'
import { Term } from '../../components/Term'
import type { MessageKey } from '../../i18n/catalog'
import { localeNumber } from '../../i18n/numbers'
import type { TermId } from '../../i18n/terms'
import { useT } from '../../i18n/useT'
import { selectMetrics } from '../../store/selectors'
import { useSim } from '../../store/useSim'

type Counter = 'produced' | 'acked' | 'committed' | 'lost' | 'duplicated'
const COUNTERS: readonly Counter[] = ['produced', 'acked', 'committed', 'lost', 'duplicated']
const TERM: Readonly<Partial<Record<Counter, TermId>>> = { acked: 'acks', committed: 'committed' }

/** Record counters: what the producer sent, what was acknowledged, committed, lost, duplicated. */
export function MetricsStrip() {
  const t = useT()
  const metrics = useSim(selectMetrics)
  return (
    <section className="panel metrics" aria-label={t('metrics.title')} data-testid="counters">
      <dl>
        {COUNTERS.map((c) => {
          const value = metrics?.[c] ?? 0
          const bad = (c === 'lost' || c === 'duplicated') && value > 0
          return (
            <div
              key={c}
              className={`metric metric-${c}${bad ? ' metric-bad' : ''}`}
              data-testid={`metric-${c}`}
            >
              <dt>
                {TERM[c] === undefined ? (
                  t(`metrics.${c}` as MessageKey)
                ) : (
                  <Term id={TERM[c]}>{t(`metrics.${c}` as MessageKey)}</Term>
                )}
              </dt>
              <dd>
                <FixedText text={`${bad ? '⚠ ' : ''}${localeNumber(value)}`}>
                  {bad ? <span aria-hidden="true">⚠ </span> : null}
                  {localeNumber(value)}
                </FixedText>
              </dd>
            </div>
          )
        })}
      </dl>
    </section>
  )
}
