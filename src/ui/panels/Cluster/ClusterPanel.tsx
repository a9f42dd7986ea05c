import { type ReactNode, useId, useState } from 'react'
import { useShallow } from 'zustand/react/shallow'
import { Panel } from '../../components/Panel'
import { Term } from '../../components/Term'
import { useT } from '../../i18n/useT'
import { FlipBoundary, FlipScope } from '../../motion/flip'
import { LEADER_SLIDE } from '../../motion/transitions'
import { useMotionOk } from '../../motion/useMotionOk'
import { selectBrokerIds, selectReady } from '../../store/selectors'
import { useSim } from '../../store/useSim'
import { BrokerCard } from './BrokerCard'
import { ClusterLegend } from './ClusterLegend'
import { selectDensity, selectLeaderSignature } from './clusterSelectors'
import { NetworkStage } from './NetworkStage'
import { TopicAdmin } from './TopicAdmin'
import { useRunCommand } from './useRunCommand'

/**
 * Slides a partition's leader star from the old leader's chip to the new one's (FLIP: positions
 * are measured only in the commit where some partition's leader changes).
 */
function LeaderFlip({ enabled, children }: { enabled: boolean; children: ReactNode }) {
  const [scope] = useState(() => new FlipScope(LEADER_SLIDE))
  const signature = useSim((s) => (enabled ? selectLeaderSignature(s) : ''))
  return (
    <FlipBoundary scope={scope} signature={signature} enabled={enabled}>
      {children}
    </FlipBoundary>
  )
}

/** The cluster: one card per broker, messages flying between them, and cluster-wide admin. */
export function ClusterPanel() {
  const t = useT()
  const ready = useSim(selectReady)
  const ids = useSim(useShallow(selectBrokerIds))
  const density = useSim(selectDensity)
  const motionOk = useMotionOk()
  const run = useRunCommand()
  const openWhyFast = useSim((s) => s.setWhyFastOpen)
  const [showEmpty, setShowEmpty] = useState(false)
  const emptyHelpId = useId()
  return (
    <Panel
      title={<Term id="cluster">{t('cluster.title')}</Term>}
      className={`cluster density-${density}`}
      testId="cluster-panel"
      actions={
        <div className="cluster-actions">
          <label className="toggle" title={t('cluster.showEmptyTitle')}>
            <input
              type="checkbox"
              checked={showEmpty}
              aria-describedby={emptyHelpId}
              onChange={(e) => setShowEmpty(e.target.checked)}
            />
            {t('cluster.showEmpty')}
          </label>
          <span id={emptyHelpId} className="sr-only">
            {t('cluster.showEmptyTitle')}
          </span>
          <button type="button" onClick={() => openWhyFast(true)}>
            {t('whyFast.open')}
          </button>
          <button type="button" disabled={!ready} onClick={() => run({ type: 'addBroker' })}>
            + {t('cluster.addBroker')}
          </button>
        </div>
      }
    >
      {ready ? null : <p className="muted">{t('app.loading')}</p>}
      <ClusterLegend density={density} showEmpty={showEmpty} />
      <LeaderFlip enabled={motionOk && density === 'full'}>
        <NetworkStage density={density} showEmpty={showEmpty}>
          {ids.map((id) => (
            <BrokerCard key={id} id={id} density={density} />
          ))}
        </NetworkStage>
      </LeaderFlip>
      <TopicAdmin />
    </Panel>
  )
}
