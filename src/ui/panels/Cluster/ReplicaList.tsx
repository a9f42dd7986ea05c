import { type CSSProperties, useMemo } from 'react'
import { Term } from '../../components/Term'
import { useT } from '../../i18n/useT'
import type { SimStore } from '../../store/types'
import { useSim, useSimApi } from '../../store/useSim'
import { type Density, groupByTopic, type TopicGroup } from './layout'
import { CompactChip, ReplicaChip } from './ReplicaChip'
import { shapesSelector } from './useCompactReplica'

interface Props {
  replicaKeys: readonly string[]
  density: Density
}

/**
 * The most digits in a LEO or HW on the card (at least 2): the number columns are as wide as
 * that, so they need no measuring and every chip can be laid out alone when its numbers change.
 * A number (a primitive): the list re-renders only when a number gains a digit.
 */
export function digitsSelector(replicaKeys: readonly string[]): (s: SimStore) => number {
  return (s) => {
    const replicas = s.view?.replicas
    let most = 0
    if (replicas !== undefined)
      for (const k of replicaKeys) {
        const r = replicas[k]
        if (r !== undefined) most = Math.max(most, r.leo, r.hw)
      }
    return Math.max(2, String(most).length)
  }
}

/** Compact density: one subscription for the card's chips (their shapes, in key order). */
function CompactRows({
  replicaKeys,
  groups,
}: {
  replicaKeys: readonly string[]
  groups: readonly TopicGroup[]
}) {
  const { store } = useSimApi()
  const select = useMemo(() => shapesSelector(replicaKeys), [replicaKeys])
  const selected = useSim(select)
  // Off screen, useSim hands back the last result until the epoch moves: new keys read now.
  const { shapes } = selected.keys === replicaKeys ? selected : select(store.getState())
  let i = 0
  return (
    <ul className="replica-rows">
      {groups.map((g) => (
        <li key={g.topic} className="replica-row">
          <span className="topic-label" title={g.topic}>
            {g.topic}
          </span>
          <ul className="chip-dots" aria-label={g.topic}>
            {g.keys.map((k) => (
              <CompactChip key={k} replicaKey={k} shape={shapes[i++] ?? null} />
            ))}
          </ul>
        </li>
      ))}
    </ul>
  )
}

/**
 * A broker's replicas. Full density: one row per replica (icon, name, LEO, HW), with a topic
 * heading row when the broker holds more than one topic. Compact: one line of small shapes per
 * topic, so a 12-broker cluster fits on one screen.
 */
export function ReplicaList({ replicaKeys, density }: Props) {
  const t = useT()
  const groups = useMemo(() => groupByTopic(replicaKeys), [replicaKeys])
  if (replicaKeys.length === 0) return <p className="muted no-replicas">{t('broker.noReplicas')}</p>
  if (density === 'compact') return <CompactRows replicaKeys={replicaKeys} groups={groups} />
  return <FullRows replicaKeys={replicaKeys} groups={groups} />
}

/** Full density: the chips under LEO/HW heads, grouped by topic when there are several. */
function FullRows({
  replicaKeys,
  groups,
}: {
  replicaKeys: readonly string[]
  groups: readonly TopicGroup[]
}) {
  const digits = useSim(useMemo(() => digitsSelector(replicaKeys), [replicaKeys]))
  const grouped = groups.length > 1
  return (
    <ul className="replicas" style={{ '--digits': digits } as CSSProperties}>
      <li className="replica-cols">
        <span />
        <span />
        <span>
          <Term id="leo">LEO</Term>
        </span>
        <span>
          <Term id="hw">HW</Term>
        </span>
      </li>
      {groups.flatMap((g) => [
        ...(grouped
          ? [
              <li key={`topic:${g.topic}`} className="replica-topic">
                {g.topic}
              </li>,
            ]
          : []),
        ...g.keys.map((k) => <ReplicaChip key={k} replicaKey={k} grouped={grouped} />),
      ])}
    </ul>
  )
}
