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

/** The last index built, with what it was built from (each partition's replica list). */
let last: {
  readonly topics: SimView['topics']
  readonly replicas: ReadonlyMap<string, readonly number[]>
  readonly index: ReplicaIndex
} | null = null

/**
 * The last index, when the partitions still have the same replica lists: a frame patches a
 * partition's offsets and keeps its replica list (diff.ts keeps unchanged objects), so while
 * playing the index is built again only when a replica list, a topic or a partition changes.
 */
function reuse(view: SimView): ReplicaIndex | null {
  if (last === null || last.topics !== view.topics) return null
  let n = 0
  for (const key in view.partitions) {
    if (last.replicas.get(key) !== view.partitions[key]?.replicas) return null
    n++
  }
  return n === last.replicas.size ? last.index : null
}

function indexOf(view: SimView | null): ReplicaIndex {
  if (view === null) return EMPTY
  const hit = cache.get(view.partitions) ?? reuse(view)
  if (hit !== null && hit !== undefined) {
    cache.set(view.partitions, hit)
    return hit
  }
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
  const replicas = new Map<string, readonly number[]>()
  for (const key in view.partitions) replicas.set(key, view.partitions[key]?.replicas ?? [])
  last = { topics: view.topics, replicas, index }
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
