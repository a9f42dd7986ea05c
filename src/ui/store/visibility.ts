// Whether the panel a component sits in is on screen. A panel far off screen (below the fold, or
// scrolled away) need not re-render for every frame: useSim hands its components the value they
// had, refreshed once a second (`epoch` moves on), and at once when the panel comes into view.
// Outside a panel slot (null) nothing is throttled.
//
// The context holds one object per slot for the slot's lifetime: a change of visibility notifies
// useSim's subscriptions, so only components whose selected value differs re-render (memoised
// rows and chips of an off-screen panel stay as they are), never the whole panel.

import { createContext } from 'react'

export interface PanelVisibilityState {
  readonly offscreen: boolean
  /** Bumped when visibility changes and, while off screen, once a second. */
  readonly epoch: number
}

export interface PanelVisibilityStore {
  get(): PanelVisibilityState
  subscribe(listener: () => void): () => void
}

export class VisibilityStore implements PanelVisibilityStore {
  private state: PanelVisibilityState = { offscreen: false, epoch: 0 }
  private readonly listeners = new Set<() => void>()

  get = (): PanelVisibilityState => this.state

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
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
