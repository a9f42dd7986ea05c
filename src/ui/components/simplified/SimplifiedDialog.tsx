import { type ReactNode, useEffect } from 'react'
import { useLang, useT } from '../../i18n/useT'
import { useSim } from '../../store/useSim'
import { Dialog } from '../Dialog'
import { ScalingTable } from './ScalingTable'
import { SCALING_TEXT, SIMPLIFICATIONS } from './simplifications'
import './simplified.css'

/** The address the README links to: it opens this dialog. */
export const SIMPLIFIED_HASH = '#simplified'

/** Text with `Kafka names` in backticks, the names as <code>. */
export function withCode(text: string): ReactNode[] {
  const out: ReactNode[] = []
  let offset = 0
  for (const [i, part] of text.split('`').entries()) {
    // the key is where the part starts in the text: stable, and unique
    out.push(i % 2 === 1 ? <code key={offset}>{part}</code> : part)
    offset += part.length + 1
  }
  return out
}

/**
 * "What is simplified": where the model departs from Kafka 3.9 and how its settings are scaled,
 * in the page's language. Opened from the header, or by the address /#simplified.
 */
export function SimplifiedDialog() {
  const t = useT()
  const lang = useLang()
  const open = useSim((s) => s.simplifiedOpen)
  const setOpen = useSim((s) => s.setSimplifiedOpen)
  useEffect(() => {
    const fromHash = () => {
      if (window.location.hash === SIMPLIFIED_HASH) setOpen(true)
    }
    fromHash()
    window.addEventListener('hashchange', fromHash)
    return () => window.removeEventListener('hashchange', fromHash)
  }, [setOpen])
  const close = () => {
    setOpen(false)
    if (window.location.hash === SIMPLIFIED_HASH)
      window.history.replaceState(null, '', window.location.pathname + window.location.search)
  }
  return (
    <Dialog
      open={open}
      title={t('simplified.title')}
      onClose={close}
      className="dialog-wide"
      testId="simplified-dialog"
    >
      <div className="simplified-body">
        <p>{t('simplified.lead')}</p>
        <h3>{t('simplified.departures')}</h3>
        <dl className="simplified-list">
          {SIMPLIFICATIONS.map((s) => (
            <div key={s.id} data-simplification={s.id}>
              <dt>{s.title[lang]}</dt>
              <dd>{withCode(s.text[lang])}</dd>
            </div>
          ))}
        </dl>
        <h3>{t('simplified.scaling')}</h3>
        <p>{SCALING_TEXT.intro[lang]}</p>
        <ScalingTable />
        <p className="muted">{SCALING_TEXT.tick[lang]}</p>
      </div>
      <div className="dialog-actions">
        <button type="button" className="btn-primary" onClick={close}>
          {t('shortcuts.close')}
        </button>
      </div>
    </Dialog>
  )
}
