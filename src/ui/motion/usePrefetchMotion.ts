// motion's features chunk (features.ts) is not part of the first load. The partition log fetches
// it when it mounts, and the first animation would otherwise fetch it itself (a broker card dimming
// when it dies, a leader star sliding): if the chunk were still on the wire then, the change would
// show at once and then replay as the animation starts. So it is fetched a moment after the
// simulation's first frame, as the deferred panels are (layout/PanelSlot.tsx), whatever panels are
// shown; not at all when the system asks for reduced motion (nothing animates then).

import { useEffect } from 'react'
import { selectReady } from '../store/selectors'
import { useSim } from '../store/useSim'
import { useMotionOk } from './useMotionOk'

const PREFETCH_MS = 1000

export function usePrefetchMotion(): void {
  const ready = useSim(selectReady)
  const motionOk = useMotionOk()
  useEffect(() => {
    if (!ready || !motionOk) return
    // A failed fetch is retried by the first animation that needs the chunk.
    const timer = setTimeout(() => import('./features').catch(() => {}), PREFETCH_MS)
    return () => clearTimeout(timer)
  }, [ready, motionOk])
}
