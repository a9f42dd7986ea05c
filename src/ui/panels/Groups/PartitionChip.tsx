import { m } from 'motion/react'
import { useT } from '../../i18n/useT'
import { useMotionOk } from '../../motion/useMotionOk'
import { Icon } from './icons'
import type { ChipMode } from './layout'

/** A partition moving between member cards slides there (~0.5 s), never overshooting. */
const CHIP_SLIDE = { type: 'spring', stiffness: 210, damping: 28, mass: 1 } as const

interface Props {
  group: string
  partition: string
  mode: ChipMode | 'unowned'
}

/**
 * A partition of the group, drawn once: in its owner's card (in the owner's colour), or in the
 * "no owner" tray. The same layoutId in every place makes it slide on reassignment.
 */
export function PartitionChip({ group, partition, mode }: Props) {
  const t = useT()
  const motionOk = useMotionOk()
  return (
    <m.li
      layoutId={motionOk ? `gchip:${group}:${partition}` : undefined}
      layout={motionOk ? 'position' : false}
      transition={CHIP_SLIDE}
      className={`pchip pchip-${mode}`}
      data-testid={`gchip-${group}-${partition}`}
    >
      {mode === 'revoking' ? <Icon name="revoking" /> : null}
      {mode === 'orphaned' ? <Icon name="dead" /> : null}
      <span className="pchip-name">{partition}</span>
      {mode === 'revoking' || mode === 'orphaned' ? (
        <span className="sr-only"> ({t(`groups.legend.${mode}`)})</span>
      ) : null}
    </m.li>
  )
}
