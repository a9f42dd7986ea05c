import { useCallback, useId, useRef } from 'react'
import { useShallow } from 'zustand/react/shallow'
import type { BrokerStatus } from '../../../engine/model'
import { useT } from '../../i18n/useT'
import { BRIGHT_FILTER, BROKER_BRIGHTEN, BROKER_DIM, DIMMED_FILTER } from '../../motion/transitions'
import { type ChangeAnimation, useChangeAnimation } from '../../motion/useChangeAnimation'
import { selectBroker, selectHighlighted } from '../../store/selectors'
import { useSim } from '../../store/useSim'
import { useAnchorRef } from './anchors'
import { BrokerActions } from './BrokerActions'
import { BrokerBadges } from './BrokerBadges'
import { BrokerMenu } from './BrokerMenu'
import { brokerTone } from './brokerBadges'
import { selectBrokerReplicaKeys } from './clusterSelectors'
import type { Density } from './layout'
import { ReplicaList } from './ReplicaList'

/** Dying greys the card out quickly; coming back brightens it a little more slowly. */
function dimAnimation(before: BrokerStatus, after: BrokerStatus): ChangeAnimation | null {
  if (after === 'offline')
    return { keyframes: { filter: [BRIGHT_FILTER, DIMMED_FILTER] }, transition: BROKER_DIM }
  if (before === 'offline')
    return { keyframes: { filter: [DIMMED_FILTER, BRIGHT_FILTER] }, transition: BROKER_BRIGHTEN }
  return null
}

interface Props {
  id: number
  density: Density
}

/** A broker: status, controller badge, its replicas, Kill/Restart and the "More" menu. */
export function BrokerCard({ id, density }: Props) {
  const t = useT()
  const broker = useSim(selectBroker(id))
  const replicaKeys = useSim(useShallow(selectBrokerReplicaKeys(id)))
  const highlighted = useSim(selectHighlighted(`broker-${id}`))
  const anchorRef = useAnchorRef(`broker-${id}`)
  const bodyRef = useRef<HTMLDivElement>(null)
  const headingId = useId()
  const status = broker?.status ?? 'online'
  useChangeAnimation(bodyRef, status, dimAnimation)
  const cardRef = useCallback((el: HTMLElement | null) => anchorRef?.(el), [anchorRef])
  if (broker === undefined) return null
  return (
    <article
      ref={cardRef}
      className={`broker broker-${status} tone-${brokerTone(broker)} density-${density}${highlighted ? ' highlighted' : ''}`}
      data-testid={`broker-${id}`}
      data-status={status}
      data-controller={broker.controller ? 'true' : 'false'}
      data-fenced={broker.fenced ? 'true' : 'false'}
      data-slow-ms={broker.slowMs}
      aria-labelledby={headingId}
    >
      <header className="broker-head">
        <h3 id={headingId}>{t('broker.name', { id })}</h3>
        <BrokerMenu broker={broker} />
      </header>
      <BrokerBadges broker={broker} />
      <div className="broker-body" ref={bodyRef}>
        <ReplicaList replicaKeys={replicaKeys} density={density} />
      </div>
      <BrokerActions broker={broker} />
    </article>
  )
}
