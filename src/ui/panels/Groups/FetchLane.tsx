import { useMemo } from 'react'
import { useT } from '../../i18n/useT'
import { selectMessages, selectTick } from '../../store/selectors'
import { useSim } from '../../store/useSim'
import { fetchTokens } from './layout'

/**
 * Fetch responses carrying records on their way to this consumer: one token per batch (with its
 * record count and broker), placed by simulated time, so pausing or scrubbing freezes it exactly.
 */
export function FetchLane({ group, clientId }: { group: string; clientId: string }) {
  const t = useT()
  const tick = useSim(selectTick)
  const messages = useSim(selectMessages)
  const tokens = useMemo(
    () => fetchTokens(messages, tick, group)[clientId] ?? [],
    [messages, tick, group, clientId],
  )
  return (
    <div className="lane" aria-hidden="true">
      <span className="lane-label">{t('groups.lane.from')}</span>
      <div className="lane-track">
        {tokens.map((k) => (
          <span
            key={k.id}
            className="token"
            style={{ left: `${k.x}%`, transform: `translate(-${k.x}%, -50%)` }}
            title={t('groups.lane.token', {
              records: k.records,
              broker: k.broker,
              partitions: k.partitions.join(', '),
            })}
          >
            <span className="token-broker">B{k.broker}</span>
            {k.records}
          </span>
        ))}
      </div>
    </div>
  )
}
