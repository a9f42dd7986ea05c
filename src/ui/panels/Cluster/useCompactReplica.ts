// What a compact chip needs: the replica's shape (state, highlight) without its offsets, which
// change on every produce. A stress cluster has hundreds of compact chips and some hundred offset
// changes per frame, none of which changes how a compact chip looks.

import { type RefObject, useMemo } from 'react'
import { useT } from '../../i18n/useT'
import { useChangeAnimation } from '../../motion/useChangeAnimation'
import { selectHighlighted } from '../../store/selectors'
import type { SimStore } from '../../store/types'
import { useSim, useSimApi } from '../../store/useSim'
import { REPLICA_LABEL, type ReplicaState, replicaState } from './replicaState'
import { pulse, testIdOf } from './useReplica'

interface Shape {
  readonly partition: string
  readonly broker: number
  readonly inSync: boolean
  readonly leader: number | null
  readonly brokerOffline: boolean
  readonly highlighted: boolean
}

/** What a compact chip draws: everything but the offsets, which change on every produce. */
function shapeSelector(replicaKey: string): (s: SimStore) => Shape | null {
  let prev: Shape | null = null
  return (s) => {
    const view = s.view
    const replica = view?.replicas[replicaKey]
    if (replica === undefined) return null
    const leader = view?.partitions[replica.partition]?.leader ?? null
    const brokerOffline = view?.brokers[replica.broker]?.status === 'offline'
    const highlighted = s.highlight === null ? false : selectHighlighted(testIdOf(replica))(s)
    if (
      prev !== null &&
      prev.partition === replica.partition &&
      prev.broker === replica.broker &&
      prev.inSync === replica.inSync &&
      prev.leader === leader &&
      prev.brokerOffline === brokerOffline &&
      prev.highlighted === highlighted
    )
      return prev
    prev = {
      partition: replica.partition,
      broker: replica.broker,
      inSync: replica.inSync,
      leader,
      brokerOffline,
      highlighted,
    }
    return prev
  }
}

export interface CompactInfo {
  readonly isLeader: boolean
  readonly inSync: boolean
  readonly state: ReplicaState
  readonly testId: string
  readonly highlighted: boolean
  /** "orders-0: leader" (the offsets are in the tooltip). */
  readonly label: string
  /** The tooltip with the offsets as they are now; call it when the tooltip may show. */
  title(): string
}

/**
 * A compact chip's replica, without its offsets: a stress cluster has hundreds of chips and some
 * hundred offset changes per frame, none of which changes a compact chip's shape. The tooltip reads
 * the offsets when it is asked for (on render and when the pointer comes over the chip).
 */
export function useCompactReplica(
  replicaKey: string,
  ref: RefObject<HTMLElement | null>,
): CompactInfo | null {
  const t = useT()
  const api = useSimApi()
  const select = useMemo(() => shapeSelector(replicaKey), [replicaKey])
  const shape = useSim(select)
  const isLeader = shape !== null && shape.leader === shape.broker
  const state = replicaState(isLeader, shape?.inSync ?? false, shape?.brokerOffline ?? false)
  useChangeAnimation(ref, state, pulse)
  if (shape === null) return null
  const label = t(REPLICA_LABEL[state])
  const stateText =
    isLeader && state === 'offline' ? `${label} (${t('replica.leaderDown')})` : label
  return {
    isLeader,
    inSync: shape.inSync,
    state,
    testId: `replica-${shape.partition}-${shape.broker}`,
    highlighted: shape.highlighted,
    label: `${shape.partition}: ${stateText}`,
    title: () => {
      const r = api.store.getState().view?.replicas[replicaKey]
      return t('replica.title', {
        partition: shape.partition,
        broker: shape.broker,
        state: stateText,
        leo: r?.leo ?? 0,
        hw: r?.hw ?? 0,
      })
    },
  }
}
