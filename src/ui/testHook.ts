// window.kafkascope: the handle end-to-end tests (and curious teachers, from the console) use to
// read and drive the simulation. Present in every build; it only calls the public session API.

import type { Command, CommandResult } from '../engine/commands'
import type { Run } from '../engine/timeline'
import type { SimView } from '../engine/view'
import type { SimSession } from './bridge/session'

export interface KafkascopeApi {
  /**
   * The latest view the worker sent (null before the first frame). While playing, its numbers
   * refresh about 15 times a second and its clock and messages with every frame (SLOW_VIEW_MS).
   */
  state(): SimView | null
  /** Applies a command now; resolves with the engine's result once the frame after it arrived. */
  dispatch(command: Command): Promise<CommandResult>
  /** Advances the simulated clock by `ms`; resolves once the resulting frame is in the store. */
  advance(ms: number): Promise<void>
  /** Moves the cursor to `tick`; resolves once a frame at that tick is in the store. */
  seek(tick: number): Promise<void>
  /** The run so far: seed, config and every input (a replayable bug report). */
  run(): Promise<Run | undefined>
  /**
   * Highlights elements by id for `ms` (4000) milliseconds: data-testid values such as broker-2,
   * replica-orders-0-1, pv-hw, member-<group>-<client>, partition-orders-0, event-<index> or
   * event-<type>. A new call replaces the previous highlight; an empty list clears it.
   */
  highlight(ids: readonly string[], ms?: number): void
  /** Shows `text` in the narration slot as plain text (never HTML); null or '' clears it. */
  narrate(text: string | null): void
}

declare global {
  interface Window {
    kafkascope?: KafkascopeApi
  }
}

/**
 * Installs window.kafkascope once the first view is in the store, so a test that waits for the
 * hook can read the state straight away.
 */
export function installTestHook(session: SimSession): () => void {
  const api: KafkascopeApi = {
    state: () => session.store.getState().latest,
    dispatch: (command) => session.command(command, true),
    advance: (ms) => session.advance(ms),
    seek: (tick) => session.seek(tick),
    run: () => session.getRun(),
    highlight: (ids, ms) => {
      const list = Array.isArray(ids) ? ids.map(String) : []
      const s = session.store.getState()
      if (list.length === 0) s.clearHighlight()
      else s.highlightIds(list, ms === undefined ? undefined : Math.max(1, Number(ms) || 0))
    },
    narrate: (text) => session.store.getState().narrate(text),
  }
  const install = () => {
    window.kafkascope = api
  }
  let unsubscribe = () => {}
  if (session.store.getState().view !== null) install()
  else
    unsubscribe = session.store.subscribe((s) => {
      if (s.view === null) return
      unsubscribe()
      install()
    })
  return () => {
    unsubscribe()
    if (window.kafkascope === api) delete window.kafkascope
  }
}
