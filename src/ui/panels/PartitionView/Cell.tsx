import { memo } from 'react'
import type { CellView } from '../../../engine/view'
import type { T } from '../../i18n/useT'
import { formatSeconds } from '../Timeline/markerLayout'
import { CELL_H, epochColor, shortKey } from './layout'

interface Props {
  broker: number
  cell: CellView
  x: number
  w: number
  t: T
}

function titleOf(cell: CellView, t: T): string {
  const parts = [
    t('pv.cellTitle', {
      offset: cell.offset,
      key: cell.key ?? '∅',
      value: cell.value,
      epoch: cell.epoch,
      time: t('timeline.time', { s: formatSeconds(cell.timestamp) }),
    }),
    t(cell.committed ? 'pv.cell.committed' : 'pv.cell.uncommitted'),
  ]
  if (cell.lost) parts.push(t('pv.cell.lost'))
  if (cell.duplicated) parts.push(t('pv.cell.duplicated'))
  return parts.join(' · ')
}

/** One record: epoch colour and number, key; a lost one hatched and labelled, a duplicate flagged. */
export const Cell = memo(function Cell({ broker, cell, x, w, t }: Props) {
  const c = epochColor(cell.epoch)
  const cls = `pv-cell${cell.committed ? '' : ' pv-uncommitted'}${cell.lost ? ' pv-lost' : ''}`
  return (
    <g
      className={cls}
      data-testid={`pv-cell-${broker}-${cell.offset}`}
      data-epoch={cell.epoch}
      data-lost={cell.lost ? 'true' : undefined}
      data-duplicated={cell.duplicated ? 'true' : undefined}
      transform={`translate(${x},0)`}
    >
      <title>{titleOf(cell, t)}</title>
      <rect
        className="pv-cell-box"
        x={1}
        y={0}
        width={w - 2}
        height={CELL_H}
        rx={4}
        fill={c.fill}
      />
      {cell.lost && <rect x={1} y={0} width={w - 2} height={CELL_H} rx={4} fill="url(#pv-hatch)" />}
      {cell.lost ? (
        <text className="pv-lost-label" x={w / 2} y={16} textAnchor="middle">
          {t('pv.lost')}
        </text>
      ) : (
        <text className="pv-epoch" x={4} y={15} fill={c.text}>
          {cell.epoch}
        </text>
      )}
      <text
        className="pv-key"
        x={w / 2}
        y={CELL_H - 9}
        textAnchor="middle"
        fill={cell.lost ? undefined : c.text}
      >
        {shortKey(cell.key, w >= 36 ? 4 : 3)}
      </text>
      {cell.duplicated && <path className="pv-dup" d={`M${w - 15},1 L${w - 1},1 L${w - 1},15 Z`} />}
    </g>
  )
})
