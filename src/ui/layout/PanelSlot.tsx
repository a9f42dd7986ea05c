// A slot for one panel of the layout (display: contents, so the grid is unchanged). It watches
// whether the panel is near the viewport and tells the panel's components through PanelVisibility
// (store/visibility.ts), so an off-screen panel re-renders once a second instead of every frame.
// `deferred` panels also load their code only after the first paint: when they come near the
// viewport or the page has been idle for a moment, so the first load fetches less JavaScript.

import {
  type ComponentType,
  type LazyExoticComponent,
  lazy,
  type ReactNode,
  type Ref,
  Suspense,
  useEffect,
  useRef,
  useState,
} from 'react'
import { PanelVisibility, type PanelVisibilityState } from '../store/visibility'

const MARGIN = '300px 0px'
const REFRESH_MS = 1000
const IDLE_LOAD_MS = 1500

export function PanelSlot({ children }: { children: ReactNode }) {
  const ref = useRef<HTMLDivElement>(null)
  const [vis, setVis] = useState<PanelVisibilityState>({ offscreen: false, epoch: 0 })
  useEffect(() => {
    const slot = ref.current
    if (slot === null || typeof IntersectionObserver === 'undefined') return
    const io = new IntersectionObserver(
      (entries) => {
        const e = entries[entries.length - 1]
        if (e === undefined) return
        const offscreen = !e.isIntersecting
        setVis((v) => (v.offscreen === offscreen ? v : { offscreen, epoch: v.epoch + 1 }))
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
  }, [])
  useEffect(() => {
    if (!vis.offscreen) return
    const t = setInterval(() => setVis((v) => ({ ...v, epoch: v.epoch + 1 })), REFRESH_MS)
    return () => clearInterval(t)
  }, [vis.offscreen])
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
 * A panel whose module loads after the first paint (near the viewport, or once the page has been
 * idle for a moment). `testId` is the placeholder's, so the slot has an element to watch.
 */
export function deferredPanel(load: () => Promise<ComponentType>, testId: string): ComponentType {
  let Lazy: LazyExoticComponent<ComponentType> | null = null
  const get = () => {
    Lazy ??= lazy(async () => ({ default: await load() }))
    return Lazy
  }
  return function Deferred() {
    const ref = useRef<HTMLElement>(null)
    const [ready, setReady] = useState(false)
    useEffect(() => {
      if (ready) return
      const go = () => setReady(true)
      const timer = setTimeout(go, IDLE_LOAD_MS)
      const el = ref.current
      const io =
        typeof IntersectionObserver === 'undefined' || el == null
          ? null
          : new IntersectionObserver((es) => es.some((e) => e.isIntersecting) && go(), {
              rootMargin: MARGIN,
            })
      if (io !== null && el != null) io.observe(el)
      return () => {
        clearTimeout(timer)
        io?.disconnect()
      }
    }, [ready])
    if (!ready) return <Placeholder ref={ref} testId={`${testId}-loading`} />
    const P = get()
    return (
      <Suspense fallback={<Placeholder testId={`${testId}-loading`} />}>
        <P />
      </Suspense>
    )
  }
}
