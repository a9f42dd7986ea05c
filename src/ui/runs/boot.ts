// What the page starts with: the saved run to offer for resuming, if any (persist.ts).

import type { UrlSettings } from '../urlParams'
import { readSavedRun, type SavedRun, urlAsksForOther, worthResuming } from './persist'

/** localStorage, or null where it is unavailable (privacy settings, sandboxed frames). */
export function pageStorage(): Storage | null {
  try {
    return window.localStorage
  } catch {
    return null
  }
}

/** The saved run to offer, unless there is none worth it or the URL asks for another run. */
export function resumeOffer(
  storage: Storage | null,
  search: string,
  settings: Pick<UrlSettings, 'seed' | 'scenario'>,
): SavedRun | null {
  const saved = readSavedRun(storage)
  if (saved === null || !worthResuming(saved)) return null
  return urlAsksForOther(search, settings, saved) ? null : saved
}
