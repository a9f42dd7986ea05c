import { AnimatePresence, m, useReducedMotion } from 'motion/react'
import type { T } from '../../i18n/useT'
import { BAND_H, CELL_H, epochColor, type Geometry, shortKey } from './layout'
import type { Ghost } from './useTruncations'

interface Props {
  g: Geometry
  ghosts: readonly Ghost[]
  t: T
}

const H = BAND_H - 6

/**
 * Cells a truncation just removed, struck out under the row for a moment, then gone: one motion
 * group per truncation (never one per cell); instant under reduced motion.
 */
export function GhostCells({ g, ghosts, t }: Props) {
  const reduce = useReducedMotion() === true
  return (
    <AnimatePresence>
      {ghosts.map((gh) => {
        const last = gh.from - 1
        const range = gh.to === last ? `${gh.to}` : `${gh.to}–${last}`
        const shown = gh.cells.filter((c) => c.offset >= g.from && c.offset < g.from + g.size)
        return (
          <m.g
            key={gh.id}
            className="pv-ghosts"
            data-testid={`pv-ghosts-${gh.broker}`}
            initial={reduce ? false : { opacity: 0, y: -12 }}
            animate={{ opacity: 1, y: 0 }}
            exit={reduce ? { opacity: 0, transition: { duration: 0 } } : { opacity: 0, y: 16 }}
            transition={{ duration: reduce ? 0 : 0.45 }}
          >
            <title>
              {t('pv.truncatedTitle', { broker: gh.broker, mode: t(`pv.mode.${gh.mode}`), range })}
            </title>
            <text className="pv-ghost-label" x={12} y={CELL_H + 22}>
              {t('pv.truncated')}
            </text>
            {shown.map((c) => {
              const x = g.x(c.offset)
              const col = c.epoch === null ? null : epochColor(c.epoch)
              return (
                <g key={c.offset} transform={`translate(${x},${CELL_H + 4})`}>
                  <rect
                    className="pv-ghost-box"
                    x={1}
                    width={g.cellW - 2}
                    height={H}
                    rx={3}
                    style={col === null ? undefined : { fill: col.fill }}
                  />
                  <text className="pv-ghost-key" x={g.cellW / 2} y={H - 7} textAnchor="middle">
                    {c.key === null && c.epoch === null ? '?' : shortKey(c.key, 3)}
                  </text>
                </g>
              )
            })}
          </m.g>
        )
      })}
    </AnimatePresence>
  )
}
