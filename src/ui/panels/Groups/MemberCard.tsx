import { memo } from 'react'
import { equalData } from '../../../engine/diff'
import type { GroupMemberView, MemberState } from '../../../engine/groups/view'
import { useT } from '../../i18n/useT'
import { selectHighlighted } from '../../store/selectors'
import { useSim } from '../../store/useSim'
import { FetchLane } from './FetchLane'
import { assignedAttr, type MemberHint } from './groupStatus'
import { type GroupIcon, Icon } from './icons'
import type { Chip } from './layout'
import { MemberActions } from './MemberActions'
import { memberStyle } from './memberStyle'
import { PartitionChip } from './PartitionChip'

const STATE_ICON: Record<MemberState, GroupIcon> = {
  stable: 'stable',
  joining: 'joining',
  slow: 'slow',
  dead: 'dead',
  idle: 'idle',
  paused: 'paused',
}

interface Props {
  group: string
  m: GroupMemberView
  chips: readonly Chip[]
  hint: MemberHint | null
}

/**
 * The group view is rebuilt whenever anything in the group moves (a lag, an offset): a card
 * re-renders only when its own member, chips or hint hold different data.
 */
const sameCard = (a: Props, b: Props): boolean =>
  a.group === b.group &&
  equalData(a.m, b.m) &&
  equalData(a.chips, b.chips) &&
  equalData(a.hint, b.hint)

/** One consumer: its colour, state (icon and words), role, partitions, what it is doing, actions. */
export const MemberCard = memo(function MemberCard({ group, m, chips, hint }: Props) {
  const t = useT()
  const testId = `member-${group}-${m.clientId}`
  const highlighted = useSim(selectHighlighted(testId))
  return (
    <li
      className={`member ms-${m.state}${highlighted ? ' highlighted' : ''}`}
      style={memberStyle(m.clientId)}
      data-testid={testId}
      data-member-id={m.memberId}
      data-assigned={assignedAttr(m)}
      data-member-state={m.state}
    >
      <div className="member-head">
        <span className="member-dot" aria-hidden="true" />
        <strong className="member-name">{m.clientId}</strong>
        <span className={`member-state mst-${m.state}`}>
          <Icon name={STATE_ICON[m.state]} />
          {t(`groups.member.${m.state}`)}
        </span>
      </div>
      <div className="member-tags">
        {m.leader ? (
          <span className="tag tag-leader" title={t('groups.member.leaderTitle')}>
            <Icon name="leader" /> {t('groups.member.leader')}
          </span>
        ) : null}
        {m.groupInstanceId !== null ? (
          <span className="tag tag-static" title={t('groups.member.staticTitle')}>
            {t('groups.member.static', { id: m.groupInstanceId })}
          </span>
        ) : null}
        <code className="member-id" title={m.memberId}>
          {m.memberId === '' ? '—' : m.memberId}
        </code>
      </div>
      <FetchLane group={group} clientId={m.clientId} />
      {chips.length === 0 ? (
        <p className="chips-none">{t('groups.member.noPartitions')}</p>
      ) : (
        <ul className="chips" aria-label={t('groups.member.partitions', { clientId: m.clientId })}>
          {chips.map((c) => (
            <PartitionChip key={c.partition} group={group} partition={c.partition} mode={c.mode} />
          ))}
        </ul>
      )}
      {hint !== null ? (
        <div className={`member-hint hint-${hint.tone}`}>
          <p>{t(hint.key, hint.params)}</p>
          {hint.gauge !== null ? (
            <div className="gauge" aria-hidden="true">
              <span style={{ width: `${Math.round(hint.gauge * 100)}%` }} />
            </div>
          ) : null}
        </div>
      ) : null}
      <MemberActions group={group} m={m} />
    </li>
  )
}, sameCard)
