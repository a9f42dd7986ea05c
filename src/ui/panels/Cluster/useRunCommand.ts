import { useCallback } from 'react'
import type { Command } from '../../../engine/commands'
import { useCommand } from '../../hooks/useCommand'
import { useSim } from '../../store/useSim'

/** Sends a command from a button; a refusal by the engine becomes an error notice. */
export function useRunCommand(): (command: Command) => Promise<void> {
  const command = useCommand()
  const addNotice = useSim((s) => s.addNotice)
  return useCallback(
    async (cmd: Command) => {
      const r = await command(cmd)
      if (r !== null && !r.ok)
        addNotice({ kind: 'error', key: 'notice.simError', params: { message: r.error.message } })
    },
    [command, addNotice],
  )
}
