import { type ReactNode, useState } from 'react'
import { useT } from '../../i18n/useT'
import { AnchorContext, createAnchorRegistry } from './anchors'
import { Icon } from './icons'
import type { Density } from './layout'
import { NetworkOverlay } from './NetworkOverlay'
import './network.css'

interface Props {
  density: Density
  showEmpty: boolean
  children: ReactNode
}

/**
 * The producer lane, the broker grid and the network overlay on top of both. Cards register
 * themselves as anchors (AnchorContext); produce requests drop from the lane straight into their
 * leader's card and acks rise back, so they never cross another card of the first row.
 */
export function NetworkStage({ density, showEmpty, children }: Props) {
  const t = useT()
  const [registry] = useState(createAnchorRegistry)
  return (
    <AnchorContext.Provider value={registry}>
      <div className={`net-stage density-${density}`} ref={registry.stageRef}>
        <div className="producer-lane" ref={registry.ref('producer')}>
          <span className="producer-name">
            <Icon name="producer" /> {t('cluster.producer')}
          </span>
          <span className="lane-hint">{t('cluster.producerTitle')}</span>
        </div>
        <div className="broker-grid">{children}</div>
        <NetworkOverlay registry={registry} density={density} showEmpty={showEmpty} />
      </div>
    </AnchorContext.Provider>
  )
}
