import { useMemo } from 'react'
import { Term } from '../../components/Term'
import { localeNumber } from '../../i18n/numbers'
import type { TermId } from '../../i18n/terms'
import { useT } from '../../i18n/useT'
import {
  type ChartBox,
  decimate,
  formatSeconds,
  formatTick,
  linePath,
  MARGIN,
  maxOf,
  pointsFrom,
  ticksOf,
  xScale,
  yScale,
} from './layout'
import type { ChartData, Series } from './series'
import { useWidth } from './useWidth'

const HEIGHT = 170

/** Charts whose metric is a Kafka term with a tooltip (group lag charts start with "lag"). */
const TERM: Readonly<Record<string, TermId>> = {
  urp: 'underReplicated',
  underMinIsr: 'minIsr',
  offline: 'offline',
  isr: 'isr',
}

interface Props {
  chart: ChartData
  domain: readonly [number, number]
  cursorSec: number
}

const termOf = (id: string): TermId | undefined =>
  TERM[id] ?? (id.startsWith('lag') ? 'lag' : undefined)

export function formatValue(v: number, integer: boolean): string {
  if (integer) return localeNumber(Math.round(v))
  return v < 10 ? v.toFixed(1) : localeNumber(Math.round(v))
}

/** One small multiple: Kafka's metric name, a plain subtitle, the lines, and the value now. */
export function Chart({ chart, domain, cursorSec }: Props) {
  const t = useT()
  const [ref, width] = useWidth<HTMLDivElement>()
  const box: ChartBox = useMemo(
    () => ({ width: Math.max(220, width), height: HEIGHT, margin: MARGIN }),
    [width],
  )
  const g = useMemo(() => {
    const x = xScale(domain, box)
    const series = chart.series.map((s) => ({
      ...s,
      points: decimate(pointsFrom(s.points, domain[0]), Math.max(90, Math.round(box.width))),
    }))
    const y = yScale(maxOf(series), box, chart.integer)
    return {
      x,
      y,
      xTicks: ticksOf(x, box.width > 420 ? 6 : 4),
      yTicks: ticksOf(y, 3, chart.integer),
      paths: series.map((s) => ({ s, d: linePath(s.points, x, y, chart.step) })),
    }
  }, [chart, domain, box])
  const label = (s: Series) => ('key' in s.label ? t(s.label.key) : s.label.text)
  const now = chart.series.map((s) => ({ s, v: s.points[s.points.length - 1]?.v ?? 0 }))
  const alarm = chart.alarm && now.some((n) => n.v > 0)
  const unit = t(chart.unit)
  const cursorX = g.x(cursorSec)
  const { top, bottom, left } = box.margin
  return (
    <figure
      className={`chart${alarm ? ' chart-alarm' : ''}`}
      data-testid={`chart-${chart.id}`}
      aria-labelledby={`chart-${chart.id}-title`}
    >
      <figcaption>
        <h3 id={`chart-${chart.id}-title`} className="chart-title">
          {alarm ? <span aria-hidden="true">⚠ </span> : null}
          {termOf(chart.id) === undefined ? (
            chart.title
          ) : (
            <Term id={termOf(chart.id) as TermId}>{chart.title}</Term>
          )}
        </h3>
        {chart.source !== null ? <p className="chart-source">{chart.source}</p> : null}
        <p className="chart-sub">{t(chart.subtitle)}</p>
      </figcaption>
      <ul className="chart-legend">
        {now.map(({ s, v }) => (
          <li key={s.id} data-testid={`chart-${chart.id}-${s.id}`} data-value={v}>
            <svg width="26" height="10" aria-hidden="true">
              <line
                x1="1"
                x2="25"
                y1="5"
                y2="5"
                stroke={s.color}
                strokeWidth="3"
                strokeDasharray={s.dashed ? '5 3' : undefined}
              />
            </svg>
            <span className="chart-legend-label">{label(s)}</span>
            <strong className="chart-value">{formatValue(v, chart.integer)}</strong>
          </li>
        ))}
        <li className="chart-unit">{unit}</li>
      </ul>
      <div ref={ref} className="chart-plot">
        <svg
          width={box.width}
          height={box.height}
          role="img"
          aria-label={`${chart.title}: ${now.map(({ s, v }) => `${label(s)} ${formatValue(v, chart.integer)}`).join(', ')} ${unit}`}
        >
          {g.yTicks.map((tk) => (
            <g key={`y${tk.value}`} transform={`translate(0,${tk.offset})`}>
              <line className="chart-gridline" x1={left} x2={box.width - box.margin.right} />
              <text className="chart-tick" x={left - 6} dy="0.32em" textAnchor="end">
                {formatTick(tk.value)}
              </text>
            </g>
          ))}
          {g.xTicks.map((tk) => (
            <text
              key={`x${tk.value}`}
              className="chart-tick"
              x={tk.offset}
              y={box.height - bottom + 18}
              textAnchor="middle"
            >
              {formatSeconds(tk.value)}
            </text>
          ))}
          <line className="chart-axis" x1={left} x2={left} y1={top} y2={box.height - bottom} />
          {g.paths.map(({ s, d }) => (
            <path
              key={s.id}
              d={d}
              fill="none"
              stroke={s.color}
              strokeWidth={3}
              strokeDasharray={s.dashed ? '7 4' : undefined}
              strokeLinejoin="round"
            />
          ))}
          <line
            className="chart-cursor"
            x1={cursorX}
            x2={cursorX}
            y1={top - 4}
            y2={box.height - bottom}
          />
        </svg>
      </div>
    </figure>
  )
}
