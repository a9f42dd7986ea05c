// Page-only state: language, theme, the partition in focus, highlights, notices and dialogs.

import type { StateCreator } from 'zustand/vanilla'
import type { Lang, MessageKey } from '../i18n/catalog'
import type { SimStore } from './types'

export type Theme = 'light' | 'dark'

export interface Notice {
  readonly id: number
  readonly kind: 'info' | 'warning' | 'error'
  readonly key: MessageKey
  readonly params?: Readonly<Record<string, string | number>>
}

export interface Highlight {
  readonly ids: readonly string[]
  readonly token: number
}

export type ConfirmKind = 'fork' | 'newRun'

export interface UiSlice {
  lang: Lang
  theme: Theme
  selectedPartition: string | null
  highlight: Highlight | null
  notices: readonly Notice[]
  /** A fatal error reported by the simulation (shown with a "Restart simulation" button). */
  workerError: string | null
  /**
   * A pending question; answerConfirm resolves it. "fork": this changes history (a command in the
   * past); "newRun": this replaces the run the user built (another scenario).
   */
  confirm: { readonly kind: ConfirmKind; readonly resolve: (ok: boolean) => void } | null
  shortcutsOpen: boolean
  setLang(lang: Lang): void
  setTheme(theme: Theme): void
  selectPartition(key: string | null): void
  /** Highlights elements by test id for `ms` milliseconds. */
  highlightIds(ids: readonly string[], ms?: number): void
  clearHighlight(): void
  addNotice(n: Omit<Notice, 'id'>): void
  dismissNotice(id: number): void
  setWorkerError(message: string | null): void
  askConfirm(kind?: ConfirmKind): Promise<boolean>
  answerConfirm(ok: boolean): void
  setShortcutsOpen(open: boolean): void
}

let nextId = 1

export const createUiSlice =
  (lang: Lang): StateCreator<SimStore, [], [], UiSlice> =>
  (set, get) => ({
    lang,
    theme: 'light',
    selectedPartition: null,
    highlight: null,
    notices: [],
    workerError: null,
    confirm: null,
    shortcutsOpen: false,
    setLang: (l) => set({ lang: l }),
    setTheme: (theme) => set({ theme }),
    selectPartition: (key) => set({ selectedPartition: key }),
    highlightIds(ids, ms = 4000) {
      const token = nextId++
      set({ highlight: { ids: [...ids], token } })
      setTimeout(() => {
        if (get().highlight?.token === token) set({ highlight: null })
      }, ms)
    },
    clearHighlight: () => set({ highlight: null }),
    addNotice(n) {
      const dup = get().notices.some(
        (o) => o.key === n.key && JSON.stringify(o.params) === JSON.stringify(n.params),
      )
      if (!dup) set({ notices: [...get().notices, { ...n, id: nextId++ }] })
    },
    dismissNotice: (id) => set({ notices: get().notices.filter((n) => n.id !== id) }),
    setWorkerError: (workerError) => set({ workerError }),
    askConfirm(kind = 'fork') {
      get().confirm?.resolve(false)
      return new Promise<boolean>((resolve) => set({ confirm: { kind, resolve } }))
    },
    answerConfirm(ok) {
      const c = get().confirm
      set({ confirm: null })
      c?.resolve(ok)
    },
    setShortcutsOpen: (shortcutsOpen) => set({ shortcutsOpen }),
  })
