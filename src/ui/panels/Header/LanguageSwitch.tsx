import type { Lang } from '../../i18n/catalog'
import { rememberLang } from '../../i18n/lang'
import { useT } from '../../i18n/useT'
import { useSim } from '../../store/useSim'
import { withParam } from '../../urlParams'

const NAMES: readonly [Lang, string][] = [
  ['en', 'English'],
  ['zh', '中文'],
]

/** English / 中文. The choice is remembered, and replaces ?lang in the address if it was there. */
export function LanguageSwitch() {
  const t = useT()
  const lang = useSim((s) => s.lang)
  const setLang = useSim((s) => s.setLang)
  const choose = (l: Lang) => {
    setLang(l)
    rememberLang(l)
    if (new URL(window.location.href).searchParams.has('lang'))
      window.history.replaceState(null, '', withParam(window.location.href, 'lang', l))
  }
  return (
    <fieldset className="segmented">
      <legend className="sr-only">{t('lang.label')}</legend>
      {NAMES.map(([l, name]) => (
        <button
          key={l}
          type="button"
          lang={l === 'zh' ? 'zh-CN' : 'en'}
          aria-pressed={lang === l}
          onClick={() => choose(l)}
        >
          {name}
        </button>
      ))}
    </fieldset>
  )
}
