import { useMemo, useState } from 'react'
import type { GroupView } from '../../../engine/groups/view'
import { useT } from '../../i18n/useT'
import { FlipBoundary, FlipScope } from '../../motion/flip'
import { CHIP_SLIDE } from '../../motion/transitions'
import { useMotionOk } from '../../motion/useMotionOk'
import { AddConsumerForm } from './AddConsumerForm'
import { isRebalancing, memberHint } from './groupStatus'
import { chipHomes, homesSignature, sortedMembers } from './layout'
import { MemberCard } from './MemberCard'
import { PartitionChip } from './PartitionChip'

/**
 * The members as cards with their partitions, and the partitions nobody holds in a tray: every
 * partition is drawn once, so on reassignment its chip slides from one place to the other (FLIP:
 * measured only in the commit where a partition changes hands).
 */
export function GroupStage({ g }: { g: GroupView }) {
  const t = useT()
  const homes = useMemo(() => chipHomes(g), [g])
  const members = useMemo(() => sortedMembers(g.members), [g.members])
  const signature = useMemo(() => homesSignature(homes), [homes])
  const motionOk = useMotionOk()
  const [scope] = useState(() => new FlipScope(CHIP_SLIDE))
  const paused =
    g.protocol === 'eager' &&
    isRebalancing(g) &&
    g.partitions.length > 0 &&
    homes.unowned.length === g.partitions.length
  return (
    <FlipBoundary scope={scope} signature={signature} enabled={motionOk}>
      <div className="group-stage">
        <section className={`tray${paused ? ' tray-all' : ''}`} aria-label={t('groups.tray')}>
          <h4>{t('groups.tray')}</h4>
          <p className="tray-hint">
            {homes.unowned.length === 0 ? t('groups.trayEmpty') : t('groups.trayHint')}
          </p>
          <ul className="chips">
            {homes.unowned.map((p) => (
              <PartitionChip key={p} group={g.id} partition={p} mode="unowned" />
            ))}
          </ul>
        </section>
        <ul className="members" aria-label={t('groups.members')}>
          {members.map((m) => (
            <MemberCard
              key={m.clientId}
              group={g.id}
              m={m}
              chips={homes.byMember[m.clientId] ?? []}
              hint={memberHint(g, m)}
            />
          ))}
          <li className="member member-add">
            {members.length === 0 ? <p className="muted">{t('groups.noMembers')}</p> : null}
            <AddConsumerForm group={g.id} />
          </li>
        </ul>
      </div>
    </FlipBoundary>
  )
}
