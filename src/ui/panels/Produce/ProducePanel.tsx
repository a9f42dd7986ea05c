import { useCallback, useState } from 'react'
import { useShallow } from 'zustand/react/shallow'
import { Panel } from '../../components/Panel'
import { Term } from '../../components/Term'
import { useT } from '../../i18n/useT'
import { selectUserTopicNames } from '../../store/selectors'
import { useSim, useSimApi } from '../../store/useSim'
import { AutoProduce } from './AutoProduce'
import { InFlight } from './InFlight'
import { PartitionSkew } from './PartitionSkew'
import { ProduceForm } from './ProduceForm'
import { ProducerSettings } from './ProducerSettings'
import { type Baseline, snapshot } from './skew'
import './produce.css'

/** The producer: send one record, its acks and idempotence settings, and a steady stream. */
export function ProducePanel() {
  const t = useT()
  const topics = useSim(useShallow(selectUserTopicNames))
  const [picked, setPicked] = useState('')
  const topic = topics.includes(picked) ? picked : (topics[0] ?? '')
  const session = useSimApi()
  const [baseline, setBaseline] = useState<Baseline | null>(null)
  // Count records per partition from now on (after the auto-produce settings change).
  const restart = useCallback(() => {
    const s = session.store.getState()
    if (s.view !== null) setBaseline(snapshot(s.view.partitions, topic, s.view.tick))
  }, [session, topic])
  return (
    <Panel
      title={<Term id="producer">{t('produce.title')}</Term>}
      className="produce"
      testId="produce-panel"
    >
      <ProduceForm topics={topics} topic={topic} onTopic={setPicked} />
      <ProducerSettings />
      <AutoProduce topic={topic} onApplied={restart} />
      <PartitionSkew topic={topic} baseline={baseline} onReset={restart} />
      <InFlight />
    </Panel>
  )
}
