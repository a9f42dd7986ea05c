import { useId, useState } from 'react'
import type { TruncationMode as Mode } from '../../../engine/config'
import { Term } from '../../components/Term'
import { engineErrorText } from '../../i18n/engineErrors'
import { useLang, useT } from '../../i18n/useT'
import { useSim } from '../../store/useSim'
import { useApplyConfig } from './useApplyConfig'

const MODES: readonly Mode[] = ['leader-epoch', 'high-watermark']

/** How a follower decides what to cut from its log after a leader change (KIP-101 or before). */
export function TruncationMode() {
  const t = useT()
  const lang = useLang()
  const apply = useApplyConfig()
  const mode = useSim((s) => s.view?.config.truncation)
  const [error, setError] = useState<string | null>(null)
  const name = useId()
  const choose = async (m: Mode) => {
    setError(null)
    const r = await apply({ type: 'setTruncationMode', mode: m })
    if (r !== null && !r.ok)
      setError(t('config.engineRefused', { message: engineErrorText(r.error.message, lang) }))
  }
  return (
    <fieldset className="truncation-mode" data-testid="truncation-mode">
      <legend>
        <Term id="truncation">{t('config.truncation')}</Term>
      </legend>
      {MODES.map((m) => (
        <label key={m} className={`truncation-option${mode === m ? ' selected' : ''}`}>
          <input
            type="radio"
            name={name}
            value={m}
            checked={mode === m}
            onChange={() => void choose(m)}
          />
          <span className="truncation-name">{m}</span>
          <span className="truncation-desc">
            {t(m === 'leader-epoch' ? 'config.truncation.epoch' : 'config.truncation.hw')}
          </span>
        </label>
      ))}
      {error ? (
        <span className="field-error">
          <span aria-hidden="true">✖ </span>
          {error}
        </span>
      ) : null}
    </fieldset>
  )
}
