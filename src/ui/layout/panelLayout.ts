// Which panels the page shows and in what order (for presentations): the ids, reading
// `?panels=cluster,partition-view,event-log`, remembering a choice in localStorage, and turning an
// order into rows. Pure apart from the two storage helpers; App.tsx renders the rows.

export const PANEL_IDS = [
  'timeline',
  'counters',
  'cluster',
  'partitions',
  'partition-view',
  'produce',
  'event-log',
  'groups',
  'metrics',
  'cli-topics',
  'cli-groups',
  'config',
] as const

export type PanelId = (typeof PANEL_IDS)[number]

/** main: the wide left column; side: the narrow right column; wide: a row of its own. */
type Kind = 'main' | 'side' | 'wide'

const KIND: Readonly<Record<PanelId, Kind>> = {
  timeline: 'main',
  counters: 'side',
  cluster: 'main',
  partitions: 'main',
  'partition-view': 'main',
  produce: 'side',
  'event-log': 'side',
  groups: 'wide',
  metrics: 'wide',
  'cli-topics': 'wide',
  'cli-groups': 'wide',
  config: 'wide',
}

export interface PanelLayout {
  /** Every panel id once, in display order. */
  readonly order: readonly PanelId[]
  readonly hidden: readonly PanelId[]
}

export const DEFAULT_LAYOUT: PanelLayout = { order: PANEL_IDS, hidden: [] }

export const isPanelId = (v: unknown): v is PanelId =>
  typeof v === 'string' && (PANEL_IDS as readonly string[]).includes(v)

/** The layout showing exactly `shown`, in that order (the others hidden, after them). */
export function layoutShowing(shown: readonly PanelId[]): PanelLayout {
  const unique = [...new Set(shown)]
  const rest = PANEL_IDS.filter((p) => !unique.includes(p))
  return { order: [...unique, ...rest], hidden: rest }
}

/** The visible panels in order. */
export function visiblePanels(l: PanelLayout): PanelId[] {
  return l.order.filter((p) => !l.hidden.includes(p))
}

/** Parses `?panels=` : the ids, or the names that are not panels. */
export function parsePanelsParam(
  raw: string,
): { ok: true; panels: PanelId[] } | { ok: false; bad: string[] } {
  const names = raw
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '')
  const bad = names.filter((n) => !isPanelId(n))
  if (names.length === 0) return { ok: false, bad: [raw] }
  if (bad.length > 0) return { ok: false, bad }
  return { ok: true, panels: names as PanelId[] }
}

/** A stored or hand-made layout made whole: unknown ids dropped, missing ones appended. */
export function normalizeLayout(v: unknown): PanelLayout | null {
  if (typeof v !== 'object' || v === null) return null
  const { order, hidden } = v as { order?: unknown; hidden?: unknown }
  if (!Array.isArray(order) || !Array.isArray(hidden)) return null
  const known = [...new Set(order.filter(isPanelId))]
  return {
    order: [...known, ...PANEL_IDS.filter((p) => !known.includes(p))],
    hidden: [...new Set(hidden.filter(isPanelId))],
  }
}

export function setHidden(l: PanelLayout, id: PanelId, hidden: boolean): PanelLayout {
  const rest = l.hidden.filter((p) => p !== id)
  return { order: l.order, hidden: hidden ? [...rest, id] : rest }
}

/** Moves a panel one place up (-1) or down (+1) among the visible panels. */
export function movePanel(l: PanelLayout, id: PanelId, dir: -1 | 1): PanelLayout {
  const shown = visiblePanels(l)
  const i = shown.indexOf(id)
  const j = i + dir
  if (i < 0 || j < 0 || j >= shown.length) return l
  const other = shown[j] as PanelId
  const order = l.order.map((p) => (p === id ? other : p === other ? id : p))
  return { order, hidden: l.hidden }
}

export type Row =
  | { readonly kind: 'full'; readonly id: PanelId }
  | {
      readonly kind: 'split'
      readonly main: readonly PanelId[]
      readonly side: readonly PanelId[]
      /** The side column only holds the record counters: it takes only the room it needs. */
      readonly narrow: boolean
    }

/**
 * Rows of the page: a run of main panels followed by side panels shares a row (main on the left,
 * side on the right); a wide panel, or a run with only one kind, is a row of its own. The default
 * order gives the usual page: timeline | counters, then cluster, partitions, log | produce, events.
 */
export function layoutRows(shown: readonly PanelId[]): Row[] {
  const rows: Row[] = []
  let main: PanelId[] = []
  let side: PanelId[] = []
  const flush = () => {
    if (main.length > 0 && side.length > 0)
      rows.push({ kind: 'split', main, side, narrow: side.length === 1 && side[0] === 'counters' })
    else for (const id of [...main, ...side]) rows.push({ kind: 'full', id })
    main = []
    side = []
  }
  for (const id of shown) {
    const kind = KIND[id]
    if (kind === 'wide') {
      flush()
      rows.push({ kind: 'full', id })
    } else if (kind === 'main') {
      if (side.length > 0) flush()
      main.push(id)
    } else side.push(id)
  }
  flush()
  return rows
}

export const PANELS_STORAGE_KEY = 'kafkascope.panels'

export function rememberedLayout(): PanelLayout | null {
  try {
    const raw = localStorage.getItem(PANELS_STORAGE_KEY)
    return raw === null ? null : normalizeLayout(JSON.parse(raw))
  } catch {
    return null
  }
}

export function rememberLayout(l: PanelLayout): void {
  try {
    localStorage.setItem(PANELS_STORAGE_KEY, JSON.stringify(l))
  } catch {
    // storage may be unavailable (private mode); the choice then lasts for this page only
  }
}
