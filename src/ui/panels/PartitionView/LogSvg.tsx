import { useMemo } from 'react'
import { useShallow } from 'zustand/react/shallow'
import { useT } from '../../i18n/useT'
import { useSim } from '../../store/useSim'
import { HwLine } from './HwLine'
import { geometry, rowOrder } from './layout'
import { OffsetAxis } from './OffsetAxis'
import { ReplicaRow } from './ReplicaRow'
import { selectWindow } from './select'
import { TokenLayer } from './TokenLayer'
import { type Ghost, NO_GHOSTS } from './useTruncations'

interface Props {
  partition: string
  cellW: number
  showSegments: boolean
  ghosts: readonly Ghost[]
  describedBy: string
}

/** The log drawing: axis, one row per replica, the HW line and the in-flight messages. */
export function LogSvg({ partition, cellW, showSegments, ghosts, describedBy }: Props) {
  const t = useT()
  const win = useSim(selectWindow(partition))
  const rows = useSim(
    useShallow((s) => {
      const p = s.view?.partitions[partition]
      return p === undefined ? [] : rowOrder(p.replicas, p.leader)
    }),
  )
  const [from, to] = win === null ? [0, 0] : win.split(':').map(Number)
  const g = useMemo(
    () =>
      geometry({
        from: from ?? 0,
        size: Math.max(1, (to ?? 0) - (from ?? 0)),
        cellW,
        rows: rows.length,
        showSegments,
      }),
    [from, to, cellW, rows.length, showSegments],
  )
  const ghostsOf = useMemo(() => {
    const m = new Map<number, Ghost[]>()
    for (const gh of ghosts) m.set(gh.broker, [...(m.get(gh.broker) ?? []), gh])
    return m
  }, [ghosts])
  if (win === null || rows.length === 0) return null
  return (
    <svg
      className="pv-svg"
      width={g.width}
      height={g.height}
      role="img"
      aria-describedby={describedBy}
      data-from={g.from}
      data-size={g.size}
    >
      <title>{t('pv.title', { partition })}</title>
      <defs>
        <pattern id="pv-hatch" width={8} height={8} patternUnits="userSpaceOnUse">
          <rect className="pv-hatch-bg" width={8} height={8} />
          <path className="pv-hatch-line" d="M-2,2 L2,-2 M0,8 L8,0 M6,10 L10,6" />
        </pattern>
        <marker
          id="pv-arrow"
          viewBox="0 0 10 10"
          refX={9}
          refY={5}
          markerWidth={7}
          markerHeight={7}
          orient="auto-start-reverse"
        >
          <path className="pv-arrowhead" d="M0,0 L10,5 L0,10 Z" />
        </marker>
      </defs>
      <OffsetAxis g={g} t={t} />
      {rows.map((b, i) => (
        <ReplicaRow
          key={b}
          partition={partition}
          broker={b}
          index={i}
          g={g}
          showSegments={showSegments}
          ghosts={ghostsOf.get(b) ?? NO_GHOSTS}
        />
      ))}
      <HwLine partition={partition} g={g} rows={rows.length} t={t} />
      <TokenLayer partition={partition} g={g} rows={rows} t={t} />
    </svg>
  )
}
