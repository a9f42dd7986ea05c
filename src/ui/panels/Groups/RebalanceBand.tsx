import { memo } from 'react'
import type { GroupView } from '../../../engine/groups/view'
import { reasonText } from '../../i18n/groupEventWords'
import { useLang, useT } from '../../i18n/useT'
import { isRebalancing } from './groupStatus'
import { Icon } from './icons'
import { memberStyle } from './memberStyle'
import type { RebalanceStory, StepView } from './rebalanceStory'

/**
 * A rebalance as it happens: an eager one as a "paused" band (everyone gave everything up), a
 * cooperative one by round; who gives up what, and who the group waits for. Afterwards, one line
 * on the last rebalance.
 */
export const RebalanceBand = memo(function RebalanceBand({
  g,
  story,
}: {
  g: GroupView
  story: RebalanceStory | null
}) {
  const t = useT()
  const zh = useLang() === 'zh'
  const live = isRebalancing(g)
  const round = story?.rounds[story.rounds.length - 1]
  if (!live) return story === null ? null : <LastRebalance story={story} />
  const from = round?.fromGeneration ?? g.generation
  const eager = g.protocol === 'eager'
  const n = round?.round ?? 1
  const revoked = story?.revoked ?? []
  const waiting = g.members
    .filter((m) => m.status === 'running' && m.state === 'joining' && m.app === 'processing')
    .map((m) => m.clientId)
  return (
    <section
      className={`band ${eager ? 'band-eager' : 'band-coop'}`}
      aria-label={eager ? t('groups.band.eagerTitle') : t('groups.band.coopTitle', { round: n })}
    >
      <p className="band-title">
        <Icon name={eager ? 'paused' : 'rebalancing'} />
        <strong>
          {eager ? t('groups.band.eagerTitle') : t('groups.band.coopTitle', { round: n })}
        </strong>
        <span className="band-gen">{t('groups.band.generations', { from, to: from + 1 })}</span>
      </p>
      <p className="band-text">
        {eager
          ? t('groups.band.eagerText', { to: from + 1 })
          : t(n > 1 ? 'groups.band.coop2' : 'groups.band.coop1')}
      </p>
      {round !== undefined ? (
        <p className="band-why">{t('groups.band.why', { reason: reasonText(round.reason, zh) })}</p>
      ) : null}
      {revoked.length > 0 ? <Steps steps={revoked} round={n} /> : null}
      {waiting.length > 0 ? (
        <p className="band-wait">
          <Icon name="slow" />{' '}
          {t('groups.band.waitingFor', { clients: waiting.join(zh ? '、' : ', ') })}
        </p>
      ) : null}
    </section>
  )
})

function Steps({ steps, round }: { steps: readonly StepView[]; round: number }) {
  const t = useT()
  return (
    <ul className="band-steps">
      {steps.map((s) => (
        <li key={`${s.clientId}@${s.tick}`} style={memberStyle(s.clientId)}>
          <Icon name="revoking" />{' '}
          {t(s.round < round ? 'groups.band.revokedEarlier' : 'groups.band.revoked', {
            clientId: s.clientId,
            partitions: s.partitions.join(', '),
            round: s.round,
          })}
        </li>
      ))}
    </ul>
  )
}

function LastRebalance({ story }: { story: RebalanceStory }) {
  const t = useT()
  const zh = useLang() === 'zh'
  const first = story.rounds[0]
  const last = story.rounds[story.rounds.length - 1]
  if (first === undefined || last === undefined || last.endTick === null) return null
  const ms = (story.settledTick ?? last.endTick) - story.startTick
  const reason = reasonText(first.reason, zh)
  const from = first.fromGeneration
  const to = last.generation ?? from + 1
  let text: string
  if (from === 0) text = t('groups.last.first', { to, reason, ms })
  else if (story.protocol !== 'cooperative') text = t('groups.last.eager', { from, to, reason, ms })
  else if (story.rounds.length < 2) text = t('groups.last.coop1', { from, to, reason, ms })
  else {
    const moved = story.revoked.flatMap((s) => s.partitions).join(', ') || '—'
    const g1 = first.generation ?? from + 1
    text = t('groups.last.coop2', { reason, g1, g2: to, moved, ms })
  }
  return (
    <p className="band-last">
      <Icon name="rebalancing" /> {text}
    </p>
  )
}
