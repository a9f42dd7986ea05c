import { useT } from '../../i18n/useT'
import { LanguageSwitch } from './LanguageSwitch'
import { ScenarioPicker } from './ScenarioPicker'
import { ThemeSwitch } from './ThemeSwitch'
import { Transport } from './Transport'

export function Header() {
  const t = useT()
  return (
    <header className="app-header">
      <div className="brand">
        <h1>{t('app.title')}</h1>
        <p className="subtitle">{t('app.subtitle')}</p>
      </div>
      <Transport />
      <div className="header-settings">
        <ScenarioPicker />
        <LanguageSwitch />
        <ThemeSwitch />
      </div>
    </header>
  )
}
