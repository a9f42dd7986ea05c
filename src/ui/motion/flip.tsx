// Shared-element slides without measuring on every render (FLIP: first, last, invert, play).
// Elements register under an id in a FlipScope (a partition's leader star, a group's partition
// chip); a FlipBoundary around them is told a cheap signature of the layout (who leads which
// partition, which member holds which chip). Only when that signature changes does the boundary
// measure the registered elements before React touches the DOM (getSnapshotBeforeUpdate), and
// again after the commit; an element with the same id that now sits elsewhere (the same element
// moved, or a new one took the id) slides from the old place to the new one, run by motion's
// animate() (loaded with motion's features, features.ts). motion's layout animations would
// instead measure the page after every commit of every chip.

import type { Transition } from 'motion/react'
import {
  Component,
  createContext,
  type ReactNode,
  type RefObject,
  useContext,
  useLayoutEffect,
} from 'react'

type Rects = ReadonlyMap<string, DOMRect>
type Animate = typeof import('./features').animate
interface Stoppable {
  stop(): void
}

let animateFn: Animate | null = null
let loading: Promise<Animate> | null = null
/** motion's animate(), from the features chunk (fetched by the first slide, if nothing did before). */
function loadAnimate(): Promise<Animate> {
  loading ??= import('./features').then((m) => {
    animateFn = m.animate
    return m.animate
  })
  return loading
}

export class FlipScope {
  private readonly items = new Map<string, HTMLElement>()
  private readonly running = new Map<HTMLElement, Stoppable>()

  constructor(readonly transition: Transition) {}

  /** Registers `el` as the element for `id`; returns the unregistration. */
  add(id: string, el: HTMLElement): () => void {
    this.items.set(id, el)
    return () => {
      if (this.items.get(id) === el) this.items.delete(id)
    }
  }

  /** Where every registered element is drawn now (a slide under way included). */
  measure(): Rects {
    const out = new Map<string, DOMRect>()
    for (const [id, el] of this.items) if (el.isConnected) out.set(id, el.getBoundingClientRect())
    return out
  }

  /** After the commit: every element whose id was drawn elsewhere slides from there. */
  play(before: Rects): void {
    for (const [el, a] of this.running) {
      a.stop()
      el.style.removeProperty('transform')
    }
    this.running.clear()
    const moves: [HTMLElement, number, number][] = []
    for (const [id, el] of this.items) {
      const was = before.get(id)
      if (was === undefined || !el.isConnected) continue
      const now = el.getBoundingClientRect()
      const dx = was.left - now.left
      const dy = was.top - now.top
      if (Math.abs(dx) >= 0.5 || Math.abs(dy) >= 0.5) moves.push([el, dx, dy])
    }
    for (const [el, dx, dy] of moves) this.slide(el, dx, dy)
  }

  /** Draws `el` at (dx, dy) from its place at once (no flash), then springs it home. */
  private slide(el: HTMLElement, dx: number, dy: number): void {
    el.style.transform = `translateX(${dx}px) translateY(${dy}px)`
    const clear = () => {
      if (this.running.get(el) !== handle) return
      this.running.delete(el)
      // motion writes the last frame in its own render step, which may come after the promise
      // settles: remove the inline transform now and once more on the next frame.
      const rm = () => {
        if (!this.running.has(el)) el.style.removeProperty('transform')
      }
      rm()
      requestAnimationFrame(rm)
    }
    let controls: Stoppable | null = null
    let stopped = false
    const handle: Stoppable = {
      stop() {
        stopped = true
        controls?.stop()
      },
    }
    this.running.set(el, handle)
    const start = (animate: Animate) => {
      if (stopped) return
      const c = animate(el, { x: [dx, 0], y: [dy, 0] }, this.transition)
      controls = c
      void c.then(clear, clear)
    }
    if (animateFn !== null) start(animateFn)
    else void loadAnimate().then(start, clear)
  }
}

export const FlipContext = createContext<FlipScope | null>(null)

/** Registers the element in `ref` under `id` (null: not a shared element now) in the scope. */
export function useFlipItem(ref: RefObject<HTMLElement | null>, id: string | null): void {
  const scope = useContext(FlipContext)
  useLayoutEffect(() => {
    const el = ref.current
    if (scope === null || id === null || el === null) return
    return scope.add(id, el)
  }, [scope, id, ref])
}

interface BoundaryProps {
  scope: FlipScope
  /** Changes exactly when registered elements may move (a cheap summary of the layout). */
  signature: string
  /** Off: nothing is measured or animated (reduced motion, dense layouts). */
  enabled: boolean
  children: ReactNode
}

/** Measures its scope before a commit that changes `signature`, and plays the slides after it. */
export class FlipBoundary extends Component<BoundaryProps> {
  override getSnapshotBeforeUpdate(prev: Readonly<BoundaryProps>): Rects | null {
    const { enabled, signature, scope } = this.props
    if (!enabled || prev.signature === signature) return null
    return scope.measure()
  }

  override componentDidUpdate(
    _prev: Readonly<BoundaryProps>,
    _state: unknown,
    before: Rects | null,
  ): void {
    if (before !== null) this.props.scope.play(before)
  }

  override render(): ReactNode {
    return (
      <FlipContext.Provider value={this.props.enabled ? this.props.scope : null}>
        {this.props.children}
      </FlipContext.Provider>
    )
  }
}
