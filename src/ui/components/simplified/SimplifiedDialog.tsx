import { lazy, Suspense } from 'react'
import { useT } from '../../i18n/useT'
import { useSim } from '../../store/useSim'
import { Dialog } from '../Dialog'
import { useHashDialog } from '../useHashDialog'
import './simplified.css'

export { withCode } from './withCode'

// The departures and the scaling table load the first time the dialog opens.
const SimplifiedBody = lazy(() =>
  import('./SimplifiedBody').then((m) => ({ default: m.SimplifiedBody })),
)

/** The address the README links to: it opens this dialog. */
export const SIMPLIFIED_HASH = '#simplified'

/**
 * "What is simplified": where the model departs from Kafka 3.9 and how its settings are scaled,
 * in the page's language. Opened from the header, or by the address /#simplified.
 */
export function SimplifiedDialog() {
  const t = useT()
  const open = useSim((s) => s.simplifiedOpen)
  const setOpen = useSim((s) => s.setSimplifiedOpen)
  const close = useHashDialog(SIMPLIFIED_HASH, setOpen)
  return (
    <Dialog
      open={open}
      title={t('simplified.title')}
      onClose={close}
      className="dialog-wide"
      focusTitle
      testId="simplified-dialog"
    >
      <Suspense fallback={<div className="simplified-body" aria-busy="true" />}>
        <SimplifiedBody />
      </Suspense>
      <div className="dialog-actions">
        <button type="button" className="btn-primary" onClick={close}>
          {t('shortcuts.close')}
        </button>
      </div>
    </Dialog>
  )
}
