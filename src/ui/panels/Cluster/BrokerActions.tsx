import type { Command } from '../../../engine/commands'
import type { BrokerView } from '../../../engine/view'
import { useCommand } from '../../hooks/useCommand'
import { useT } from '../../i18n/useT'
import { useSim } from '../../store/useSim'

const SLOW_MS = 4000

/**
 * Kill and Restart are always present (disabled when they cannot apply, so a test or a teacher
 * always finds them in the same place); the other faults sit in a smaller row below.
 */
export function BrokerActions({ broker }: { broker: BrokerView }) {
  const t = useT()
  const command = useCommand()
  const addNotice = useSim((s) => s.addNotice)
  const b = broker.id
  const offline = broker.status === 'offline'
  const run = async (cmd: Command) => {
    const r = await command(cmd)
    if (r !== null && !r.ok)
      addNotice({ kind: 'error', key: 'notice.simError', params: { message: r.error.message } })
  }
  return (
    <div className="broker-actions">
      <div className="btn-row">
        <button
          type="button"
          className="btn-danger"
          disabled={offline}
          title={t('broker.killTitle')}
          onClick={() => run({ type: 'killBroker', broker: b })}
        >
          {t('broker.kill')}
        </button>
        <button
          type="button"
          disabled={!offline}
          title={t('broker.restartTitle')}
          onClick={() => run({ type: 'restartBroker', broker: b })}
        >
          {t('broker.restart')}
        </button>
      </div>
      <fieldset className="btn-row btn-row-small">
        <legend className="sr-only">{t('broker.more')}</legend>
        <button
          type="button"
          disabled={offline}
          title={t('broker.powerFailTitle')}
          onClick={() => run({ type: 'powerFailBroker', broker: b })}
        >
          {t('broker.powerFail')}
        </button>
        <button
          type="button"
          disabled={offline}
          title={t('broker.shutdownTitle')}
          onClick={() => run({ type: 'shutdownBroker', broker: b })}
        >
          {t('broker.shutdown')}
        </button>
        {broker.status === 'isolated' ? (
          <button type="button" onClick={() => run({ type: 'reconnectBroker', broker: b })}>
            {t('broker.reconnect')}
          </button>
        ) : (
          <button
            type="button"
            disabled={offline}
            title={t('broker.isolateTitle')}
            onClick={() => run({ type: 'isolateBroker', broker: b })}
          >
            {t('broker.isolate')}
          </button>
        )}
        <button
          type="button"
          disabled={offline}
          title={t('broker.slowTitle')}
          onClick={() =>
            run({ type: 'slowBroker', broker: b, extraMs: broker.slowMs > 0 ? 0 : SLOW_MS })
          }
        >
          {broker.slowMs > 0 ? t('broker.slowOff') : t('broker.slowOn')}
        </button>
      </fieldset>
    </div>
  )
}
