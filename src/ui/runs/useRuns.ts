import { useStore } from 'zustand'
import type { RunUi } from '../bridge/session'
import { useSimApi } from '../store/useSim'

/** Reads the session's run state (the saved run offered for resuming). */
export function useRunUi<T>(selector: (s: RunUi) => T): T {
  return useStore(useSimApi().runUi, selector)
}
