import { useId } from 'react'
import type { Command } from '../../../engine/commands'
import type { BrokerView } from '../../../engine/view'
import { useT } from '../../i18n/useT'
import { useSim } from '../../store/useSim'
import { Icon } from './icons'
import { useDisclosure } from './useDisclosure'
import { useRunCommand } from './useRunCommand'
import './menu.css'

/** Extra fetch latencies offered by "Slow down" (simulated ms). */
export const SLOW_CHOICES: readonly number[] = [300, 600, 2000, 4000]

/**
 * The card's "More" menu: the faults beyond Kill/Restart, a chosen fetch slowdown, and the
 * preferred leader election. A disclosure (button + panel of buttons), fully keyboard operable.
 */
export function BrokerMenu({ broker }: { broker: BrokerView }) {
  const t = useT()
  const run = useRunCommand()
  const d = useDisclosure()
  const panelId = useId()
  const slowId = useId()
  const lagMs = useSim((s) => s.view?.config.broker.replicaLagTimeMaxMs ?? 0)
  const id = broker.id
  const offline = broker.status === 'offline'
  const act = (cmd: Command) => {
    d.close(true)
    void run(cmd)
  }
  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: keyboard handling for the popup's buttons
    <div
      className={`broker-menu${d.open ? ' open' : ''}`}
      ref={d.wrapRef}
      onKeyDown={d.onKeyDown}
      onBlur={d.onWrapBlur}
    >
      <button
        ref={d.buttonRef}
        type="button"
        className="menu-button"
        aria-expanded={d.open}
        aria-controls={d.open ? panelId : undefined}
        onClick={d.toggle}
      >
        <Icon name="more" /> <span className="menu-label">{t('broker.more')}</span>
        <span className="sr-only"> {t('broker.name', { id })}</span>
      </button>
      {d.open ? (
        <fieldset id={panelId} ref={d.panelRef} className="broker-menu-panel">
          <legend className="sr-only">{t('broker.actionsFor', { id })}</legend>
          <button
            type="button"
            disabled={offline || broker.shuttingDown}
            title={t('broker.shutdownTitle')}
            onClick={() => act({ type: 'shutdownBroker', broker: id })}
          >
            <Icon name="shutdown" /> {t('broker.shutdown')}
          </button>
          <button
            type="button"
            disabled={offline}
            title={t('broker.powerFailTitle')}
            onClick={() => act({ type: 'powerFailBroker', broker: id })}
          >
            <Icon name="offline" /> {t('broker.powerFail')}
          </button>
          {broker.status === 'isolated' ? (
            <button type="button" onClick={() => act({ type: 'reconnectBroker', broker: id })}>
              <Icon name="online" /> {t('broker.reconnect')}
            </button>
          ) : (
            <button
              type="button"
              disabled={offline}
              title={t('broker.isolateTitle')}
              onClick={() => act({ type: 'isolateBroker', broker: id })}
            >
              <Icon name="isolated" /> {t('broker.isolate')}
            </button>
          )}
          <fieldset className="slow-choices" aria-describedby={slowId} disabled={offline}>
            <legend>
              <Icon name="slow" /> {t('broker.slowBy')}
            </legend>
            {SLOW_CHOICES.map((ms) => (
              <button
                key={ms}
                type="button"
                aria-pressed={broker.slowMs === ms}
                onClick={() => act({ type: 'slowBroker', broker: id, extraMs: ms })}
              >
                {t('broker.slowMs', { ms })}
              </button>
            ))}
            <button
              type="button"
              disabled={broker.slowMs === 0}
              onClick={() => act({ type: 'slowBroker', broker: id, extraMs: 0 })}
            >
              {t('broker.slowOff')}
            </button>
            <p id={slowId} className="menu-hint">
              {t('broker.slowHint', { ms: lagMs })}
            </p>
          </fieldset>
          <button
            type="button"
            className="menu-cluster-wide"
            title={t('broker.electTitle')}
            onClick={() => act({ type: 'electPreferredLeaders' })}
          >
            <Icon name="leader" /> {t('broker.elect')}
          </button>
        </fieldset>
      ) : null}
    </div>
  )
}
