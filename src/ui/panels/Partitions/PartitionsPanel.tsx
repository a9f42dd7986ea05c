import { useShallow } from 'zustand/react/shallow'
import { BROKER_CONFIG_INFO } from '../../../engine/config'
import { Panel } from '../../components/Panel'
import { Term } from '../../components/Term'
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
    <Panel
      title={<Term id="partition">{t('partitions.title')}</Term>}
      className="partitions"
      testId="partitions-panel"
    >
      <p className="muted">{t('partitions.hint')}</p>
      <div className="table-wrap">
        <table className="partition-table">
          <thead>
            <tr>
              <th scope="col">
                <Term id="partition">{t('partitions.col.partition')}</Term>
              </th>
              <th scope="col">
                <Term id="leader">{t('partitions.col.leader')}</Term>
              </th>
              <th scope="col">
                <Term id="leaderEpoch">{t('partitions.col.epoch')}</Term>
              </th>
              <th scope="col">
                <Term id="ar">{t('partitions.col.replicas')}</Term>
              </th>
              <th scope="col">
                <Term id="isr">{t('partitions.col.isr')}</Term>
              </th>
              <th scope="col" className="num">
                <Term id="hw">{t('partitions.col.hw')}</Term>
              </th>
              <th scope="col" className="num">
                <Term id="leo">{t('partitions.col.leo')}</Term>
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
