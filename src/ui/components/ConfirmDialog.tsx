import { useT } from '../i18n/useT'
import { useSim } from '../store/useSim'
import { Dialog } from './Dialog'

/**
 * Asked before something discards what the user did: a command applied in the past (it forks the
 * run, "this changes history"), or another scenario replacing the run they built.
 */
export function ConfirmDialog() {
  const t = useT()
  const kind = useSim((s) => s.confirm?.kind ?? null)
  const answer = useSim((s) => s.answerConfirm)
  const newRun = kind === 'newRun'
  return (
    <Dialog
      open={kind !== null}
      title={t(newRun ? 'confirm.newRun.title' : 'confirm.title')}
      onClose={() => answer(false)}
    >
      <p>{t(newRun ? 'confirm.newRun.body' : 'confirm.body')}</p>
      <div className="dialog-actions">
        <button type="button" onClick={() => answer(false)}>
          {t('confirm.cancel')}
        </button>
        <button type="button" className="btn-primary" onClick={() => answer(true)}>
          {t(newRun ? 'confirm.newRun.ok' : 'confirm.ok')}
        </button>
      </div>
    </Dialog>
  )
}
