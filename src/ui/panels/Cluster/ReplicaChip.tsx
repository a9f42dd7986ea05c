import { memo, useRef } from 'react'
import { useFlipItem } from '../../motion/flip'
import { Icon } from './icons'
import { partitionNumber } from './layout'
import { REPLICA_ICON, type ReplicaState } from './replicaState'
import { type Shape, useCompactReplica } from './useCompactReplica'
import { useReplica } from './useReplica'

interface Props {
  /** The engine's replica key, "<partition>@<broker>". */
  replicaKey: string
  /** Under a topic heading the chip shows "P0" instead of "orders-0". */
  grouped: boolean
}

/**
 * The chip's icon. On the leader it is the ★ registered as the partition's shared element: when
 * the leader changes, the old chip drops the id and the new one takes it in the same commit, and
 * the cluster's FlipBoundary (LeaderFlip) slides the star from the old position to the new one.
 */
const IconSlot = memo(function IconSlot({
  partition,
  isLeader,
  state,
}: {
  partition: string
  isLeader: boolean
  state: ReplicaState
}) {
  const ref = useRef<HTMLSpanElement>(null)
  useFlipItem(ref, isLeader ? `leader:${partition}` : null)
  return (
    <span className="chip-icon" ref={ref}>
      <Icon name={isLeader ? 'leader' : REPLICA_ICON[state]} />
    </span>
  )
})

/** One replica on a broker card: role and ISR state (colour + border + icon), LEO and HW. */
export function ReplicaChip({ replicaKey, grouped }: Props) {
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
      <IconSlot partition={replica.partition} isLeader={isLeader} state={state} />
      <span className="replica-name" aria-hidden="true">
        {grouped ? `P${partitionNumber(replica.partition)}` : replica.partition}
      </span>
      {/* the visible numbers are read out too, after fixed labels: one text change per number */}
      <span className="sr-only">
        {replica.partition}: {info.label}
      </span>
      <span className="replica-num">
        <span className="sr-only">, LEO </span>
        {replica.leo}
      </span>
      <span className="replica-num">
        <span className="sr-only">, HW </span>
        {replica.hw}
      </span>
    </li>
  )
}

/**
 * The dense variant: a small shape with no text; the details are in its tooltip. It re-renders
 * only when its shape changes (state, highlight: the broker's card selects the shapes of all its
 * chips at once); the tooltip's offsets are read when the pointer comes over it.
 */
export const CompactChip = memo(function CompactChip({
  replicaKey,
  shape,
}: {
  replicaKey: string
  shape: Shape | null
}) {
  const ref = useRef<HTMLLIElement>(null)
  const info = useCompactReplica(replicaKey, shape, ref)
  if (info === null) return <li ref={ref} hidden />
  const { isLeader, state } = info
  return (
    <li
      ref={ref}
      className={`chip-dot replica-${state}${isLeader ? ' is-leader' : ''}${info.highlighted ? ' highlighted' : ''}`}
      data-testid={info.testId}
      data-role={isLeader ? 'leader' : 'follower'}
      data-in-sync={info.inSync ? 'true' : 'false'}
      title={info.title()}
      onPointerEnter={(e) => {
        e.currentTarget.title = info.title()
      }}
    >
      <span className="sr-only">{info.label}</span>
    </li>
  )
})
