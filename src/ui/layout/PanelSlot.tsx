// A slot for one panel of the layout (display: contents, so the grid is unchanged). It watches
// whether the panel is in the viewport and tells the panel's components through PanelVisibility
// (store/visibility.ts), so an off-screen panel re-renders every 2 s (less often when that is
// costly: layout/offscreenRefresh.ts) instead of every frame while the simulation plays, and at
// once for each change while it is paused.
// `deferred` panels (every panel that starts below the fold) load their code only after the first
// paint: as soon as they scroll into view, or a moment after the simulation's first frame is on
// screen, so the first load fetches only what the first screen needs.

import {
  type ComponentType,
  type ReactNode,
  type Ref,
  useEffect,
  useRef,
  useState,
  useSyncExternalStore,
} from 'react'
import { flushSync } from 'react-dom'
import { loadDeferredText } from '../i18n/catalog'
import { selectReady } from '../store/selectors'
import { useSimApi } from '../store/useSim'
import { PanelVisibility, VisibilityStore } from '../store/visibility'
import { useOffscreenRefresh } from './offscreenRefresh'

/**
 * A panel counts as on screen while any of it is in the viewport: one just below the fold (the
 * partitions table under a 12-broker cluster) would otherwise re-render on every frame unseen.
 * Scrolled into view, it catches up at once (the observer's first report moves its epoch).
 */
const MARGIN = '0px'
/** How long after the simulation's first frame a deferred panel loads anyway. */
const IDLE_LOAD_MS = 1000
/** …or after mounting, when the simulation has not started (a resume offer waits for an answer). */
const FALLBACK_LOAD_MS = 4000

export function PanelSlot({ children }: { children: ReactNode }) {
  const ref = useRef<HTMLDivElement>(null)
  const [vis] = useState(() => new VisibilityStore())
  const [offscreen, setOffscreen] = useState(false)
  useEffect(() => {
    const slot = ref.current
    if (slot === null || typeof IntersectionObserver === 'undefined') return
    const io = new IntersectionObserver(
      (entries) => {
        const e = entries[entries.length - 1]
        if (e === undefined) return
        vis.setOffscreen(!e.isIntersecting)
        setOffscreen(!e.isIntersecting)
      },
      { rootMargin: MARGIN },
    )
    // Watch the panel's own element, and the next one when the panel replaces it.
    let observed: Element | null = null
    const watch = () => {
      const el = slot.firstElementChild
      if (el === observed) return
      if (observed !== null) io.unobserve(observed)
      if (el !== null) io.observe(el)
      observed = el
    }
    watch()
    const mo = new MutationObserver(watch)
    mo.observe(slot, { childList: true })
    return () => {
      mo.disconnect()
      io.disconnect()
    }
  }, [vis])
  useOffscreenRefresh(vis, offscreen)
  return (
    <div ref={ref} className="panel-slot">
      <PanelVisibility.Provider value={vis}>{children}</PanelVisibility.Provider>
    </div>
  )
}

/** Stands in for a deferred panel until its code is there. */
function Placeholder({ testId, ref }: { testId: string; ref?: Ref<HTMLElement> }) {
  return (
    <section ref={ref} className="panel panel-placeholder" data-testid={testId} aria-busy="true" />
  )
}

/**
 * A panel whose module loads after the first paint: when its placeholder enters the viewport, or
 * IDLE_LOAD_MS after the simulation's first frame (FALLBACK_LOAD_MS after mounting when it has not
 * started). `testId` is the placeholder's, so the slot has an element to watch.
 *
 * The panel mounts in one synchronous render once its code is there. A default-priority render
 * (what React.lazy's retry would be) is interruptible, and while the simulation plays every frame
 * interrupts it: a big panel (four consumer groups of 144 partitions) would start over and over
 * for seconds before React forced it through.
 */
export function deferredPanel(load: () => Promise<ComponentType>, testId: string): ComponentType {
  let loaded: ComponentType | null = null
  let pending: Promise<ComponentType> | null = null
  const fetchPanel = () => {
    // Its English text comes with it (the first load has the first screen's only).
    pending ??= Promise.all([load(), loadDeferredText()]).then(([C]) => {
      loaded = C
      return C
    })
    return pending
  }
  return function Deferred() {
    const ref = useRef<HTMLElement>(null)
    const [Loaded, setLoaded] = useState<ComponentType | null>(() => loaded)
    const { store } = useSimApi()
    // Not through useSim: an off-screen slot would hand this a value seconds old.
    const simReady = useSyncExternalStore(store.subscribe, () => selectReady(store.getState()))
    useEffect(() => {
      if (Loaded !== null) return
      let live = true
      const go = () => {
        fetchPanel().then(
          (C) => {
            if (live) flushSync(() => setLoaded(() => C))
          },
          (err: unknown) => {
            pending = null
            console.warn('kafkascope: a panel failed to load', err)
          },
        )
      }
      const timer = setTimeout(go, simReady ? IDLE_LOAD_MS : FALLBACK_LOAD_MS)
      const el = ref.current
      // Until the first frame, the panels above are empty and every placeholder is on screen.
      const io =
        !simReady || typeof IntersectionObserver === 'undefined' || el == null
          ? null
          : new IntersectionObserver((es) => es.some((e) => e.isIntersecting) && go())
      if (io !== null && el != null) io.observe(el)
      return () => {
        live = false
        clearTimeout(timer)
        io?.disconnect()
      }
    }, [Loaded, simReady])
    if (Loaded === null) return <Placeholder ref={ref} testId={`${testId}-loading`} />
    return <Loaded />
  }
}
