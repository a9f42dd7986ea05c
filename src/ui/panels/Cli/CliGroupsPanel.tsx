import { useMemo } from 'react'
import { describeGroup } from '../../../engine/groups/describeGroups'
import { Panel } from '../../components/Panel'
import { useT } from '../../i18n/useT'
import { useSim } from '../../store/useSim'

const COMMAND = '$ kafka-consumer-groups.sh --bootstrap-server localhost:9092 --describe --group'

/** What `kafka-consumer-groups.sh --describe --group <g>` would print right now, for every group. */
export function CliGroupsPanel() {
  const t = useT()
  const groups = useSim((s) => s.view?.groups.groups)
  const runs = useMemo(
    () =>
      groups === undefined
        ? []
        : Object.keys(groups)
            .sort()
            .map((id) => ({ id, text: describeGroup(groups[id], id) })),
    [groups],
  )
  return (
    <Panel title={t('groups.cli.title')} className="cli cli-groups">
      <p className="muted">{runs.length === 0 ? t('groups.cli.none') : t('groups.cli.caption')}</p>
      {runs.length === 0 ? null : (
        <div className="terminal">
          {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard */}
          <pre data-testid="cli-groups" tabIndex={0}>
            {runs.map((r) => (
              <span key={r.id} className="cli-run">
                <span className="prompt-line">{`${COMMAND} ${r.id}`}</span>
                {`${r.text}\n`}
              </span>
            ))}
          </pre>
        </div>
      )}
    </Panel>
  )
}
