import { PRODUCER_CONFIG_INFO, type ProducerConfig } from '../../../engine/config'
import { useT } from '../../i18n/useT'
import { DEFAULT_PRODUCER, selectProducer } from '../../store/selectors'
import { useSim } from '../../store/useSim'
import { ConfigTable } from './ConfigTable'
import { useApplyConfig } from './useApplyConfig'

/** The producer's settings (ProducerConfig), for producer-1. */
export function ProducerTab() {
  const t = useT()
  const apply = useApplyConfig()
  const producer = useSim(selectProducer)
  if (producer === undefined) return null
  const c = producer.config
  const idemOff = c.enableIdempotence && !producer.idempotent
  return (
    <>
      <p className="config-intro">{t('config.producer.intro', { id: DEFAULT_PRODUCER })}</p>
      <ConfigTable
        rows={(Object.keys(PRODUCER_CONFIG_INFO) as (keyof ProducerConfig)[]).map((k) => ({
          name: k,
          kafkaName: PRODUCER_CONFIG_INFO[k].kafkaName,
          info: PRODUCER_CONFIG_INFO[k],
          value: c[k],
          note:
            k === 'enableIdempotence' && idemOff ? (
              <span className="field-hint note" role="note">
                ⓘ {t('produce.idemOff', { acks: String(c.acks) })}
              </span>
            ) : undefined,
        }))}
        apply={(name, value) =>
          apply({ type: 'setProducerConfig', config: { [name]: value } as Partial<ProducerConfig> })
        }
      />
    </>
  )
}
