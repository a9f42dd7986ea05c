import { memo } from 'react'
import type { GroupView } from '../../../engine/groups/view'
import { Term } from '../../components/Term'
import { useT } from '../../i18n/useT'
import { type GroupIcon, Icon } from './icons'

const STATE_ICON: Record<GroupView['state'], GroupIcon> = {
  Empty: 'empty',
  PreparingRebalance: 'rebalancing',
  CompletingRebalance: 'rebalancing',
  Stable: 'stable',
  Dead: 'dead',
}

/** The group's name, coordinator-side state and generation, protocol, and what it has done. */
export const GroupHeader = memo(function GroupHeader({
  g,
  headingId,
}: {
  g: GroupView
  headingId: string
}) {
  const t = useT()
  return (
    <header className="group-head">
      <h3 id={headingId} className="group-name">
        {g.id}
      </h3>
      <span className={`group-state gs-${g.state}`}>
        <Icon name={STATE_ICON[g.state]} />
        {t(`groups.state.${g.state}`)}
      </span>
      <span className="group-gen">
        <Term id="generation">{t('groups.fact.generation')}</Term> <strong>{g.generation}</strong>
      </span>
      <dl className="group-facts">
        <div>
          <dt>
            <Term id="rebalance">{t('groups.fact.protocol')}</Term>
          </dt>
          <dd>
            {t(`groups.protocol.${g.protocol}`)}
            {' · '}
            <Term id="assignor">{t('groups.fact.assignor')}</Term>{' '}
            <code>{g.assignor ?? g.strategy[0] ?? '—'}</code>
          </dd>
        </div>
        <div>
          <dt>{t('groups.fact.commit')}</dt>
          <dd>
            {t(`groups.commit.${g.commitPolicy}`)}
            {' · '}
            {t('groups.processingValue', { ms: g.processingMs })}
          </dd>
        </div>
        <div>
          <dt>
            <Term id="coordinator">{t('groups.fact.coordinator')}</Term>
          </dt>
          <dd>
            {g.coordinator === null || g.offsetsPartition === null
              ? t('groups.coordinator.none')
              : t('groups.coordinator', { broker: g.coordinator, partition: g.offsetsPartition })}
          </dd>
        </div>
      </dl>
      <GroupCounters g={g} />
    </header>
  )
})

function GroupCounters({ g }: { g: GroupView }) {
  const t = useT()
  return (
    <ul className="group-counters">
      <li>
        <Term id="lag">{t('groups.fact.lag')}</Term> <strong>{g.lag}</strong>
      </li>
      <li>
        {t('groups.fact.processed')} <strong>{g.processed}</strong>
      </li>
      {g.processedTwice > 0 ? (
        <li className="counter-twice" title={t('groups.twiceTitle')}>
          <Icon name="twice" /> {t('groups.fact.twice')} <strong>{g.processedTwice}</strong>
        </li>
      ) : null}
      {g.dedupe || g.deduplicated > 0 ? (
        <li className="counter-dedupe" title={t('groups.dedupeTitle')}>
          <Icon name="stable" /> {t('groups.fact.deduplicated')} <strong>{g.deduplicated}</strong>
        </li>
      ) : null}
      {g.skipped > 0 ? (
        <li className="counter-skipped" title={t('groups.skippedTitle')}>
          <Icon name="twice" /> {t('groups.fact.skipped')} <strong>{g.skipped}</strong>
        </li>
      ) : null}
    </ul>
  )
}
