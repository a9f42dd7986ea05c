import { useId, useState } from 'react'
import { useT } from '../../i18n/useT'
import { selectReady, selectViewTick } from '../../store/selectors'
import { useSim, useSimApi } from '../../store/useSim'
import { parseStepMs, STEP_MS_DEFAULT, STEP_MS_MAX, STEP_MS_MIN } from './stepMs'

/** Step back 100 ms (like ←), Step (one engine event, like →) and Step N ms with its amount. */
export function StepControls() {
  const t = useT()
  const session = useSimApi()
  const ready = useSim(selectReady)
  // Nothing to step back to at the start of the run.
  const atStart = useSim((s) => selectViewTick(s) === 0)
  const [draft, setDraft] = useState(String(STEP_MS_DEFAULT))
  const [last, setLast] = useState(STEP_MS_DEFAULT)
  const id = useId()
  const parsed = parseStepMs(draft)
  const ms = parsed ?? last
  const stepMs = () => {
    if (parsed !== null) session.send({ type: 'step', ms: parsed })
  }
  return (
    <>
      <button
        type="button"
        disabled={!ready || atStart}
        title={t('transport.stepBackTitle')}
        onClick={() => session.send({ type: 'stepBack', ms: 100 })}
      >
        <span aria-hidden="true">◀ </span>
        {t('transport.stepBack')}
      </button>
      <button
        type="button"
        disabled={!ready}
        title={t('transport.stepTitle')}
        onClick={() => session.send({ type: 'step' })}
      >
        {t('transport.step')}
      </button>
      <span className="step-ms">
        <button type="button" disabled={!ready || parsed === null} onClick={stepMs}>
          {t('transport.stepMs', { ms })}
        </button>
        <input
          id={id}
          type="text"
          inputMode="numeric"
          className="step-ms-input"
          value={draft}
          aria-label={t('transport.stepMsLabel')}
          aria-invalid={parsed === null ? true : undefined}
          aria-describedby={parsed === null ? `${id}-err` : undefined}
          onChange={(e) => {
            setDraft(e.target.value)
            const n = parseStepMs(e.target.value)
            if (n !== null) setLast(n)
          }}
          onKeyDown={(e) => {
            if (e.key === 'Enter') stepMs()
          }}
        />
        <label htmlFor={id} className="step-ms-unit">
          ms
        </label>
        {parsed === null ? (
          <span id={`${id}-err`} className="step-ms-error" role="alert">
            {t('transport.stepMsInvalid', { min: STEP_MS_MIN, max: STEP_MS_MAX })}
          </span>
        ) : null}
      </span>
    </>
  )
}
