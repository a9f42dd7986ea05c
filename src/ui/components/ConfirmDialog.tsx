import { useT } from '../i18n/useT'
import { useSim } from '../store/useSim'
import { Dialog } from './Dialog'

/** "This changes history": asked before a command is applied in the past (it forks the run). */
export function ConfirmDialog() {
  const t = useT()
  const open = useSim((s) => s.confirm !== null)
  const answer = useSim((s) => s.answerConfirm)
  return (
    <Dialog open={open} title={t('confirm.title')} onClose={() => answer(false)}>
      <p>{t('confirm.body')}</p>
      <div className="dialog-actions">
        <button type="button" onClick={() => answer(false)}>
          {t('confirm.cancel')}
        </button>
        <button type="button" className="btn-primary" onClick={() => answer(true)}>
          {t('confirm.ok')}
        </button>
      </div>
    </Dialog>
  )
}
