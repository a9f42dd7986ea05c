import { memo } from 'react'
import { useT } from '../../i18n/useT'
import { useSim } from '../../store/useSim'
import { Cell } from './Cell'
import { GhostCells } from './GhostCells'
import { ROLE_GLYPH, ROLE_LABEL } from './glyphs'
import { CELL_H, type Geometry } from './layout'
import { RowMarkers } from './RowMarkers'
import { SegmentMarks } from './SegmentMarks'
import { selectReplicaState, useFocusReplica } from './select'
import type { Ghost } from './useTruncations'

interface Props {
  partition: string
  broker: number
  index: number
  g: Geometry
  showSegments: boolean
  ghosts: readonly Ghost[]
}

/** One replica's log: label, cells, markers; re-renders only when its own data changes. */
export const ReplicaRow = memo(function ReplicaRow({
  partition,
  broker,
  index,
  g,
  showSegments,
  ghosts,
}: Props) {
  const t = useT()
  const state = useSim(selectReplicaState(partition, broker))
  const r = useFocusReplica(partition, broker)
  if (r === undefined) return null
  const role = t(ROLE_LABEL[state])
  return (
    <g
      className={`pv-row pv-row-${state}`}
      data-testid={`pv-row-${broker}`}
      data-role={state}
      data-leo={r.leo}
      data-hw={r.hw}
      transform={`translate(0,${g.rowY(index)})`}
    >
      <g className="pv-row-label">
        <title>{t('pv.rowLabel', { broker, role, leo: r.leo, hw: r.hw })}</title>
        <text className="pv-row-name" x={12} y={20}>
          <tspan className={`pv-glyph pv-glyph-${state}`}>{ROLE_GLYPH[state]}</tspan>{' '}
          {t('broker.name', { id: broker })}
        </text>
        <text className={`pv-row-role pv-role-${state}`} x={12} y={42}>
          {role}
        </text>
      </g>
      <rect
        className="pv-strip"
        x={g.stripX}
        y={0}
        width={g.stripEnd - g.stripX}
        height={CELL_H}
        rx={4}
      />
      {r.cells.map((c) => (
        <Cell key={c.offset} broker={broker} cell={c} x={g.x(c.offset)} w={g.cellW} t={t} />
      ))}
      {state === 'offline' && (
        <rect
          className="pv-offline-veil"
          x={g.stripX}
          y={0}
          width={g.stripEnd - g.stripX}
          height={CELL_H}
        />
      )}
      {showSegments && <SegmentMarks g={g} segments={r.segments} t={t} />}
      <RowMarkers
        g={g}
        leo={r.leo}
        hw={r.hw}
        logStartOffset={r.logStartOffset}
        follower={state !== 'leader'}
        t={t}
      />
      <GhostCells g={g} ghosts={ghosts} t={t} />
    </g>
  )
})
