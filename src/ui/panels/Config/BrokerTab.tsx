import type { BrokerConfig } from '../../../engine/config'
import { BROKER_CONFIG_INFO } from '../../../engine/config'
import type { MessageKey } from '../../i18n/catalog'
import { useT } from '../../i18n/useT'
import { useSim } from '../../store/useSim'
import { ConfigTable } from './ConfigTable'
import { BROKER_SECTIONS, brokerLevelName } from './configFields'
import { TruncationMode } from './TruncationMode'
import { useApplyConfig } from './useApplyConfig'

/** Cluster-wide broker settings (server.properties), by section, and the truncation mode. */
export function BrokerTab() {
  const t = useT()
  const apply = useApplyConfig()
  const broker = useSim((s) => s.view?.config.broker)
  if (broker === undefined) return null
  return (
    <>
      <p className="config-intro">{t('config.broker.intro')}</p>
      {BROKER_SECTIONS.map((sec) => (
        <ConfigTable
          key={sec.id}
          caption={t(`config.section.${sec.id}` as MessageKey)}
          rows={sec.keys.map((k) => {
            const key = k as keyof BrokerConfig
            const info = BROKER_CONFIG_INFO[key]
            return { name: k, kafkaName: brokerLevelName(k, info), info, value: broker[key] }
          })}
          apply={(name, value) =>
            apply({ type: 'setBrokerConfig', config: { [name]: value } as Partial<BrokerConfig> })
          }
        />
      ))}
      <TruncationMode />
    </>
  )
}
