import { LazyMotion } from 'motion/react'
import type { ReactNode } from 'react'

const load = () => import('./features').then((m) => m.default)

/**
 * Gives the page motion's features, loaded after the first paint. Components use `m.*` (not
 * `motion.*`, which would bundle everything up front; `strict` makes that an error).
 */
export function MotionFeatures({ children }: { children: ReactNode }) {
  return (
    <LazyMotion features={load} strict>
      {children}
    </LazyMotion>
  )
}
