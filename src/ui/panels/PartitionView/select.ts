// Store selectors of the Partition panel. Most return primitives, so a component re-renders only
// when its own value changes; the focus replica selector returns the previous object when the new
// one holds the same data (the worker replaces the whole focus whenever any replica changes).

import { useMemo } from 'react'
import { equalData } from '../../../engine/diff'
import type { FocusReplicaView, PartitionView } from '../../../engine/view'
import type { Lang } from '../../i18n/catalog'
import { comparePartitions } from '../../store/selectors'
import type { SimStore } from '../../store/types'
import { useSim } from '../../store/useSim'
import { type CaptionTruncation, caption } from './caption'
import type { ReplicaState } from './glyphs'

/** The partition the panel shows: the one selected in the Partitions table, else the first. */
export function selectShownPartition(s: SimStore): string | null {
  const v = s.view
  if (v === null) return null
  const sel = s.selectedPartition
  if (sel !== null && v.partitions[sel] !== undefined) return sel
  let first: PartitionView | null = null
  for (const p of Object.values(v.partitions)) {
    if (v.topics[p.topic]?.internal === true) continue
    if (first === null || comparePartitions(p, first) < 0) first = p
  }
  return first?.key ?? null
}

/** The focus window the engine actually sent for `partition` (null before it arrives). */
export const selectWindow =
  (partition: string) =>
  (s: SimStore): string | null => {
    const f = s.view?.focus
    return f === null || f === undefined || f.partition !== partition ? null : `${f.from}:${f.to}`
  }

/** The highest LEO among the replicas (the engine follows the end from it). */
export const selectMaxLeo =
  (partition: string) =>
  (s: SimStore): number => {
    const p = s.view?.partitions[partition]
    if (p === undefined) return 0
    let max = 0
    for (const b of p.replicas) max = Math.max(max, s.view?.replicas[`${partition}@${b}`]?.leo ?? 0)
    return max
  }

export const selectReplicaState =
  (partition: string, broker: number) =>
  (s: SimStore): ReplicaState => {
    const v = s.view
    if (v === null || v.brokers[broker]?.status === 'offline') return 'offline'
    const p = v.partitions[partition]
    if (p?.leader === broker) return 'leader'
    return p?.isr.includes(broker) === true ? 'isr' : 'osr'
  }

/** One replica's focus data, keeping the same object while its contents do not change. */
export function useFocusReplica(partition: string, broker: number): FocusReplicaView | undefined {
  const selector = useMemo(() => {
    let last: FocusReplicaView | undefined
    return (s: SimStore): FocusReplicaView | undefined => {
      const f = s.view?.focus
      const r = f?.partition === partition ? f.replicas.find((x) => x.broker === broker) : undefined
      if (r !== undefined && last !== undefined && equalData(r, last)) return last
      last = r
      return r
    }
  }, [partition, broker])
  return useSim(selector)
}

/** Distinct leader epochs of the cells in the window, as "0,1,3" (a primitive for the legend). */
export function selectWindowEpochs(s: SimStore): string {
  const seen = new Set<number>()
  for (const r of s.view?.focus?.replicas ?? []) for (const c of r.cells) seen.add(c.epoch)
  return [...seen].sort((a, b) => a - b).join(',')
}

export interface RecentTruncation extends CaptionTruncation {
  readonly tick: number
}

/** Truncations stay in the caption for this long in simulated time. */
const CAPTION_TRUNCATION_MS = 6000

/** The caption for `partition`, as a string (so the component re-renders only when it changes). */
export function captionOf(
  s: SimStore,
  partition: string,
  lang: Lang,
  last: RecentTruncation | null,
): string {
  const v = s.view
  const p = v?.partitions[partition]
  if (v === null || p === undefined) return ''
  const age = last === null ? -1 : v.tick - last.tick
  return caption(lang, {
    partition,
    leader: p.leader,
    leaderEpoch: p.leaderEpoch,
    lagMs: v.config.broker.replicaLagTimeMaxMs,
    truncation: age >= 0 && age <= CAPTION_TRUNCATION_MS ? last : null,
    replicas: p.replicas.map((b) => {
      const r = v.replicas[`${partition}@${b}`]
      return {
        broker: b,
        leo: r?.leo ?? 0,
        hw: r?.hw ?? 0,
        inSync: p.isr.includes(b),
        offline: v.brokers[b]?.status === 'offline',
        truncating: r?.fetcher === 'truncating',
      }
    }),
  })
}
