import { useT } from '../../i18n/useT'
import { RunMenu } from '../../runs/RunMenu'
import { useSim } from '../../store/useSim'
import { LanguageSwitch } from './LanguageSwitch'
import { PanelsMenu } from './PanelsMenu'
import { ScenarioPicker } from './ScenarioPicker'
import { ThemeSwitch } from './ThemeSwitch'
import { Transport } from './Transport'

export function Header() {
  const t = useT()
  const openSimplified = useSim((s) => s.setSimplifiedOpen)
  return (
    <header className="app-header">
      <div className="header-row">
        <div className="brand">
          <h1>{t('app.title')}</h1>
          <p className="subtitle">{t('app.subtitle')}</p>
        </div>
        <div className="header-settings">
          <ScenarioPicker />
          <LanguageSwitch />
          <ThemeSwitch />
        </div>
      </div>
      <div className="header-row">
        <Transport />
        <div className="header-tools">
          <RunMenu />
          <PanelsMenu />
          <button type="button" onClick={() => openSimplified(true)}>
            {t('simplified.open')}
          </button>
        </div>
      </div>
    </header>
  )
}
