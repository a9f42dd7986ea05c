import { type Lang, loadLang } from '../../i18n/catalog'
import { rememberLang } from '../../i18n/lang'
import { useT } from '../../i18n/useT'
import { useSim } from '../../store/useSim'
import { withParam } from '../../urlParams'

const NAMES: readonly [Lang, string][] = [
  ['en', 'English'],
  ['zh', '中文'],
]

let latest = 0

/** English / 中文. The choice is remembered, and replaces ?lang in the address if it was there. */
export function LanguageSwitch() {
  const t = useT()
  const lang = useSim((s) => s.lang)
  const setLang = useSim((s) => s.setLang)
  const choose = (l: Lang) => {
    const request = ++latest
    rememberLang(l)
    if (new URL(window.location.href).searchParams.has('lang'))
      window.history.replaceState(null, '', withParam(window.location.href, 'lang', l))
    // The catalog may have to be fetched first; a later click wins over an earlier one.
    const apply = () => {
      if (request === latest) setLang(l)
    }
    loadLang(l).then(apply, apply)
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
