import { useState } from 'react'
import { useShallow } from 'zustand/react/shallow'
import { Panel } from '../../components/Panel'
import { useT } from '../../i18n/useT'
import { selectUserTopicNames } from '../../store/selectors'
import { useSim } from '../../store/useSim'
import { AutoProduce } from './AutoProduce'
import { ProduceForm } from './ProduceForm'
import { ProducerSettings } from './ProducerSettings'

/** The producer: send one record, its acks and idempotence settings, and a steady stream. */
export function ProducePanel() {
  const t = useT()
  const topics = useSim(useShallow(selectUserTopicNames))
  const [picked, setPicked] = useState('')
  const topic = topics.includes(picked) ? picked : (topics[0] ?? '')
  return (
    <Panel title={t('produce.title')} className="produce">
      <ProduceForm topics={topics} topic={topic} onTopic={setPicked} />
      <ProducerSettings />
      <AutoProduce topic={topic} />
    </Panel>
  )
}
