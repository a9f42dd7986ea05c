import type { T } from '../../i18n/useT'
import { selectHighlighted } from '../../store/selectors'
import { useSim } from '../../store/useSim'
import { CELL_H, type Geometry, markerX } from './layout'

interface Props {
  partition: string
  g: Geometry
  rows: number
  t: T
}

/** The leader's HW: one line across every row; consumers read the offsets left of it. */
export function HwLine({ partition, g, rows, t }: Props) {
  const hw = useSim((s) => s.view?.partitions[partition]?.highWatermark ?? null)
  const highlighted = useSim(selectHighlighted('pv-hw'))
  // With no live leader nobody can read: the last HW is drawn dashed and says so.
  const down = useSim((s) => {
    const p = s.view?.partitions[partition]
    if (p === undefined || p.leader === null || p.offline) return true
    return s.view?.brokers[p.leader]?.status === 'offline'
  })
  if (hw === null) return null
  const m = markerX(g, hw)
  const bottom = g.rowY(rows - 1) + CELL_H + 6
  // The label sits left of the line when the line is in the right half, so it stays inside.
  const anchorEnd = m.x > g.stripX + (g.stripEnd - g.stripX) / 2
  const arrow = m.side === 'left' ? '◀ ' : m.side === 'right' ? ' ▶' : ''
  const label = down ? t('pv.hwDown', { hw }) : `${t('pv.hwLine')} (${hw})`
  return (
    <g
      className={`pv-hw${down ? ' pv-hw-offline' : ''}${highlighted ? ' highlighted' : ''}`}
      data-testid="pv-hw"
      data-offset={hw}
      data-leader-online={down ? 'false' : 'true'}
    >
      <line x1={m.x} x2={m.x} y1={g.hwLabelY + 22} y2={bottom} />
      <text
        x={anchorEnd ? m.x - 6 : m.x + 6}
        y={g.hwLabelY + 18}
        textAnchor={anchorEnd ? 'end' : 'start'}
      >
        {m.side === 'left' ? arrow + label : m.side === 'right' ? label + arrow : label}
      </text>
    </g>
  )
}
