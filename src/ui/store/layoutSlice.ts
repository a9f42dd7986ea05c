// Page-only presentation state: which panels show and in what order, the narration caption, and
// the "What is simplified" dialog. Remembering the layout (localStorage, the URL) is the Panels
// menu's job; this slice only holds the current values.

import type { StateCreator } from 'zustand/vanilla'
import { DEFAULT_LAYOUT, type PanelLayout } from '../layout/panelLayout'
import type { SimStore } from './types'

/** A caption longer than this is cut (it is a subtitle line, not an article). */
export const MAX_NARRATION = 600

export interface LayoutSlice {
  panels: PanelLayout
  /** The caption shown in the narration slot (plain text), or null for none. */
  narration: string | null
  simplifiedOpen: boolean
  /** The "Why is Kafka fast?" dialog. */
  whyFastOpen: boolean
  setPanels(layout: PanelLayout): void
  narrate(text: string | null): void
  setSimplifiedOpen(open: boolean): void
  setWhyFastOpen(open: boolean): void
}

export const createLayoutSlice: StateCreator<SimStore, [], [], LayoutSlice> = (set) => ({
  panels: DEFAULT_LAYOUT,
  narration: null,
  simplifiedOpen: false,
  whyFastOpen: false,
  setPanels: (panels) => set({ panels }),
  narrate(text) {
    const s = text === null || text === undefined ? '' : String(text).trim()
    set({ narration: s === '' ? null : s.slice(0, MAX_NARRATION) })
  },
  setSimplifiedOpen: (simplifiedOpen) => set({ simplifiedOpen }),
  setWhyFastOpen: (whyFastOpen) => set({ whyFastOpen }),
})
