import { useLang, useT } from '../../i18n/useT'
import { useSim } from '../../store/useSim'
import { Dialog } from '../Dialog'
import { withCode } from '../simplified/SimplifiedDialog'
import { useHashDialog } from '../useHashDialog'
import { fastFacts } from './fastFacts'
import { REASONS } from './reasons'
import '../simplified/simplified.css'

/** The address that opens this dialog. */
export const WHY_FAST_HASH = '#why-fast'

/** The live figures, read from the view only while the dialog is open. */
function Reasons() {
  const lang = useLang()
  const t = useT()
  const view = useSim((s) => s.view)
  const facts = view === null ? null : fastFacts(view)
  return (
    <dl className="simplified-list">
      {REASONS.map((r) => (
        <div key={r.id} data-reason={r.id}>
          <dt>
            {r.title[lang]}
            {r.modelled ? null : <span className="muted"> · {t('whyFast.notModelled')}</span>}
          </dt>
          <dd>{withCode(r.text[lang])}</dd>
          {facts === null ? null : (
            <dd className="why-fast-live" data-testid={`why-fast-${r.id}`}>
              {r.live(facts, lang)}
            </dd>
          )}
        </div>
      ))}
    </dl>
  )
}

/** "Why is Kafka fast?": the study notes' reasons, each with what the simulation shows now. */
export function WhyFastDialog() {
  const t = useT()
  const open = useSim((s) => s.whyFastOpen)
  const setOpen = useSim((s) => s.setWhyFastOpen)
  const close = useHashDialog(WHY_FAST_HASH, setOpen)
  return (
    <Dialog
      open={open}
      title={t('whyFast.title')}
      onClose={close}
      className="dialog-wide"
      focusTitle
      testId="why-fast-dialog"
    >
      <div className="simplified-body">
        <p>{t('whyFast.lead')}</p>
        <Reasons />
      </div>
      <div className="dialog-actions">
        <button type="button" className="btn-primary" onClick={close}>
          {t('shortcuts.close')}
        </button>
      </div>
    </Dialog>
  )
}
