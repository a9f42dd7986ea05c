import { useShallow } from 'zustand/react/shallow'
import { BROKER_CONFIG_INFO } from '../../../engine/config'
import { Panel } from '../../components/Panel'
import { useT } from '../../i18n/useT'
import { selectUserPartitionKeys } from '../../store/selectors'
import { useSim } from '../../store/useSim'
import { PartitionRow } from './PartitionRow'

/** Every partition of the user topics: leader, epoch, replicas, ISR, HW, LEO and state. */
export function PartitionsPanel() {
  const t = useT()
  const keys = useSim(useShallow(selectUserPartitionKeys))
  const lagMs = useSim((s) => s.view?.config.broker.replicaLagTimeMaxMs ?? 0)
  return (
    <Panel title={t('partitions.title')} className="partitions">
      <p className="muted">{t('partitions.hint')}</p>
      <div className="table-wrap">
        <table className="partition-table">
          <thead>
            <tr>
              <th scope="col">{t('partitions.col.partition')}</th>
              <th scope="col">{t('partitions.col.leader')}</th>
              <th scope="col">{t('partitions.col.epoch')}</th>
              <th scope="col">{t('partitions.col.replicas')}</th>
              <th scope="col">{t('partitions.col.isr')}</th>
              <th scope="col" className="num">
                {t('partitions.col.hw')}
              </th>
              <th scope="col" className="num">
                {t('partitions.col.leo')}
              </th>
              <th scope="col">{t('partitions.col.state')}</th>
            </tr>
          </thead>
          <tbody>
            {keys.map((k) => (
              <PartitionRow key={k} partitionKey={k} />
            ))}
          </tbody>
        </table>
      </div>
      <div className="glossary muted small">
        <p>{t('partitions.glossary')}</p>
        <p>{t('partitions.fetchIsAck')}</p>
        <p>
          {t('partitions.lagNote', {
            sim: lagMs,
            kafka: String(BROKER_CONFIG_INFO.replicaLagTimeMaxMs.kafkaDefault),
          })}
        </p>
      </div>
    </Panel>
  )
}
