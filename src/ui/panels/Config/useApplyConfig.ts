import { useCallback } from 'react'
import type { Command, CommandResult } from '../../../engine/commands'
import { useSimApi } from '../../store/useSim'

/**
 * Sends a settings command and resolves once the frame after it is in the store, so the row shows
 * the new value straight away. In the past, asks first (acting forks the run); null: declined.
 */
export function useApplyConfig(): (command: Command) => Promise<CommandResult | null> {
  const session = useSimApi()
  return useCallback(
    async (command: Command) => {
      const s = session.store.getState()
      if (s.inPast && !(await s.askConfirm())) return null
      try {
        return await session.command(command, true)
      } catch (err) {
        return { ok: false, error: { message: err instanceof Error ? err.message : String(err) } }
      }
    },
    [session],
  )
}
