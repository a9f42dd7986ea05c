import type { T } from '../../i18n/useT'
import { axisTicks, type Geometry, PRODUCE_LANE_H } from './layout'

/** Offset numbers above the rows, and the producer's lane along which produce requests arrive. */
export function OffsetAxis({ g, t }: { g: Geometry; t: T }) {
  const ticks = axisTicks(g.from, g.size, g.cellW)
  return (
    <g className="pv-axis">
      <text className="pv-axis-title" x={g.stripX - 10} y={g.axisY + 16} textAnchor="end">
        {t('pv.axis')}
      </text>
      {ticks.map((o) => (
        <text key={o} x={g.x(o) + g.cellW / 2} y={g.axisY + 16} textAnchor="middle">
          {o}
        </text>
      ))}
      <text className="pv-producer" x={12} y={g.produceY + PRODUCE_LANE_H / 2 - 6}>
        {t('pv.producer')} →
      </text>
    </g>
  )
}
