// Shared motion settings for discrete changes (a leader moving, a replica leaving the ISR, a broker
// dying). Continuous things (messages in flight) are never tweened: they are placed by simulated
// time, so pause and scrub stay exact.

import type { Transition } from 'motion/react'

/** The leader star sliding from the old leader's chip to the new one (~0.6 s, no overshoot). */
export const LEADER_SLIDE: Transition = { type: 'spring', stiffness: 260, damping: 30, mass: 0.9 }

/** A partition chip moving between member cards (~0.5 s), never overshooting. */
export const CHIP_SLIDE: Transition = { type: 'spring', stiffness: 210, damping: 28, mass: 1 }

/** A replica chip changing state: a short pop so the eye finds it. */
export const STATE_PULSE: Transition = { duration: 0.5, ease: 'easeOut' }
export const STATE_PULSE_SCALE: number[] = [1, 1.1, 1]

/** A broker going down: the card greys out quickly. */
export const BROKER_DIM: Transition = { duration: 0.35, ease: 'easeIn' }
/** A broker coming back: it brightens a little more slowly. */
export const BROKER_BRIGHTEN: Transition = { duration: 0.6, ease: 'easeOut' }

/** The filter an offline card ends with (cluster.css uses the same value). */
export const DIMMED_FILTER = 'saturate(0.15) brightness(0.96)'
export const BRIGHT_FILTER = 'saturate(1) brightness(1)'

/** Used instead of any of the above when the user asked for reduced motion. */
export const INSTANT: Transition = { duration: 0 }

/** `t` when motion is allowed, else an instant change. */
export function gated(t: Transition, motionOk: boolean): Transition {
  return motionOk ? t : INSTANT
}
