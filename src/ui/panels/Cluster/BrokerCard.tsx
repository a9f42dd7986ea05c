import { useId } from 'react'
import { useShallow } from 'zustand/react/shallow'
import type { BrokerStatus } from '../../../engine/model'
import { useT } from '../../i18n/useT'
import { selectBroker, selectHighlighted, selectReplicaKeysOf } from '../../store/selectors'
import { useSim } from '../../store/useSim'
import { BrokerActions } from './BrokerActions'
import { ReplicaChip } from './ReplicaChip'

const STATUS_GLYPH: Readonly<Record<BrokerStatus, string>> = {
  online: '●',
  offline: '✕',
  isolated: '⊘',
}

/** A broker: status, controller badge, its replicas, and the faults a teacher can inject. */
export function BrokerCard({ id }: { id: number }) {
  const t = useT()
  const broker = useSim(selectBroker(id))
  const replicaKeys = useSim(useShallow(selectReplicaKeysOf(id)))
  const highlighted = useSim(selectHighlighted(`broker-${id}`))
  const headingId = useId()
  if (broker === undefined) return null
  return (
    <article
      className={`broker broker-${broker.status}${highlighted ? ' highlighted' : ''}`}
      data-testid={`broker-${id}`}
      data-status={broker.status}
      data-controller={broker.controller ? 'true' : 'false'}
      aria-labelledby={headingId}
    >
      <header className="broker-head">
        <h3 id={headingId}>{t('broker.name', { id })}</h3>
        <div className="broker-badges">
          <span className={`badge status-${broker.status}`}>
            <span aria-hidden="true">{STATUS_GLYPH[broker.status]}</span>{' '}
            {t(`broker.status.${broker.status}`)}
          </span>
          {broker.controller ? (
            <span className="badge badge-controller" title={t('broker.controllerTitle')}>
              <span aria-hidden="true">♛</span> {t('broker.controller')}
            </span>
          ) : null}
          {broker.fenced && broker.status !== 'offline' ? (
            <span className="badge badge-warn">{t('broker.fenced')}</span>
          ) : null}
          {broker.shuttingDown ? (
            <span className="badge badge-warn">{t('broker.shuttingDown')}</span>
          ) : null}
          {broker.slowMs > 0 ? (
            <span className="badge badge-warn">
              <span aria-hidden="true">◔</span> {t('broker.slow', { ms: broker.slowMs })}
            </span>
          ) : null}
        </div>
      </header>
      {replicaKeys.length === 0 ? (
        <p className="muted">{t('broker.noReplicas')}</p>
      ) : (
        <ul className="replicas">
          <li className="replica-cols" aria-hidden="true">
            <span />
            <span />
            <abbr title="log end offset">LEO</abbr>
            <abbr title="high watermark">HW</abbr>
          </li>
          {replicaKeys.map((k) => (
            <ReplicaChip key={k} replicaKey={k} />
          ))}
        </ul>
      )}
      <BrokerActions broker={broker} />
    </article>
  )
}
