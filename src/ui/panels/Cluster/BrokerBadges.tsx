import type { BrokerView } from '../../../engine/view'
import { Term } from '../../components/Term'
import { useT } from '../../i18n/useT'
import { brokerBadges } from './brokerBadges'
import { Icon } from './icons'

/** Status, controller, fenced, shutting down, slow: each with an icon, words and a colour. */
export function BrokerBadges({ broker }: { broker: BrokerView }) {
  const t = useT()
  return (
    <ul className="broker-badges">
      {brokerBadges(broker).map((b) => {
        const title =
          b.title === undefined || b.term !== undefined
            ? undefined
            : t(b.title, { ms: broker.slowMs })
        return (
          <li
            key={b.id}
            className={`badge tone-${b.tone}${title === undefined ? '' : ' has-title'}`}
            title={title}
          >
            <Icon name={b.icon} />{' '}
            {b.term === undefined ? (
              t(b.label, b.params)
            ) : (
              <Term id={b.term}>{t(b.label, b.params)}</Term>
            )}
          </li>
        )
      })}
    </ul>
  )
}
