// What a replica chip needs, selected narrowly: the replica record, its partition's leader (a
// number) and whether its broker is down. A chip re-renders when its own replica changes.

import type { RefObject } from 'react'
import type { ReplicaView } from '../../../engine/view'
import { useT } from '../../i18n/useT'
import { STATE_PULSE, STATE_PULSE_SCALE } from '../../motion/transitions'
import { type ChangeAnimation, useChangeAnimation } from '../../motion/useChangeAnimation'
import { selectHighlighted } from '../../store/selectors'
import { useSim } from '../../store/useSim'
import { selectLeaderOf } from './clusterSelectors'
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

const PULSE: ChangeAnimation = { keyframes: { scale: STATE_PULSE_SCALE }, transition: STATE_PULSE }
const pulse = () => PULSE

/** The replica behind a chip, or null while it is missing; `ref` gets a pulse on state changes. */
export function useReplica(
  replicaKey: string,
  ref: RefObject<HTMLElement | null>,
): ReplicaInfo | null {
  const t = useT()
  const replica = useSim((s) => s.view?.replicas[replicaKey])
  const leader = useSim(selectLeaderOf(replica?.partition))
  const brokerOffline = useSim((s) =>
    replica === undefined ? false : s.view?.brokers[replica.broker]?.status === 'offline',
  )
  const testId = replica === undefined ? '' : `replica-${replica.partition}-${replica.broker}`
  const highlighted = useSim(selectHighlighted(testId))
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
