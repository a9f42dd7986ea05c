// Keeping the current run across reloads: localStorage['kafkascope.run'] holds the run file
// (runFile.ts) of the page's run log with the cursor, written at most once a second and when the
// page is hidden. A run too big to keep is not written (the last one that fitted stays) and the
// page says so once. On load, main.tsx offers to resume it unless the URL asks for another run.

import type { SimStoreApi } from '../store/createSimStore'
import type { ParsedRun } from './runFile'
import type { RunLog } from './runLog'
import { parseRunText } from './validateRun'

export const RUN_KEY = 'kafkascope.run'
/** About 2 MB of text: well inside the usual 5 MB localStorage quota. */
export const MAX_SAVED_CHARS = 2_000_000
const THROTTLE_MS = 1000

export interface SavedRun extends ParsedRun {
  readonly until: number
  readonly tick: number
  /** When it was written (ms since the epoch; 0 if unknown). */
  readonly savedAt: number
}

/** The saved run, or null (none, unreadable, or not a valid run: then it is removed). */
export function readSavedRun(storage: Storage | null): SavedRun | null {
  let text: string | null = null
  try {
    text = storage?.getItem(RUN_KEY) ?? null
  } catch {
    return null
  }
  if (text === null) return null
  const checked = parseRunText(text)
  if (!checked.ok) {
    forgetSavedRun(storage)
    return null
  }
  const raw = JSON.parse(text) as { savedAt?: unknown }
  const run = checked.run
  const until = run.until ?? run.inputs.reduce((m, i) => Math.max(m, i.tick), 0)
  return {
    ...run,
    until,
    tick: Math.min(run.tick ?? until, until),
    savedAt: typeof raw.savedAt === 'number' ? raw.savedAt : 0,
  }
}

export function forgetSavedRun(storage: Storage | null): void {
  try {
    storage?.removeItem(RUN_KEY)
  } catch {
    // Storage refused (privacy mode): nothing was kept anyway.
  }
}

/** Whether a saved run is worth offering (something was done, or time went by). */
export const worthResuming = (s: SavedRun): boolean => s.inputs.length > 0 || s.until > 0

/**
 * Whether the URL asks for a different run than the saved one: a ?seed or ?scenario that is
 * present and differs. ?lang, ?paused and ?worker do not choose a run.
 */
export function urlAsksForOther(
  search: string,
  effective: { seed: number; scenario: string | null },
  saved: SavedRun,
): boolean {
  const params = new URLSearchParams(search)
  if (params.has('seed') && effective.seed !== saved.seed) return true
  if ((params.get('scenario') ?? '') !== '' && effective.scenario !== saved.scenario) return true
  return false
}

export interface SaverOptions {
  throttleMs?: number
  maxChars?: number
}

/** Writes the run log and cursor to storage, throttled; see the file comment. */
export class RunSaver {
  private timer: ReturnType<typeof setTimeout> | null = null
  private cache: { version: number; json: string } | null = null
  private warned = false
  private savedTick = 0
  private readonly stops: (() => void)[] = []
  private readonly throttleMs: number
  private readonly maxChars: number

  constructor(
    private readonly log: RunLog,
    private readonly store: SimStoreApi,
    private readonly storage: Storage,
    opts: SaverOptions = {},
  ) {
    this.throttleMs = opts.throttleMs ?? THROTTLE_MS
    this.maxChars = opts.maxChars ?? MAX_SAVED_CHARS
  }

  start(): void {
    if (this.stops.length > 0) return
    const schedule = () => this.schedule()
    this.stops.push(this.log.subscribe(schedule))
    this.stops.push(
      this.store.subscribe((s, prev) => {
        if (s.tick !== prev.tick || s.head !== prev.head || s.view !== prev.view) schedule()
      }),
    )
    const onHide = () => {
      if (document.visibilityState === 'hidden') this.flush()
    }
    const onPageHide = () => this.flush()
    if (typeof window !== 'undefined') {
      window.addEventListener('pagehide', onPageHide)
      document.addEventListener('visibilitychange', onHide)
      this.stops.push(() => {
        window.removeEventListener('pagehide', onPageHide)
        document.removeEventListener('visibilitychange', onHide)
      })
    }
  }

  stop(): void {
    this.flush()
    for (const s of this.stops.splice(0)) s()
  }

  private schedule(): void {
    if (this.timer === null) this.timer = setTimeout(() => this.flush(), this.throttleMs)
  }

  /** Writes now (when there is a run and a view to go with it). */
  flush(): void {
    if (this.timer !== null) clearTimeout(this.timer)
    this.timer = null
    const run = this.log.run()
    const s = this.store.getState()
    if (run === null || s.view === null) return
    if (this.cache?.version !== this.log.version)
      this.cache = { version: this.log.version, json: JSON.stringify(run.inputs) }
    const head = {
      app: 'kafkascope',
      version: 1,
      seed: run.seed,
      config: run.config,
      scenario: this.log.scenario,
      until: s.head,
      tick: s.tick,
      savedAt: Date.now(),
    }
    const text = `${JSON.stringify(head).slice(0, -1)},"inputs":${this.cache.json}}`
    if (text.length > this.maxChars) {
      this.tooBig(text.length)
      return
    }
    try {
      this.storage.setItem(RUN_KEY, text)
      this.savedTick = s.head
      this.warned = false
    } catch {
      this.tooBig(text.length)
    }
  }

  private tooBig(size: number): void {
    if (this.warned) return
    this.warned = true
    const mb = (n: number) => (n / 1_000_000).toFixed(1)
    this.store.getState().addNotice({
      kind: 'warning',
      key: 'runs.tooBig',
      params: { size: mb(size), max: mb(this.maxChars), s: (this.savedTick / 1000).toFixed(1) },
    })
  }
}
