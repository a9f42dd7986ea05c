import type { T } from '../../i18n/useT'
import { CELL_H, type Geometry, markerX } from './layout'

interface Props {
  g: Geometry
  leo: number
  hw: number
  logStartOffset: number
  /** The leader's HW is the line across all rows; a follower's own HW is a tick on its row. */
  follower: boolean
  t: T
}

/** LEO caret, a follower's own HW tick and the log start (retention) of a row. */
export function RowMarkers({ g, leo, hw, logStartOffset, follower, t }: Props) {
  const l = markerX(g, leo)
  const h = markerX(g, hw)
  const leoText = t('pv.leo', { leo })
  return (
    <g className="pv-markers">
      {logStartOffset > g.from && logStartOffset <= g.from + g.size && (
        <g className="pv-logstart" data-testid="pv-logstart" data-offset={logStartOffset}>
          <title>{t('pv.logStartTitle', { offset: logStartOffset })}</title>
          <rect
            className="pv-retained"
            x={g.stripX}
            y={0}
            width={g.x(logStartOffset) - g.stripX}
            height={CELL_H}
          />
          <line x1={g.x(logStartOffset)} x2={g.x(logStartOffset)} y1={-4} y2={CELL_H + 4} />
          <text x={g.x(logStartOffset) + 4} y={CELL_H + 20}>
            {t('pv.logStart', { offset: logStartOffset })}
          </text>
        </g>
      )}
      {follower && (
        <g className="pv-fhw" data-testid="pv-follower-hw" data-offset={hw}>
          <line x1={h.x} x2={h.x} y1={CELL_H - 10} y2={CELL_H + 12} />
          <text x={h.x - 5} y={CELL_H + 24} textAnchor="end">
            {h.side === 'left' ? '◀ ' : ''}
            {t('pv.hwShort', { hw })}
            {h.side === 'right' ? ' ▶' : ''}
          </text>
        </g>
      )}
      <g className="pv-leo" data-testid="pv-leo" data-offset={leo}>
        <rect x={l.x} y={-3} width={4} height={CELL_H + 6} />
        <path d={`M${l.x - 5},-11 L${l.x + 9},-11 L${l.x + 2},-2 Z`} />
        <text x={l.x + 10} y={CELL_H / 2 + 6}>
          {l.side === 'left' ? `◀ ${leoText}` : l.side === 'right' ? `${leoText} ▶` : leoText}
        </text>
      </g>
    </g>
  )
}
