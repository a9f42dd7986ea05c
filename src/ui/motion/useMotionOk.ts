import { useReducedMotion } from 'motion/react'

/**
 * Whether animations may run: false when the system asks for reduced motion. Components use it
 * to skip layout animations and pulses entirely (the state still changes, just without motion).
 */
export function useMotionOk(): boolean {
  return useReducedMotion() !== true
}
