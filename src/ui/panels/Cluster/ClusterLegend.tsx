import { Term } from '../../components/Term'
import type { TermId } from '../../i18n/terms'
import { useT } from '../../i18n/useT'
import { Icon } from './icons'
import type { Density } from './layout'
import { REPLICA_ICON, REPLICA_LABEL, REPLICA_STATES, type ReplicaState } from './replicaState'
import { TokenShape } from './TokenShape'

const TOKENS = [
  ['produce', 'cluster.token.produce'],
  ['replicate', 'cluster.token.replicate'],
  ['ack', 'cluster.token.ack'],
  ['poll', 'cluster.token.poll'],
] as const

/** The Kafka term behind each replica state (offline is plain words). */
const STATE_TERM: Readonly<Partial<Record<ReplicaState, TermId>>> = {
  leader: 'leader',
  isr: 'isr',
  osr: 'osr',
}

/** What the chip shapes and the message tokens mean, drawn the same way as on the cards. */
export function ClusterLegend({ density, showEmpty }: { density: Density; showEmpty: boolean }) {
  const t = useT()
  return (
    <div className="legend">
      <div className="legend-group">
        <span className="legend-title">
          <Term id="replica">{t('cluster.legend')}</Term>
        </span>
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
              {STATE_TERM[s] === undefined ? (
                t(REPLICA_LABEL[s])
              ) : (
                <Term id={STATE_TERM[s]}>{t(REPLICA_LABEL[s])}</Term>
              )}
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
              {kind === 'replicate' || kind === 'poll' ? <Term id="fetch">{t(key)}</Term> : t(key)}
            </li>
          ))}
        </ul>
      </div>
    </div>
  )
}
