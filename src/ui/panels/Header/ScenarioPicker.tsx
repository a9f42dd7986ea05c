import { useId } from 'react'
import { SCENARIOS } from '../../../engine/scenarios'
import { useT } from '../../i18n/useT'
import { useSim } from '../../store/useSim'
import { withParam } from '../../urlParams'

function currentScenario(): string {
  const id = new URL(window.location.href).searchParams.get('scenario') ?? ''
  return SCENARIOS.some((s) => s.id === id) ? id : ''
}

/** Picking a scenario reloads the page with ?scenario=<id> (a fresh, shareable run). */
export function ScenarioPicker() {
  const t = useT()
  const lang = useSim((s) => s.lang)
  const id = useId()
  return (
    <div className="field-inline">
      <label htmlFor={id}>{t('scenario.label')}</label>
      <select
        id={id}
        defaultValue={currentScenario()}
        onChange={(e) =>
          window.location.assign(
            withParam(window.location.href, 'scenario', e.target.value || null),
          )
        }
      >
        <option value="">{t('scenario.default')}</option>
        {SCENARIOS.map((s) => (
          <option key={s.id} value={s.id}>
            {s.title[lang]}
          </option>
        ))}
      </select>
    </div>
  )
}
