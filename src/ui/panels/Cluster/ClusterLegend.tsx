import { useT } from '../../i18n/useT'
import { Icon } from './icons'
import type { Density } from './layout'
import { REPLICA_ICON, REPLICA_LABEL, REPLICA_STATES } from './replicaState'
import { TokenShape } from './TokenShape'

const TOKENS = [
  ['produce', 'cluster.token.produce'],
  ['replicate', 'cluster.token.replicate'],
  ['ack', 'cluster.token.ack'],
  ['poll', 'cluster.token.poll'],
] as const

/** What the chip shapes and the message tokens mean, drawn the same way as on the cards. */
export function ClusterLegend({ density, showEmpty }: { density: Density; showEmpty: boolean }) {
  const t = useT()
  return (
    <div className="legend">
      <div className="legend-group">
        <span className="legend-title">{t('cluster.legend')}</span>
        <ul className="legend-list">
          {REPLICA_STATES.map((s) => (
            <li key={s} className={`legend-item replica-${s}`}>
              {density === 'compact' ? (
                <span className={`chip-dot replica-${s}${s === 'leader' ? ' is-leader' : ''}`} />
              ) : (
                <span className="chip-icon">
                  <Icon name={REPLICA_ICON[s]} />
                </span>
              )}
              {t(REPLICA_LABEL[s])}
            </li>
          ))}
        </ul>
      </div>
      <div className="legend-group">
        <span className="legend-title">{t('cluster.legendMessages')}</span>
        <ul className="legend-list">
          {TOKENS.filter(([kind]) => showEmpty || kind !== 'poll').map(([kind, key]) => (
            <li key={kind} className="legend-token">
              <svg
                className={`tok tok-${kind}`}
                width="20"
                height="20"
                viewBox="-10 -10 20 20"
                aria-hidden="true"
              >
                <TokenShape kind={kind} x={0} y={0} r={7} />
              </svg>
              {t(key)}
            </li>
          ))}
        </ul>
      </div>
    </div>
  )
}
