// Whether the panel a component sits in is on screen. A panel far off screen (below the fold, or
// scrolled away) need not re-render for every frame: useSim hands its components the value they
// had, refreshed once a second (`epoch` moves on), and at once when the panel comes into view.
// Outside a panel slot (null) nothing is throttled.

import { createContext } from 'react'

export interface PanelVisibilityState {
  readonly offscreen: boolean
  /** Bumped when visibility changes and, while off screen, once a second. */
  readonly epoch: number
}

export const PanelVisibility = createContext<PanelVisibilityState | null>(null)
