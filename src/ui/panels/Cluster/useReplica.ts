// What a replica chip needs, selected narrowly: the replica record, its partition's leader (a
// number), whether its broker is down and whether it is highlighted, in one subscription. A chip
// re-renders when one of those changes.

import { type RefObject, useMemo } from 'react'
import type { ReplicaView } from '../../../engine/view'
import { useT } from '../../i18n/useT'
import { STATE_PULSE, STATE_PULSE_SCALE } from '../../motion/transitions'
import { type ChangeAnimation, useChangeAnimation } from '../../motion/useChangeAnimation'
import { selectHighlighted } from '../../store/selectors'
import type { SimStore } from '../../store/types'
import { useSim } from '../../store/useSim'
import { REPLICA_LABEL, type ReplicaState, replicaState } from './replicaState'

export interface ReplicaInfo {
  readonly replica: ReplicaView
  readonly isLeader: boolean
  readonly state: ReplicaState
  readonly testId: string
  readonly highlighted: boolean
  /** "orders-0 on broker 2: leader. LEO 5, HW 5" */
  readonly title: string
  /** The state in words ("in sync (ISR)"). */
  readonly label: string
}

const PULSE: ChangeAnimation = {
  keyframes: { transform: STATE_PULSE_SCALE.map((k) => `scale(${k})`) },
  transition: STATE_PULSE,
}
export const pulse = () => PULSE

interface Selected {
  readonly replica: ReplicaView | undefined
  readonly leader: number | null
  readonly brokerOffline: boolean
  readonly highlighted: boolean
}

export const testIdOf = (r: ReplicaView | undefined) =>
  r === undefined ? '' : `replica-${r.partition}-${r.broker}`

/**
 * Everything a chip reads, in one subscription (a stress cluster has hundreds of chips): its
 * replica record, its partition's leader, whether its broker is down and whether it is
 * highlighted. The previous result comes back while all four are the same, so a chip re-renders
 * only when one of them changes (and an unchanged chip allocates nothing per frame).
 */
function chipSelector(replicaKey: string): (s: SimStore) => Selected {
  let prev: Selected | null = null
  return (s) => {
    const view = s.view
    const replica = view?.replicas[replicaKey]
    const leader =
      replica === undefined ? null : (view?.partitions[replica.partition]?.leader ?? null)
    const brokerOffline =
      replica === undefined ? false : view?.brokers[replica.broker]?.status === 'offline'
    const highlighted =
      s.highlight === null || replica === undefined
        ? false
        : selectHighlighted(testIdOf(replica))(s)
    if (
      prev !== null &&
      prev.replica === replica &&
      prev.leader === leader &&
      prev.brokerOffline === brokerOffline &&
      prev.highlighted === highlighted
    )
      return prev
    prev = { replica, leader, brokerOffline, highlighted }
    return prev
  }
}

/** The replica behind a chip, or null while it is missing; `ref` gets a pulse on state changes. */
export function useReplica(
  replicaKey: string,
  ref: RefObject<HTMLElement | null>,
): ReplicaInfo | null {
  const t = useT()
  const select = useMemo(() => chipSelector(replicaKey), [replicaKey])
  const { replica, leader, brokerOffline, highlighted } = useSim(select)
  const testId = testIdOf(replica)
  const isLeader = replica !== undefined && leader === replica.broker
  const state = replicaState(isLeader, replica?.inSync ?? false, brokerOffline)
  useChangeAnimation(ref, state, pulse)
  if (replica === undefined) return null
  const label = t(REPLICA_LABEL[state])
  const stateText =
    isLeader && state === 'offline' ? `${label} (${t('replica.leaderDown')})` : label
  return {
    replica,
    isLeader,
    state,
    testId,
    highlighted,
    label: stateText,
    title: t('replica.title', {
      partition: replica.partition,
      broker: replica.broker,
      state: stateText,
      leo: replica.leo,
      hw: replica.hw,
    }),
  }
}
