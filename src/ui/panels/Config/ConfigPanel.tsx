import { type KeyboardEvent, useId, useState } from 'react'
import { Panel } from '../../components/Panel'
import type { MessageKey } from '../../i18n/catalog'
import { useT } from '../../i18n/useT'
import { selectReady } from '../../store/selectors'
import { useSim } from '../../store/useSim'
import { BrokerTab } from './BrokerTab'
import { ConsumerTab } from './ConsumerTab'
import { ProducerTab } from './ProducerTab'
import { TopicTab } from './TopicTab'
import './config.css'

const TABS = ['topic', 'broker', 'producer', 'consumer'] as const
type Tab = (typeof TABS)[number]

/** Settings by Kafka's names: the value kafkascope runs with beside Kafka's real default. */
export function ConfigPanel() {
  const t = useT()
  const ready = useSim(selectReady)
  const [tab, setTab] = useState<Tab>('topic')
  const id = useId()
  const onKey = (e: KeyboardEvent) => {
    const i = TABS.indexOf(tab)
    const next = e.key === 'ArrowRight' ? i + 1 : e.key === 'ArrowLeft' ? i - 1 : null
    if (next === null) return
    const n = TABS[(next + TABS.length) % TABS.length] as Tab
    setTab(n)
    document.getElementById(`${id}-tab-${n}`)?.focus()
  }
  return (
    <Panel title={t('config.title')} className="config-panel" testId="config-panel">
      <p className="config-lead">{t('config.lead')}</p>
      <div role="tablist" aria-label={t('config.title')} className="tabs" onKeyDown={onKey}>
        {TABS.map((k) => (
          <button
            key={k}
            id={`${id}-tab-${k}`}
            type="button"
            role="tab"
            aria-selected={tab === k}
            aria-controls={`${id}-panel`}
            tabIndex={tab === k ? 0 : -1}
            onClick={() => setTab(k)}
          >
            {t(`config.tab.${k}` as MessageKey)}
          </button>
        ))}
      </div>
      <div
        id={`${id}-panel`}
        role="tabpanel"
        aria-labelledby={`${id}-tab-${tab}`}
        className="config-body"
      >
        {!ready ? null : tab === 'topic' ? (
          <TopicTab />
        ) : tab === 'broker' ? (
          <BrokerTab />
        ) : tab === 'producer' ? (
          <ProducerTab />
        ) : (
          <ConsumerTab />
        )}
      </div>
    </Panel>
  )
}
