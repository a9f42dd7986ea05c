import { useId, useState } from 'react'
import { Panel } from '../../components/Panel'
import { Term } from '../../components/Term'
import { useT } from '../../i18n/useT'
import { MotionFeatures } from '../../motion/MotionFeatures'
import { useSim } from '../../store/useSim'
import { Caption } from './Caption'
import { LogSvg } from './LogSvg'
import { windowSize } from './layout'
import { PvLegend } from './PvLegend'
import { selectShownPartition } from './select'
import { useElementWidth } from './useElementWidth'
import { useFocusSync } from './useFocusSync'
import { useTruncations } from './useTruncations'
import { WindowControls } from './WindowControls'

/**
 * The main teaching view: the log of one partition on each of its replicas, with LEO, HW, fetches
 * and truncations, for the partition selected in the Partitions table (else the first one).
 */
export function PartitionPanel() {
  const t = useT()
  const partition = useSim(selectShownPartition)
  const [ref, width] = useElementWidth<HTMLDivElement>()
  const { size, cellWidth } = windowSize(width)
  const [win, setWin] = useState<{ partition: string | null; from: number | null }>({
    partition: null,
    from: null,
  })
  const from = win.partition === partition ? win.from : null
  const [showSegments, setShowSegments] = useState(false)
  useFocusSync(partition, from, width > 0 ? size : 0)
  const { ghosts, last } = useTruncations(partition)
  const captionId = useId()
  return (
    <Panel
      title={<Term id="log">{t('pv.title', { partition: partition ?? '—' })}</Term>}
      className="partition-view"
      testId="partition-view"
      actions={
        partition === null ? null : (
          <WindowControls
            partition={partition}
            from={from}
            onFrom={(f) => setWin({ partition, from: f })}
            showSegments={showSegments}
            onSegments={setShowSegments}
          />
        )
      }
    >
      <p className="muted small pv-hint">{t('pv.hint')}</p>
      <div ref={ref} className="pv-canvas">
        {partition === null ? (
          <p className="muted">{t('pv.empty')}</p>
        ) : (
          <MotionFeatures>
            <LogSvg
              partition={partition}
              cellW={cellWidth}
              showSegments={showSegments}
              ghosts={ghosts}
              describedBy={captionId}
            />
          </MotionFeatures>
        )}
      </div>
      {showSegments && <p className="pv-note">{t('pv.segmentsNote')}</p>}
      {partition !== null && <Caption id={captionId} partition={partition} truncation={last} />}
      <PvLegend />
    </Panel>
  )
}
