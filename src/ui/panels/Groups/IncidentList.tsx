import { memo } from 'react'
import { describeEvent } from '../../i18n/describeEvent'
import { useLang, useT } from '../../i18n/useT'
import { Icon } from './icons'
import type { Incident } from './incidents'

const seconds = (tick: number) => (tick / 1000).toFixed(1)

/**
 * The group's latest incidents in the event log's words: records processed twice (and why), records
 * never processed, a crash with uncommitted work, a failed commit.
 */
export const IncidentList = memo(function IncidentList({ list }: { list: readonly Incident[] }) {
  const t = useT()
  const lang = useLang()
  if (list.length === 0) return null
  return (
    <ul className="incidents" aria-label={t('groups.incidents')}>
      {list.map((e) => (
        <li key={`${e.type}@${e.tick}`} className={`incident inc-${e.type}`}>
          <Icon name={e.type === 'consumerCrashed' ? 'dead' : 'twice'} />
          <span className="incident-time">{t('groups.incidentAt', { s: seconds(e.tick) })}</span>
          <span>{describeEvent(e, lang)}</span>
        </li>
      ))}
    </ul>
  )
})
