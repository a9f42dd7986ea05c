// Issuing a command from the page. When the cursor is in the past, acting forks the run (later
// events are dropped), so the user is asked first; null means they said no.

import { useCallback } from 'react'
import type { Command, CommandResult } from '../../engine/commands'
import { useSimApi } from '../store/useSim'

export function useCommand(): (command: Command) => Promise<CommandResult | null> {
  const session = useSimApi()
  return useCallback(
    async (command: Command) => {
      const s = session.store.getState()
      if (s.inPast && !(await s.askConfirm())) return null
      try {
        return await session.command(command)
      } catch (err) {
        return { ok: false, error: { message: err instanceof Error ? err.message : String(err) } }
      }
    },
    [session],
  )
}
