import { useId } from 'react'
import { SCENARIOS } from '../../../engine/scenarios'
import { useT } from '../../i18n/useT'
import { userInputCount } from '../../runs/userInputs'
import { useSim, useSimApi } from '../../store/useSim'
import { withParam } from '../../urlParams'

function currentScenario(): string {
  const id = new URL(window.location.href).searchParams.get('scenario') ?? ''
  return SCENARIOS.some((s) => s.id === id) ? id : ''
}

/**
 * Picking a scenario reloads the page with ?scenario=<id> (a fresh, shareable run). That run
 * replaces the current one, the one kept for the next visit too: when the user did anything in
 * it, they are asked first.
 */
export function ScenarioPicker() {
  const t = useT()
  const lang = useSim((s) => s.lang)
  const session = useSimApi()
  const id = useId()
  const pick = async (select: HTMLSelectElement) => {
    const run = session.runLog.run()
    const built = run !== null && userInputCount(run, session.runLog.scenario) > 0
    if (built && !(await session.store.getState().askConfirm('newRun'))) {
      select.value = currentScenario()
      return
    }
    window.location.assign(withParam(window.location.href, 'scenario', select.value || null))
  }
  return (
    <div className="field-inline">
      <label htmlFor={id}>{t('scenario.label')}</label>
      <select id={id} defaultValue={currentScenario()} onChange={(e) => void pick(e.target)}>
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
