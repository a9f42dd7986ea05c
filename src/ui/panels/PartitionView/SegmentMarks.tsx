import type { SegmentView } from '../../../engine/view'
import type { T } from '../../i18n/useT'
import { BAND_H, CELL_H, type Geometry, segmentLabel } from './layout'

interface Props {
  g: Geometry
  segments: readonly SegmentView[]
  t: T
}

/** Segment boundaries with their 20-digit .log file names, and the sparse index entries. */
export function SegmentMarks({ g, segments, t }: Props) {
  const end = g.from + g.size
  const labelY = CELL_H + BAND_H + 16
  return (
    <g className="pv-segments">
      {segments.map((s, i) => {
        const next = segments[i + 1]?.baseOffset ?? end
        if (next <= g.from || s.baseOffset >= end) return null
        const start = Math.max(s.baseOffset, g.from)
        const x = g.x(start)
        // The last segment in view may use the margin right of the window for its name.
        const room = (next >= end ? g.width : g.x(next)) - x - 6
        return (
          <g key={s.baseOffset} data-testid="pv-segment" data-base={s.baseOffset}>
            <title>
              {t('pv.segmentTitle', { file: s.fileName, base: s.baseOffset, bytes: s.bytes })}
            </title>
            {s.baseOffset >= g.from && (
              <line className="pv-seg-line" x1={x} x2={x} y1={-8} y2={labelY + 4} />
            )}
            <text className="pv-seg-name" x={x + 4} y={labelY}>
              {s.baseOffset >= g.from
                ? segmentLabel(s.fileName, room)
                : `◀ ${segmentLabel(s.fileName, room - 16)}`}
            </text>
            {s.index.map(([offset, position]) =>
              offset >= g.from && offset < end ? (
                <path
                  key={offset}
                  className="pv-index"
                  d={`M${g.x(offset) + g.cellW / 2 - 6},-8 L${g.x(offset) + g.cellW / 2 + 6},-8 L${g.x(offset) + g.cellW / 2},0 Z`}
                >
                  <title>{t('pv.indexTitle', { offset, position })}</title>
                </path>
              ) : null,
            )}
          </g>
        )
      })}
    </g>
  )
}
