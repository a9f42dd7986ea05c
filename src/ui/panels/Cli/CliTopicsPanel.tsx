import { useMemo } from 'react'
import { describeTopics } from '../../cli/describeTopics'
import { Panel } from '../../components/Panel'
import { useT } from '../../i18n/useT'
import { selectPartitions, selectTopics } from '../../store/selectors'
import { useSim } from '../../store/useSim'

/** What `kafka-topics.sh --describe` would print right now. */
export function CliTopicsPanel() {
  const t = useT()
  const topics = useSim(selectTopics)
  const partitions = useSim(selectPartitions)
  const text = useMemo(
    () =>
      topics === undefined || partitions === undefined
        ? ''
        : describeTopics({ topics, partitions }),
    [topics, partitions],
  )
  return (
    <Panel title={t('cli.title')} className="cli">
      <p className="muted">{t('cli.caption')}</p>
      <div className="terminal">
        <div className="prompt" aria-hidden="true">
          $ kafka-topics.sh --bootstrap-server localhost:9092 --describe
        </div>
        {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard */}
        <pre data-testid="cli-topics" tabIndex={0}>
          {text}
        </pre>
      </div>
    </Panel>
  )
}
