// What a compact chip needs: the replica's shape (state, highlight) without its offsets, which
// change on every produce. A stress cluster has hundreds of compact chips and some hundred offset
// changes per frame, none of which changes how a compact chip looks.

import type { RefObject } from 'react'
import { useT } from '../../i18n/useT'
import { useChangeAnimation } from '../../motion/useChangeAnimation'
import { selectHighlighted } from '../../store/selectors'
import type { SimStore } from '../../store/types'
import { useSimApi } from '../../store/useSim'
import { REPLICA_LABEL, type ReplicaState, replicaState } from './replicaState'
import { pulse, testIdOf } from './useReplica'

export interface Shape {
  readonly partition: string
  readonly broker: number
  readonly inSync: boolean
  readonly leader: number | null
  readonly brokerOffline: boolean
  readonly highlighted: boolean
}

/** A compact chip's shape in `s`, or `prev` when nothing it draws changed. */
function shapeOf(s: SimStore, replicaKey: string, prev: Shape | null | undefined): Shape | null {
  const view = s.view
  const replica = view?.replicas[replicaKey]
  if (replica === undefined) return null
  const leader = view?.partitions[replica.partition]?.leader ?? null
  const brokerOffline = view?.brokers[replica.broker]?.status === 'offline'
  const highlighted = s.highlight === null ? false : selectHighlighted(testIdOf(replica))(s)
  if (
    prev != null &&
    prev.partition === replica.partition &&
    prev.broker === replica.broker &&
    prev.inSync === replica.inSync &&
    prev.leader === leader &&
    prev.brokerOffline === brokerOffline &&
    prev.highlighted === highlighted
  )
    return prev
  return {
    partition: replica.partition,
    broker: replica.broker,
    inSync: replica.inSync,
    leader,
    brokerOffline,
    highlighted,
  }
}

/**
 * The shapes of a broker's compact chips (in `replicaKeys` order), in one subscription for the
 * whole card rather than one per chip: a stress cluster has hundreds of chips, and every store
 * update would run each chip's selector. The previous array comes back while no shape changed,
 * and an unchanged chip keeps its Shape object, so only the chips that changed re-render.
 * Nothing is compared while the view and the highlight are the objects they were.
 */
export function shapesSelector(replicaKeys: readonly string[]): (s: SimStore) => Shapes {
  let prev: Shapes | null = null
  // What the shapes were read from: a store change that leaves both alone (most frames change only
  // the clock and the messages in flight) changes no shape.
  let read: { view: SimStore['view']; highlight: SimStore['highlight'] } | null = null
  return (s) => {
    if (prev !== null && read !== null && read.view === s.view && read.highlight === s.highlight)
      return prev
    read = { view: s.view, highlight: s.highlight }
    let next: (Shape | null)[] | null = null
    for (let i = 0; i < replicaKeys.length; i++) {
      const before = prev?.shapes[i]
      const shape = shapeOf(s, replicaKeys[i] as string, before)
      if (next === null && (prev === null || shape !== before))
        next = prev?.shapes.slice(0, i) ?? []
      next?.push(shape)
    }
    if (next !== null || prev === null) prev = { keys: replicaKeys, shapes: next ?? [] }
    return prev
  }
}

/** Shapes of the chips `keys` (an off-screen card may hold a result for the keys it had). */
export interface Shapes {
  readonly keys: readonly string[]
  readonly shapes: readonly (Shape | null)[]
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
 * hundred offset changes per frame, none of which changes a compact chip's shape (the card selects
 * the shapes: shapesSelector). The tooltip reads the offsets when it is asked for (on render and
 * when the pointer comes over the chip).
 */
export function useCompactReplica(
  replicaKey: string,
  shape: Shape | null,
  ref: RefObject<HTMLElement | null>,
): CompactInfo | null {
  const t = useT()
  const api = useSimApi()
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
