// window.__kafkascopeTest: lets the browser tests break the simulation on purpose, to check that
// the page notices and that a restart loses nothing. Installed only when the page was opened with
// window.__KAFKASCOPE_TEST__ = true set beforehand (Playwright's addInitScript), so a normal visit
// has no such handle; and all it can do is crash this page's own simulation, which the page then
// offers to restart.

import type { Run } from '../../engine/timeline'
import type { TestCrashMode } from '../../worker/protocol'
import type { SimSession } from './session'

export interface KafkascopeTestApi {
  /**
   * throw: the host reports a fatal error; uncaught: an error escapes the host (the worker's error
   * event); hang: the simulation is busy for `ms` (the watchdog notices); terminate: the worker
   * dies silently (the watchdog notices once it owes the page a frame).
   */
  crashWorker(mode?: TestCrashMode | 'terminate', ms?: number): void
  /** How long the simulation may stay silent while it owes the page a frame. */
  setWatchdogMs(ms: number): void
  /** The page's own copy of the run (what a restart replays). */
  runLog(): Run | null
}

declare global {
  interface Window {
    __KAFKASCOPE_TEST__?: boolean
    __kafkascopeTest?: KafkascopeTestApi
  }
}

const MODES: readonly string[] = ['throw', 'uncaught', 'hang', 'terminate']

export function installCrashHook(session: SimSession): () => void {
  if (window.__KAFKASCOPE_TEST__ !== true) return () => {}
  const api: KafkascopeTestApi = {
    crashWorker(mode = 'throw', ms = 30_000) {
      if (!MODES.includes(mode)) throw new Error(`crashWorker: unknown mode ${String(mode)}`)
      session.crash(mode, Math.min(60_000, Math.max(0, Number(ms) || 0)))
    },
    setWatchdogMs: (ms) => session.setWatchdogMs(Math.max(100, Number(ms) || 0)),
    runLog: () => session.runLog.run(),
  }
  window.__kafkascopeTest = api
  return () => {
    if (window.__kafkascopeTest === api) delete window.__kafkascopeTest
  }
}
