import { useState } from 'react'
import { useShallow } from 'zustand/react/shallow'
import { CONSUMER_CONFIG_INFO, type ConsumerConfig } from '../../../engine/groups/config'
import { Field } from '../../components/Field'
import { useT } from '../../i18n/useT'
import { useSim } from '../../store/useSim'
import { ConfigTable } from './ConfigTable'
import { useApplyConfig } from './useApplyConfig'

/** A consumer group's settings (ConsumerConfig): all its consumers share them. */
export function ConsumerTab() {
  const t = useT()
  const apply = useApplyConfig()
  const ids = useSim(useShallow((s) => Object.keys(s.view?.groups.groups ?? {}).sort()))
  const [picked, setPicked] = useState('')
  const group = ids.includes(picked) ? picked : (ids[0] ?? '')
  const config = useSim((s) => s.view?.groups.groups[group]?.config)
  if (config === undefined) return <p className="muted">{t('config.noGroups')}</p>
  return (
    <>
      <div className="form-row">
        <Field label={t('config.group')}>
          {(p) => (
            <select {...p} value={group} onChange={(e) => setPicked(e.target.value)}>
              {ids.map((n) => (
                <option key={n} value={n}>
                  {n}
                </option>
              ))}
            </select>
          )}
        </Field>
        <p className="config-intro">{t('config.consumer.intro')}</p>
      </div>
      <ConfigTable
        rows={(Object.keys(CONSUMER_CONFIG_INFO) as (keyof ConsumerConfig)[]).map((k) => ({
          name: k,
          kafkaName: CONSUMER_CONFIG_INFO[k].kafkaName,
          info: CONSUMER_CONFIG_INFO[k],
          value: config[k],
        }))}
        apply={(name, value) =>
          apply({
            type: 'setGroupConfig',
            group,
            config: { [name]: value } as Partial<ConsumerConfig>,
          })
        }
      />
    </>
  )
}
