import { useLayoutEffect } from 'react'
import { useT } from '../../i18n/useT'
import type { Theme } from '../../store/uiSlice'
import { useSim } from '../../store/useSim'
import { chooseTheme, rememberedTheme, rememberTheme, systemPrefersDark } from './theme'

const THEMES: readonly [Theme, 'theme.light' | 'theme.dark', string][] = [
  ['light', 'theme.light', '☀'],
  ['dark', 'theme.dark', '☾'],
]

/**
 * Light / Dark. On mount it applies the remembered choice (or the system's preference) before the
 * first paint; useDocumentLang keeps <html data-theme> in step afterwards.
 */
export function ThemeSwitch() {
  const t = useT()
  const theme = useSim((s) => s.theme)
  const setTheme = useSim((s) => s.setTheme)
  useLayoutEffect(() => {
    const initial = chooseTheme(rememberedTheme(), systemPrefersDark())
    document.documentElement.dataset.theme = initial
    setTheme(initial)
  }, [setTheme])
  const choose = (th: Theme) => {
    setTheme(th)
    rememberTheme(th)
    document.documentElement.dataset.theme = th
  }
  return (
    <fieldset className="segmented theme-switch">
      <legend className="sr-only">{t('theme.label')}</legend>
      {THEMES.map(([th, key, glyph]) => (
        <button key={th} type="button" aria-pressed={theme === th} onClick={() => choose(th)}>
          <span aria-hidden="true">{glyph}</span> {t(key)}
        </button>
      ))}
    </fieldset>
  )
}
