import { useRef } from 'react'
import { useT } from '../../i18n/useT'
import { useFlipItem } from '../../motion/flip'
import { Icon } from './icons'
import type { ChipMode } from './layout'

interface Props {
  group: string
  partition: string
  mode: ChipMode | 'unowned'
}

/**
 * A partition of the group, drawn once: in its owner's card (in the owner's colour), or in the
 * "no owner" tray. It registers as the partition's shared element in the group's FlipBoundary
 * (GroupStage), which slides it from its old place on reassignment.
 */
export function PartitionChip({ group, partition, mode }: Props) {
  const t = useT()
  const ref = useRef<HTMLLIElement>(null)
  useFlipItem(ref, partition)
  return (
    <li ref={ref} className={`pchip pchip-${mode}`} data-testid={`gchip-${group}-${partition}`}>
      {mode === 'revoking' ? <Icon name="revoking" /> : null}
      {mode === 'orphaned' ? <Icon name="dead" /> : null}
      <span className="pchip-name">{partition}</span>
      {mode === 'revoking' || mode === 'orphaned' ? (
        <span className="sr-only"> ({t(`groups.legend.${mode}`)})</span>
      ) : null}
    </li>
  )
}
