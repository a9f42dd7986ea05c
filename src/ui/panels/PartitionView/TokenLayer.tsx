import { useMemo } from 'react'
import { useShallow } from 'zustand/react/shallow'
import type { T } from '../../i18n/useT'
import { selectMessages, selectTick } from '../../store/selectors'
import { useSim } from '../../store/useSim'
import type { Geometry } from './layout'
import { placeTokens } from './tokens'

interface Props {
  partition: string
  g: Geometry
  rows: readonly number[]
  t: T
}

const CHAR_PX = 8.6

/** A label's centre, kept inside the drawing. */
const pillX = (x: number, w: number, width: number) =>
  Math.min(width - w / 2 - 2, Math.max(w / 2 + 2, x))

/**
 * In-flight messages of this partition. Re-renders every frame (it reads the tick), so it is kept
 * apart from the rows; positions come from simulated time, never from a tween.
 */
export function TokenLayer({ partition, g, rows, t }: Props) {
  const tick = useSim(selectTick)
  const messages = useSim(selectMessages)
  const leader = useSim((s) => s.view?.partitions[partition]?.leader ?? null)
  const leos = useSim(
    useShallow((s) => rows.map((b) => s.view?.replicas[`${partition}@${b}`]?.leo ?? 0)),
  )
  const rowOf = useMemo(() => new Map(rows.map((b, i) => [b, i])), [rows])
  const leoOf = useMemo(() => new Map(rows.map((b, i) => [b, leos[i] ?? 0])), [rows, leos])
  if (messages === undefined) return null
  const tokens = placeTokens(messages, g, { partition, rowOf, leoOf, leader, tick })
  return (
    <g className="pv-tokens" data-testid="pv-tokens">
      {tokens.map((tk) => {
        const label = t(tk.label, tk.params)
        const w = Math.round(label.length * CHAR_PX + 14)
        const d = tk.path.map((p, i) => `${i === 0 ? 'M' : 'L'}${p.x},${p.y}`).join(' ')
        return (
          <g key={tk.id} className={`pv-token pv-token-${tk.kind}`} data-kind={tk.kind}>
            <path className="pv-token-path" d={d} markerEnd="url(#pv-arrow)" />
            <g
              transform={`translate(${pillX(tk.at.x + tk.side * (w / 2 + 6), w, g.width)},${tk.at.y})`}
            >
              <rect x={-w / 2} y={-12} width={w} height={24} rx={12} />
              <text y={5} textAnchor="middle">
                {label}
              </text>
            </g>
          </g>
        )
      })}
    </g>
  )
}
