import { memo, useMemo } from 'react'
import { equalData } from '../../../engine/diff'
import type { GroupPartitionView, GroupView } from '../../../engine/groups/view'
import { Term } from '../../components/Term'
import { useT } from '../../i18n/useT'
import { Icon } from './icons'
import { type LagBar, lagBars } from './layout'
import { memberStyle } from './memberStyle'

const dash = (v: number | null) => (v === null ? '—' : v)

/**
 * Per partition: who consumes it, the consumer's position, the committed offset, the log end (HW)
 * and the lag (HW − committed, as kafka-consumer-groups.sh computes it), with a bar split into
 * "read but not committed" (read again after a crash) and "not read yet".
 */
export const PartitionTable = memo(function PartitionTable({ g }: { g: GroupView }) {
  const t = useT()
  const bars = useMemo(() => lagBars(g.partitions), [g.partitions])
  const dead = new Set(g.members.filter((m) => m.status !== 'running').map((m) => m.clientId))
  return (
    <div className="table-wrap">
      <table className="gp-table">
        <caption>{t('groups.table.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('groups.table.partition')}</th>
            <th scope="col">{t('groups.table.owner')}</th>
            <th scope="col">
              <Term id="position">{t('groups.table.position')}</Term>
            </th>
            <th scope="col">
              <Term id="committedOffset">{t('groups.table.committed')}</Term>
            </th>
            <th scope="col">
              <Term id="hw">{t('groups.table.hw')}</Term>
            </th>
            <th scope="col">
              <Term id="lag">{t('groups.table.lag')}</Term>
            </th>
            <th scope="col" className="gp-bar-col">
              <span className="key key-uncommitted" aria-hidden="true" />
              {t('groups.bar.uncommitted')} <span className="key key-unread" aria-hidden="true" />
              {t('groups.bar.unread')}
            </th>
          </tr>
        </thead>
        <tbody>
          {g.partitions.map((p) => (
            <PartitionRow
              key={p.partition}
              p={p}
              bar={bars[p.partition] ?? NO_BAR}
              dead={p.owner !== null && dead.has(p.owner)}
            />
          ))}
        </tbody>
      </table>
    </div>
  )
})

const NO_BAR: LagBar = { uncommitted: 0, unread: 0 }

interface RowProps {
  p: GroupPartitionView
  bar: LagBar
  dead: boolean
}

/** The group view is rebuilt whenever anything moves: a row re-renders when its own data does. */
const sameRow = (a: RowProps, b: RowProps): boolean =>
  a.dead === b.dead &&
  a.bar.uncommitted === b.bar.uncommitted &&
  a.bar.unread === b.bar.unread &&
  equalData(a.p, b.p)

const PartitionRow = memo(function PartitionRow({ p, bar, dead }: RowProps) {
  const t = useT()
  const uncommitted =
    p.position === null || p.committed === null
      ? 0
      : Math.max(0, Math.min(p.hw ?? 0, p.position) - p.committed)
  return (
    <tr>
      <th scope="row">
        <code>{p.partition}</code>
      </th>
      <td>
        {p.owner === null ? (
          <span className="muted">—</span>
        ) : (
          <span className="owner" style={memberStyle(p.owner)}>
            <span className="member-dot" aria-hidden="true" />
            {p.owner}
            {dead ? (
              <span className="owner-dead">
                <Icon name="dead" /> {t('groups.member.dead')}
              </span>
            ) : null}
          </span>
        )}
      </td>
      <td className="num">{dash(p.position)}</td>
      <td className="num">{dash(p.committed)}</td>
      <td className="num">{dash(p.hw)}</td>
      <td className="num">
        <strong>{dash(p.lag)}</strong>
      </td>
      <td className="gp-bar-col">
        <div
          className="lagbar"
          role="img"
          aria-label={t('groups.bar.title', {
            partition: p.partition,
            uncommitted,
            unread: Math.max(0, (p.lag ?? 0) - uncommitted),
          })}
        >
          <span className="lag-uncommitted" style={{ width: `${bar.uncommitted}%` }} />
          <span className="lag-unread" style={{ width: `${bar.unread}%` }} />
        </div>
      </td>
    </tr>
  )
}, sameRow)
