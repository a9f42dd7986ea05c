import { memo, useId } from 'react'
import { useT } from '../../i18n/useT'
import { selectHighlighted } from '../../store/selectors'
import { useSim } from '../../store/useSim'
import { GroupHeader } from './GroupHeader'
import { GroupSettingsForm } from './GroupSettingsForm'
import { GroupStage } from './GroupStage'
import { isRebalancing } from './groupStatus'
import { IncidentList } from './IncidentList'
import type { Incident } from './incidents'
import { PartitionTable } from './PartitionTable'
import { RebalanceBand } from './RebalanceBand'
import { ResetOffsetsForm } from './ResetOffsetsForm'
import type { RebalanceStory } from './rebalanceStory'
import { useGroup } from './useGroups'

/** One consumer group: header, the rebalance under way, members and partitions, controls. */
export const GroupCard = memo(function GroupCard({
  id,
  story,
  incidents,
}: {
  id: string
  story: RebalanceStory | null
  incidents: readonly Incident[]
}) {
  const t = useT()
  const g = useGroup(id)
  const headingId = useId()
  const highlighted = useSim(selectHighlighted(`group-${id}`))
  if (g === undefined) return null
  const rebalancing = isRebalancing(g)
  return (
    <article
      className={`group-card${rebalancing ? ` rebalancing rb-${g.protocol}` : ''}${highlighted ? ' highlighted' : ''}`}
      aria-labelledby={headingId}
      data-testid={`group-${id}`}
      data-state={g.state}
      data-generation={g.generation}
      data-rebalancing={rebalancing}
    >
      <GroupHeader g={g} headingId={headingId} />
      <IncidentList list={incidents} />
      <RebalanceBand g={g} story={story} />
      <GroupStage g={g} />
      <PartitionTable g={g} />
      <details className="group-more">
        <summary>{t('groups.more')}</summary>
        <div className="group-more-body">
          <GroupSettingsForm g={g} />
          <ResetOffsetsForm g={g} />
        </div>
      </details>
    </article>
  )
})
