import type { BrokerView } from '../../../engine/view'
import { useT } from '../../i18n/useT'
import { useRunCommand } from './useRunCommand'

/**
 * Kill and Restart are always present (disabled when they cannot apply, so a test or a teacher
 * always finds them in the same place); the other faults are in the card's "More" menu.
 */
export function BrokerActions({ broker }: { broker: BrokerView }) {
  const t = useT()
  const run = useRunCommand()
  const offline = broker.status === 'offline'
  return (
    <div className="broker-actions">
      <button
        type="button"
        className="btn-danger"
        disabled={offline}
        title={t('broker.killTitle')}
        onClick={() => run({ type: 'killBroker', broker: broker.id })}
      >
        {t('broker.kill')}
      </button>
      <button
        type="button"
        className={offline ? 'btn-restart' : undefined}
        disabled={!offline}
        title={t('broker.restartTitle')}
        onClick={() => run({ type: 'restartBroker', broker: broker.id })}
      >
        {t('broker.restart')}
      </button>
    </div>
  )
}
