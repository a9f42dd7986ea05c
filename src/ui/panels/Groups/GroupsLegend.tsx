import type { MemberState } from '../../../engine/groups/view'
import { useT } from '../../i18n/useT'
import { type GroupIcon, Icon } from './icons'

const STATES: readonly [MemberState, GroupIcon][] = [
  ['stable', 'stable'],
  ['joining', 'joining'],
  ['idle', 'idle'],
  ['slow', 'slow'],
  ['paused', 'paused'],
  ['dead', 'dead'],
]

/** What the member badges and the partition chips mean (shape and words, not only colour). */
export function GroupsLegend() {
  const t = useT()
  return (
    <div className="groups-legend">
      <span className="legend-title">{t('groups.legend.members')}</span>
      <ul>
        {STATES.map(([s, icon]) => (
          <li key={s} className={`member-state mst-${s}`}>
            <Icon name={icon} />
            {t(`groups.member.${s}`)}
          </li>
        ))}
      </ul>
      <span className="legend-title">{t('groups.legend.partitions')}</span>
      <ul className="chips">
        <li className="pchip pchip-owned legend-chip">{t('groups.legend.owned')}</li>
        <li className="pchip pchip-revoking legend-chip">
          <Icon name="revoking" />
          {t('groups.legend.revoking')}
        </li>
        <li className="pchip pchip-orphaned legend-chip">
          <Icon name="dead" />
          {t('groups.legend.orphaned')}
        </li>
        <li className="pchip pchip-unowned legend-chip">{t('groups.legend.unowned')}</li>
      </ul>
      <p className="legend-actions">
        <span className="legend-title">{t('groups.legend.actions')}</span>{' '}
        {t('groups.legend.pause')} {t('groups.legend.close')} {t('groups.legend.crash')}
      </p>
    </div>
  )
}
