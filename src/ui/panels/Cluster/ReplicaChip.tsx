import { useT } from '../../i18n/useT'
import { selectHighlighted } from '../../store/selectors'
import { useSim } from '../../store/useSim'
import { REPLICA_GLYPH, REPLICA_LABEL, replicaState } from './replicaState'

interface Props {
  /** The engine's replica key, "<partition>@<broker>". */
  replicaKey: string
}

/** One replica on a broker card: role, in-sync state, LEO and HW. */
export function ReplicaChip({ replicaKey }: Props) {
  const t = useT()
  const replica = useSim((s) => s.view?.replicas[replicaKey])
  const partition = useSim((s) =>
    replica === undefined ? undefined : s.view?.partitions[replica.partition],
  )
  const brokerOffline = useSim((s) =>
    replica === undefined ? false : s.view?.brokers[replica.broker]?.status === 'offline',
  )
  const testId = replica === undefined ? '' : `replica-${replica.partition}-${replica.broker}`
  const highlighted = useSim(selectHighlighted(testId))
  if (replica === undefined || partition === undefined) return null
  const isLeader = partition.leader === replica.broker
  const state = replicaState(isLeader, replica.inSync, brokerOffline)
  const label = t(REPLICA_LABEL[state])
  return (
    <li
      className={`replica replica-${state}${highlighted ? ' highlighted' : ''}`}
      data-testid={testId}
      data-role={isLeader ? 'leader' : 'follower'}
      data-in-sync={replica.inSync ? 'true' : 'false'}
      data-leo={replica.leo}
      data-hw={replica.hw}
      title={t('replica.title', {
        partition: replica.partition,
        broker: replica.broker,
        state: label,
        leo: replica.leo,
        hw: replica.hw,
      })}
    >
      <span className="glyph" aria-hidden="true">
        {REPLICA_GLYPH[state]}
      </span>
      <span className="replica-name">{replica.partition}</span>
      <span className="sr-only">
        {label}, LEO {replica.leo}, HW {replica.hw}
      </span>
      <span className="replica-num" aria-hidden="true">
        {replica.leo}
      </span>
      <span className="replica-num" aria-hidden="true">
        {replica.hw}
      </span>
    </li>
  )
}
