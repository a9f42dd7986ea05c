import { useShallow } from 'zustand/react/shallow'
import { Panel } from '../../components/Panel'
import { useCommand } from '../../hooks/useCommand'
import { useT } from '../../i18n/useT'
import { selectBrokerIds, selectReady } from '../../store/selectors'
import { useSim } from '../../store/useSim'
import { BrokerCard } from './BrokerCard'
import { ReplicaLegend } from './ReplicaLegend'
import { TopicAdmin } from './TopicAdmin'

/** One card per broker with its replicas and fault buttons, plus cluster-wide admin. */
export function ClusterPanel() {
  const t = useT()
  const ready = useSim(selectReady)
  const ids = useSim(useShallow(selectBrokerIds))
  const command = useCommand()
  return (
    <Panel
      title={t('cluster.title')}
      className="cluster"
      actions={
        <button type="button" disabled={!ready} onClick={() => command({ type: 'addBroker' })}>
          + {t('cluster.addBroker')}
        </button>
      }
    >
      {ready ? null : <p className="muted">{t('app.loading')}</p>}
      <ReplicaLegend />
      <div className="broker-grid">
        {ids.map((id) => (
          <BrokerCard key={id} id={id} />
        ))}
      </div>
      <TopicAdmin />
    </Panel>
  )
}
