// How an off-screen panel keeps up while it is off screen (layout/PanelSlot.tsx watches whether it
// is): while the simulation plays, a refresh every 2 s or less often, timed so that costly panels
// wait longer; while paused, at once after each change the user made.

import { useEffect, useState } from 'react'
import { flushSync } from 'react-dom'
import { useSim } from '../store/useSim'
import type { VisibilityStore } from '../store/visibility'

/** An off-screen panel refreshes at most this often while the simulation plays… */
const REFRESH_MS = 2000
/** …and, when a refresh is costly, waits this many times its cost before the next one (a panel
 *  that takes 30 ms to re-render refreshes every 6 s), so panels nobody sees take little of the
 *  page's time: in bench-stress, off-screen panels refreshed every second took a third of the
 *  page's script (the partitions table alone 30–40 ms a refresh). */
const REFRESH_COST_FACTOR = 200
/** …but at least this often (what find-in-page or a screen reader meets there is this fresh). */
const MAX_REFRESH_MS = 10_000
/** Spreads the slots' first refreshes over the shortest wait (a step that is prime to it). */
const PHASE_STEP_MS = 173
let slots = 0
const nextPhase = () => (slots++ * PHASE_STEP_MS) % REFRESH_MS

/** The wait before an off-screen panel's next refresh, after one that took `costMs`. */
export const refreshDelay = (costMs: number): number =>
  Math.min(MAX_REFRESH_MS, Math.max(REFRESH_MS, Math.round(costMs * REFRESH_COST_FACTOR)))

/** Refreshes the panel of `vis` while it is off screen (see above). */
export function useOffscreenRefresh(vis: VisibilityStore, offscreen: boolean): void {
  const [phase] = useState(nextPhase)
  useEffect(() => {
    if (!offscreen) return
    // Each slot refreshes at its own phase, so off-screen panels never all
    // re-render in the same frame, and waits in proportion to what its last refresh cost.
    let timer: ReturnType<typeof setTimeout> | undefined
    const bump = () => {
      const t0 = performance.now()
      // rendered now, to time it (in a timer task: nothing else of React's is under way)
      flushSync(() => vis.tick())
      timer = setTimeout(bump, refreshDelay(performance.now() - t0))
    }
    timer = setTimeout(bump, phase)
    return () => clearTimeout(timer)
  }, [offscreen, vis, phase])
  // While paused, every change is one the user asked for (a step, a seek, a command): off-screen
  // panels show it at once too, so nothing on the page is a second behind what was just done.
  // Right after the frame that shows it is painted: they are off screen, and the visible panels
  // (the timeline a seek was made on) should not wait for them.
  const pausedSeq = useSim((s) => (s.playing ? -1 : s.seq))
  useEffect(() => {
    if (pausedSeq < 0) return
    let timer: ReturnType<typeof setTimeout> | undefined
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => {
        if (vis.get().offscreen) vis.tick()
      }, 0)
    })
    return () => {
      cancelAnimationFrame(frame)
      clearTimeout(timer)
    }
  }, [pausedSeq, vis])
}
