import { useCallback, useEffect, useRef } from 'react'
import { useSimApi } from '../../store/useSim'

const GAP_MS = 80

/**
 * Seeks while the scrubber is dragged: at most one seek per GAP_MS, and always the last position
 * (every seek replays from a checkpoint in the worker, so a flood of them would only queue up).
 */
export function useThrottledSeek(): (tick: number) => void {
  const session = useSimApi()
  const last = useRef(0)
  const pending = useRef<number | null>(null)
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null)
  useEffect(
    () => () => {
      if (timer.current !== null) clearTimeout(timer.current)
    },
    [],
  )
  return useCallback(
    (tick: number) => {
      pending.current = tick
      const fire = () => {
        timer.current = null
        if (pending.current === null) return
        session.send({ type: 'seek', tick: pending.current })
        pending.current = null
        last.current = performance.now()
      }
      if (timer.current !== null) return
      const wait = last.current + GAP_MS - performance.now()
      if (wait <= 0) fire()
      else timer.current = setTimeout(fire, wait)
    },
    [session],
  )
}
