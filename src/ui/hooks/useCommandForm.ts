// A form that sends one command: keeps the engine's error by field (CommandError.field names the
// command's field, e.g. "replicationFactor"), errors for other fields as a general message, both
// in the page's language (the engine words them in English: i18n/engineErrors.ts).

import { useCallback, useMemo, useState } from 'react'
import type { Command } from '../../engine/commands'
import { engineErrorText } from '../i18n/engineErrors'
import { useLang } from '../i18n/useT'
import { useCommand } from './useCommand'

/**
 * A number field's text as the number a command carries. Empty (or what a number input shows as
 * empty: letters it dropped) is NaN, which the engine refuses at the field, never a silent 0.
 */
export const fieldNumber = (text: string): number =>
  text.trim() === '' ? Number.NaN : Number(text)

export interface CommandForm {
  errors: Readonly<Record<string, string>>
  general: string | null
  done: boolean
  busy: boolean
  /** Sends the command; resolves true when the engine accepted it. */
  submit(command: Command): Promise<boolean>
  clear(): void
}

export function useCommandForm(fields: readonly string[]): CommandForm {
  const command = useCommand()
  const [errors, setErrors] = useState<Record<string, string>>({})
  const [general, setGeneral] = useState<string | null>(null)
  const [done, setDone] = useState(false)
  const [busy, setBusy] = useState(false)
  const clear = useCallback(() => {
    setErrors({})
    setGeneral(null)
    setDone(false)
  }, [])
  const submit = useCallback(
    async (cmd: Command) => {
      setBusy(true)
      clear()
      try {
        const result = await command(cmd)
        if (result === null) return false
        if (result.ok) {
          setDone(true)
          return true
        }
        const { field, message } = result.error
        if (field !== undefined && fields.includes(field)) setErrors({ [field]: message })
        else setGeneral(message)
        return false
      } finally {
        setBusy(false)
      }
    },
    [command, clear, fields],
  )
  const lang = useLang()
  const shown = useMemo(() => {
    const out: Record<string, string> = {}
    for (const [k, v] of Object.entries(errors)) out[k] = engineErrorText(v, lang)
    return out
  }, [errors, lang])
  return {
    errors: shown,
    general: general === null ? null : engineErrorText(general, lang),
    done,
    busy,
    submit,
    clear,
  }
}
