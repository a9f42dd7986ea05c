// Selectors of the cluster panel. The replica index (which replicas each broker hosts) is built
// once per partitions record, not once per card: with 12 brokers and 144 partitions, every card
// filtering and sorting all partitions on every frame would add up.

import type { SimView } from '../../../engine/view'
import { comparePartitions } from '../../store/selectors'
import type { SimStore } from '../../store/types'
import { type Density, densityFor } from './layout'

interface ReplicaIndex {
  readonly byBroker: ReadonlyMap<number, readonly string[]>
  readonly density: Density
}

const EMPTY: ReplicaIndex = { byBroker: new Map(), density: 'full' }
const cache = new WeakMap<SimView['partitions'], ReplicaIndex>()

function indexOf(view: SimView | null): ReplicaIndex {
  if (view === null) return EMPTY
  const hit = cache.get(view.partitions)
  if (hit !== undefined) return hit
  const byBroker = new Map<number, string[]>()
  let total = 0
  const parts = Object.values(view.partitions)
    .filter((p) => view.topics[p.topic]?.internal !== true)
    .sort(comparePartitions)
  for (const p of parts)
    for (const b of p.replicas) {
      const list = byBroker.get(b) ?? []
      if (list.length === 0) byBroker.set(b, list)
      list.push(`${p.key}@${b}`)
      total++
    }
  let max = 0
  for (const list of byBroker.values()) max = Math.max(max, list.length)
  const index = { byBroker, density: densityFor(max, total) }
  cache.set(view.partitions, index)
  return index
}

const NONE: readonly string[] = []

/** Replica keys hosted by broker `id`, in partition order (use through useShallow). */
export const selectBrokerReplicaKeys =
  (id: number) =>
  (s: SimStore): readonly string[] =>
    indexOf(s.view).byBroker.get(id) ?? NONE

export const selectDensity = (s: SimStore): Density => indexOf(s.view).density

/** The leader of a partition (a number, so a chip re-renders only when the leader changes). */
export const selectLeaderOf =
  (partition: string | undefined) =>
  (s: SimStore): number | null =>
    partition === undefined ? null : (s.view?.partitions[partition]?.leader ?? null)

const leaderSignatures = new WeakMap<SimView['partitions'], string>()

/** Who leads each partition, as one string: it changes exactly when a leader does (LeaderFlip). */
export function selectLeaderSignature(s: SimStore): string {
  const parts = s.view?.partitions
  if (parts === undefined) return ''
  let sig = leaderSignatures.get(parts)
  if (sig === undefined) {
    sig = Object.values(parts)
      .map((p) => `${p.key}:${p.leader}`)
      .join(',')
    leaderSignatures.set(parts, sig)
  }
  return sig
}
