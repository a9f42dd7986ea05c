import { useState } from 'react'
import { useShallow } from 'zustand/react/shallow'
import { BROKER_CONFIG_INFO, type TopicLevelConfig } from '../../../engine/config'
import { Field } from '../../components/Field'
import { useT } from '../../i18n/useT'
import { selectUserTopicNames } from '../../store/selectors'
import { useSim } from '../../store/useSim'
import { ConfigTable } from './ConfigTable'
import { TOPIC_KEYS } from './configFields'
import { useApplyConfig } from './useApplyConfig'

/** Per-topic overrides (kafka-configs.sh --alter --entity-type topics). */
export function TopicTab() {
  const t = useT()
  const apply = useApplyConfig()
  const topics = useSim(useShallow(selectUserTopicNames))
  const [picked, setPicked] = useState('')
  const topic = topics.includes(picked) ? picked : (topics[0] ?? '')
  const view = useSim((s) => s.view?.topics[topic])
  if (view === undefined) return <p className="muted">{t('config.noTopics')}</p>
  return (
    <>
      <div className="form-row">
        <Field label={t('config.topic')}>
          {(p) => (
            <select {...p} value={topic} onChange={(e) => setPicked(e.target.value)}>
              {topics.map((n) => (
                <option key={n} value={n}>
                  {n}
                </option>
              ))}
            </select>
          )}
        </Field>
        <p className="config-intro">{t('config.topic.intro')}</p>
      </div>
      <ConfigTable
        rows={TOPIC_KEYS.map((k) => ({
          name: k,
          kafkaName: BROKER_CONFIG_INFO[k].kafkaName,
          info: BROKER_CONFIG_INFO[k],
          value: view.config[k],
          note: (
            <span className={`config-origin${view.overrides.includes(k) ? ' override' : ''}`}>
              {view.overrides.includes(k) ? t('config.override') : t('config.inherited')}
            </span>
          ),
        }))}
        apply={(name, value) =>
          apply({
            type: 'setTopicConfig',
            topic,
            config: { [name]: value } as Partial<TopicLevelConfig>,
          })
        }
      />
    </>
  )
}
