// Whether the panel a component sits in is on screen. A panel far off screen (below the fold, or
// scrolled away) need not re-render for every frame: useSim hands its components the value they
// had, refreshed every 2–10 s (`epoch` moves on), and at once when the panel comes into view.
// Outside a panel slot (null) nothing is throttled.
//
// The context holds one object per slot for the slot's lifetime: a change of visibility notifies
// useSim's subscriptions, so only components whose selected value differs re-render (memoised
// rows and chips of an off-screen panel stay as they are), never the whole panel.
//
// It also stands between the store and the slot's components (subscribeSim): the slot holds one
// store subscription and passes store changes on only while on screen. Off screen a component
// shows the value it had until the epoch moves anyway, so the hundreds of subscriptions of an
// off-screen panel (a stress run's consumer groups) are not each called on every frame.

import { createContext } from 'react'

export interface PanelVisibilityState {
  readonly offscreen: boolean
  /** Bumped when visibility changes and, while off screen, every 2–10 s (layout/PanelSlot.tsx). */
  readonly epoch: number
}

/** What a slot needs of the page store: its subscription. */
export interface Subscribable {
  subscribe(listener: () => void): () => void
}

export interface PanelVisibilityStore {
  get(): PanelVisibilityState
  subscribe(listener: () => void): () => void
  /**
   * Calls `listener` on every change of `store` while on screen, and whenever the visibility or
   * the epoch changes (one subscription for both).
   */
  subscribeSim?(store: Subscribable, listener: () => void): () => void
}

export class VisibilityStore implements PanelVisibilityStore {
  private state: PanelVisibilityState = { offscreen: false, epoch: 0 }
  private readonly listeners = new Set<() => void>()

  get = (): PanelVisibilityState => this.state

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  private readonly simListeners = new Set<() => void>()
  private sim: { store: Subscribable; off: () => void } | null = null

  subscribeSim(store: Subscribable, listener: () => void): () => void {
    // One store per provider, so one per slot; another one (never in the app) is not gated.
    if (this.sim !== null && this.sim.store !== store) {
      const offStore = store.subscribe(listener)
      const offVis = this.subscribe(listener)
      return () => {
        offStore()
        offVis()
      }
    }
    this.sim ??= { store, off: store.subscribe(this.storeChanged) }
    this.simListeners.add(listener)
    this.listeners.add(listener)
    return () => {
      this.simListeners.delete(listener)
      this.listeners.delete(listener)
      if (this.simListeners.size === 0 && this.sim !== null) {
        this.sim.off()
        this.sim = null
      }
    }
  }

  private readonly storeChanged = (): void => {
    if (this.state.offscreen) return
    for (const l of this.simListeners) l()
  }

  /** On or off screen (a change moves the epoch, so components catch up at once). */
  setOffscreen(offscreen: boolean): void {
    if (this.state.offscreen === offscreen) return
    this.update({ offscreen, epoch: this.state.epoch + 1 })
  }

  /** The once-a-second refresh of an off-screen panel. */
  tick(): void {
    this.update({ ...this.state, epoch: this.state.epoch + 1 })
  }

  private update(next: PanelVisibilityState): void {
    this.state = next
    for (const l of this.listeners) l()
  }
}

export const PanelVisibility = createContext<PanelVisibilityStore | null>(null)
