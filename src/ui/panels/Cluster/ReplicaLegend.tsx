import { useT } from '../../i18n/useT'
import { REPLICA_GLYPH, REPLICA_LABEL, type ReplicaState } from './replicaState'

const STATES: readonly ReplicaState[] = ['leader', 'isr', 'osr', 'offline']

export function ReplicaLegend() {
  const t = useT()
  return (
    <p className="legend">
      <span>{t('cluster.legend')}</span>
      {STATES.map((s) => (
        <span key={s} className={`legend-item replica-${s}`}>
          <span className="glyph" aria-hidden="true">
            {REPLICA_GLYPH[s]}
          </span>{' '}
          {t(REPLICA_LABEL[s])}
        </span>
      ))}
    </p>
  )
}
