import { useState } from 'react'
import { useT } from '../i18n/useT'
import { useSim, useSimApi } from '../store/useSim'

/** A fatal simulation error: say what happened and offer a restart (keeping the run if possible). */
export function WorkerErrorAlert() {
  const t = useT()
  const session = useSimApi()
  const message = useSim((s) => s.workerError)
  const [busy, setBusy] = useState(false)
  if (message === null) return null
  const restart = async () => {
    setBusy(true)
    try {
      await session.restart()
    } finally {
      setBusy(false)
    }
  }
  return (
    <div className="notice notice-error worker-error" role="alert">
      <span aria-hidden="true" className="notice-icon">
        ⚠
      </span>
      <span className="notice-text">
        <strong>{t('worker.title')}</strong> {message}
      </span>
      <button type="button" onClick={restart} disabled={busy}>
        {t('worker.restart')}
      </button>
    </div>
  )
}
