import { Dialog } from '../components/Dialog'
import { useT } from '../i18n/useT'
import { useSimApi } from '../store/useSim'
import { useRunUi } from './useRuns'

/**
 * On load, when this browser kept a run and the URL does not ask for another: resume it (the
 * default: first button, and Escape) or start fresh. Nothing runs until the question is answered.
 */
export function ResumeDialog() {
  const t = useT()
  const session = useSimApi()
  const offer = useRunUi((s) => s.offer)
  const resume = () => {
    if (offer !== null) void session.resume(offer)
  }
  return (
    <Dialog
      open={offer !== null}
      title={t('runs.resume.title')}
      onClose={resume}
      testId="resume-dialog"
    >
      {offer === null ? null : (
        <>
          <p>
            {t('runs.resume.body', {
              seed: offer.seed,
              count: offer.inputs.length,
              s: (offer.until / 1000).toFixed(1),
            })}
          </p>
          <div className="dialog-actions">
            <button type="button" className="btn-primary" onClick={resume}>
              {t('runs.resume.resume')}
            </button>
            <button type="button" onClick={() => session.startFresh()}>
              {t('runs.resume.fresh')}
            </button>
          </div>
        </>
      )}
    </Dialog>
  )
}
