import { useId } from 'react'
import { formatSpeed, SPEEDS, speedIndex } from '../../hooks/speed'
import { useT } from '../../i18n/useT'
import { selectPlaying, selectReady, selectSpeed } from '../../store/selectors'
import { useSim, useSimApi } from '../../store/useSim'
import { StepControls } from './StepControls'

/** Play/Pause, Step back, Step (one engine event), Step N ms, speed (log scale), shortcut list. */
export function Transport() {
  const t = useT()
  const session = useSimApi()
  const ready = useSim(selectReady)
  const playing = useSim(selectPlaying)
  const speed = useSim(selectSpeed)
  const openShortcuts = useSim((s) => s.setShortcutsOpen)
  const speedId = useId()
  return (
    <fieldset className="transport">
      <legend className="sr-only">{t('transport.label')}</legend>
      <button
        type="button"
        className="btn-primary btn-play"
        disabled={!ready}
        onClick={() => session.send({ type: playing ? 'pause' : 'play' })}
      >
        <span aria-hidden="true">{playing ? '❚❚' : '▶'}</span>{' '}
        {playing ? t('transport.pause') : t('transport.play')}
      </button>
      <StepControls />
      <div className="speed">
        <label htmlFor={speedId}>{t('transport.speed')}</label>
        <input
          id={speedId}
          type="range"
          min={0}
          max={SPEEDS.length - 1}
          step={1}
          value={speedIndex(speed)}
          aria-valuetext={formatSpeed(speed)}
          disabled={!ready}
          onChange={(e) =>
            session.send({ type: 'setSpeed', speed: SPEEDS[Number(e.target.value)] ?? 1 })
          }
        />
        <output htmlFor={speedId} className="speed-value">
          {formatSpeed(speed)}
        </output>
      </div>
      <button
        type="button"
        className="btn-icon"
        aria-label={t('transport.shortcuts')}
        title={t('transport.shortcuts')}
        onClick={() => openShortcuts(true)}
      >
        ?
      </button>
    </fieldset>
  )
}
