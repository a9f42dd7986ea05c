import { useMemo, useState } from 'react'
import { Panel } from '../../components/Panel'
import type { MessageKey } from '../../i18n/catalog'
import { useT } from '../../i18n/useT'
import { selectViewTick } from '../../store/selectors'
import { useSim } from '../../store/useSim'
import { Chart } from './Chart'
import { samplesIn, timeDomain, ZOOMS, type Zoom } from './layout'
import { buildCharts, RATE_WINDOW } from './series'
import './metrics.css'

const ZOOM_LABEL: Readonly<Record<string, MessageKey>> = {
  '60': 'metrics.zoom.60',
  '300': 'metrics.zoom.300',
  all: 'metrics.zoom.all',
}

/** Kafka's broker and client metrics over simulated time, as small multiples with a cursor. */
export function MetricsPanel() {
  const t = useT()
  const history = useSim((s) => s.metricsHistory)
  const tick = useSim(selectViewTick)
  const [zoom, setZoom] = useState<Zoom>(60)
  const cursorSec = tick / 1000
  const firstSec = (history.samples[0]?.tick ?? 0) / 1000
  const domain = useMemo(() => timeDomain(cursorSec, zoom, firstSec), [cursorSec, zoom, firstSec])
  // Rates look back RATE_WINDOW samples: take that many before the window too.
  const visible = samplesIn(history.samples, domain, RATE_WINDOW)
  const charts = useMemo(() => buildCharts(visible), [visible])
  const zoomButtons = (
    <fieldset className="segmented" aria-label={t('metrics.zoom')}>
      {ZOOMS.map((z) => (
        <button key={String(z)} type="button" aria-pressed={zoom === z} onClick={() => setZoom(z)}>
          {t(ZOOM_LABEL[String(z)] as MessageKey)}
        </button>
      ))}
    </fieldset>
  )
  return (
    <Panel
      title={t('metrics.chartsTitle')}
      actions={zoomButtons}
      className="metrics-panel"
      testId="metrics-panel"
    >
      <p className="metrics-hint">{t('metrics.hint')}</p>
      <div className="chart-grid">
        {charts.map((c) => (
          <Chart key={c.id} chart={c} domain={domain} cursorSec={cursorSec} />
        ))}
      </div>
    </Panel>
  )
}
