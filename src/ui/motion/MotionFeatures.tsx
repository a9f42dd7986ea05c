import { LazyMotion } from 'motion/react'
import type { ReactNode } from 'react'

const load = () => import('./features').then((m) => m.default)

/**
 * Gives motion's features to the `m.*` components inside, loading them when it mounts. It wraps
 * only the views that use `m.*` (the partition log's struck-out cells), not the whole page:
 * LazyMotion itself pulls in motion's VisualElement, so at the root it would put ~35 KB (gzip) of
 * motion on the first load, which draws no `m.*` component. Components use `m.*` (not
 * `motion.*`, which would bundle everything up front; `strict` makes that an error).
 */
export function MotionFeatures({ children }: { children: ReactNode }) {
  return (
    <LazyMotion features={load} strict>
      {children}
    </LazyMotion>
  )
}
