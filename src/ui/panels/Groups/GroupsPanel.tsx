import { useShallow } from 'zustand/react/shallow'
import { Panel } from '../../components/Panel'
import { Term } from '../../components/Term'
import { useT } from '../../i18n/useT'
import { useSim } from '../../store/useSim'
import { AddGroupForm } from './AddGroupForm'
import { GroupCard } from './GroupCard'
import { GroupsLegend } from './GroupsLegend'
import type { Incident } from './incidents'
import { selectGroupIds, useGroupHistory } from './useGroups'
import '../../styles/groups.css'
import '../../styles/groups-members.css'
import '../../styles/groups-table.css'

const NONE: readonly Incident[] = []

/** Consumer groups: who consumes which partition, how far they are, and rebalances as they happen. */
export function GroupsPanel() {
  const t = useT()
  const ids = useSim(useShallow(selectGroupIds))
  const { stories, incidents } = useGroupHistory()
  return (
    <Panel
      title={<Term id="consumerGroup">{t('groups.title')}</Term>}
      className="groups"
      testId="groups-panel"
    >
      <p className="muted groups-caption">{t('groups.caption')}</p>
      <AddGroupForm />
      {ids.length === 0 ? <p className="groups-none">{t('groups.none')}</p> : <GroupsLegend />}
      <div className="group-list">
        {ids.map((id) => (
          <GroupCard
            key={id}
            id={id}
            story={stories[id] ?? null}
            incidents={incidents[id] ?? NONE}
          />
        ))}
      </div>
    </Panel>
  )
}
