import { useMemo } from 'react'
import { FixedText } from '../../components/FixedText'
import { useT } from '../../i18n/useT'
import { selectPartitions, selectViewTick } from '../../store/selectors'
import { useSim } from '../../store/useSim'
import { type Baseline, skewBars } from './skew'

interface Props {
  topic: string
  baseline: Baseline | null
  onReset: () => void
}

/** One bar per partition: records written to it since the key distribution last changed. */
export function PartitionSkew({ topic, baseline, onReset }: Props) {
  const t = useT()
  const partitions = useSim(selectPartitions)
  const tick = useSim(selectViewTick)
  const bars = useMemo(
    () => (partitions === undefined ? [] : skewBars(partitions, topic, baseline, tick)),
    [partitions, topic, baseline, tick],
  )
  if (bars.length === 0) return null
  const since =
    baseline !== null && baseline.topic === topic && tick >= baseline.tick
      ? t('produce.skewSince', { s: (baseline.tick / 1000).toFixed(1) })
      : t('produce.skewSinceStart')
  return (
    <figure className="skew" data-testid="partition-skew">
      <figcaption>
        <strong>{t('produce.skew', { topic })}</strong> <span className="muted small">{since}</span>{' '}
        <button type="button" className="btn-link small" onClick={onReset}>
          {t('produce.skewReset')}
        </button>
      </figcaption>
      <ul className="skew-bars">
        {bars.map((b) => (
          <li key={b.key} data-testid={`skew-${b.key}`} data-count={b.count}>
            <span className="skew-label">{b.key}</span>
            <span className="skew-track" aria-hidden="true">
              {/* scaled, not sized: a new length repaints the bar without laying anything out */}
              <span
                className="skew-bar"
                style={{ transform: `scaleX(${b.fraction.toFixed(3)})` }}
              />
            </span>
            <span className="skew-value">
              <FixedText
                width="fill"
                text={t('produce.skewValue', { n: b.count, pct: Math.round(b.share * 100) })}
              />
            </span>
          </li>
        ))}
      </ul>
    </figure>
  )
}
