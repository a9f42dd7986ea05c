import { m } from 'motion/react'
import { memo, useRef } from 'react'
import { LEADER_SLIDE } from '../../motion/transitions'
import { Icon } from './icons'
import { partitionNumber } from './layout'
import { REPLICA_ICON, type ReplicaState } from './replicaState'
import { useReplica } from './useReplica'

interface Props {
  /** The engine's replica key, "<partition>@<broker>". */
  replicaKey: string
  /** Whether the leader star may slide between chips (off for reduced motion). */
  animate: boolean
  /** Under a topic heading the chip shows "P0" instead of "orders-0". */
  grouped: boolean
}

interface SlotProps {
  partition: string
  broker: number
  isLeader: boolean
  state: ReplicaState
  animate: boolean
}

/**
 * The chip's icon. On the leader it is the ★ that carries the partition's layoutId: when the
 * leader changes, the old chip drops the id and the new one takes it in the same commit, and
 * motion slides the star from the old position to the new one. layoutDependency is the chip's own
 * broker, so re-renders for new offsets never trigger a measurement.
 */
const IconSlot = memo(function IconSlot({
  partition,
  broker,
  isLeader,
  state,
  animate,
}: SlotProps) {
  const icon = isLeader ? 'leader' : REPLICA_ICON[state]
  if (!animate)
    return (
      <span className="chip-icon">
        <Icon name={icon} />
      </span>
    )
  return (
    <m.span
      className="chip-icon"
      layoutId={isLeader ? `cluster-leader-${partition}` : undefined}
      layoutDependency={broker}
      transition={LEADER_SLIDE}
    >
      <Icon name={icon} />
    </m.span>
  )
})

/** One replica on a broker card: role and ISR state (colour + border + icon), LEO and HW. */
export function ReplicaChip({ replicaKey, animate, grouped }: Props) {
  const ref = useRef<HTMLLIElement>(null)
  const info = useReplica(replicaKey, ref)
  if (info === null) return <li ref={ref} hidden />
  const { replica, isLeader, state } = info
  return (
    <li
      ref={ref}
      className={`replica replica-${state}${isLeader ? ' is-leader' : ''}${info.highlighted ? ' highlighted' : ''}`}
      data-testid={info.testId}
      data-role={isLeader ? 'leader' : 'follower'}
      data-in-sync={replica.inSync ? 'true' : 'false'}
      data-leo={replica.leo}
      data-hw={replica.hw}
      title={info.title}
    >
      <IconSlot
        partition={replica.partition}
        broker={replica.broker}
        isLeader={isLeader}
        state={state}
        animate={animate}
      />
      <span className="replica-name" aria-hidden="true">
        {grouped ? `P${partitionNumber(replica.partition)}` : replica.partition}
      </span>
      <span className="sr-only">
        {replica.partition}: {info.label}, LEO {replica.leo}, HW {replica.hw}
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

/** The dense variant: a small shape with no text; the details are in its tooltip. */
export function CompactChip({ replicaKey }: { replicaKey: string }) {
  const ref = useRef<HTMLLIElement>(null)
  const info = useReplica(replicaKey, ref)
  if (info === null) return <li ref={ref} hidden />
  const { replica, isLeader, state } = info
  return (
    <li
      ref={ref}
      className={`chip-dot replica-${state}${isLeader ? ' is-leader' : ''}${info.highlighted ? ' highlighted' : ''}`}
      data-testid={info.testId}
      data-role={isLeader ? 'leader' : 'follower'}
      data-in-sync={replica.inSync ? 'true' : 'false'}
      data-leo={replica.leo}
      data-hw={replica.hw}
      title={info.title}
    >
      <span className="sr-only">{info.title}</span>
    </li>
  )
}
