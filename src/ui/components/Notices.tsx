import type { Lang, Params } from '../i18n/catalog'
import { engineErrorText } from '../i18n/engineErrors'
import { useLang, useT } from '../i18n/useT'
import { useSim } from '../store/useSim'

const MAX_SHOWN = 200

/**
 * Long values (a pasted URL parameter, an engine message about a huge field) shortened for
 * reading; an engine refusal (the `message` of a refused operation) in the page's language.
 */
function shown(params: Params | undefined, lang: Lang): Params | undefined {
  if (params === undefined) return undefined
  const out: Record<string, string | number> = {}
  for (const [k, raw] of Object.entries(params)) {
    const v = k === 'message' && typeof raw === 'string' ? engineErrorText(raw, lang) : raw
    out[k] = typeof v === 'string' && v.length > MAX_SHOWN ? `${v.slice(0, MAX_SHOWN - 1)}…` : v
  }
  return out
}

/** Notices about the page setup (bad URL parameters, refused operations). */
export function Notices() {
  const t = useT()
  const lang = useLang()
  const notices = useSim((s) => s.notices)
  const dismiss = useSim((s) => s.dismissNotice)
  if (notices.length === 0) return null
  return (
    <div className="notices">
      {notices.map((n) => (
        <div key={n.id} className={`notice notice-${n.kind}`} role="alert">
          <span aria-hidden="true" className="notice-icon">
            {n.kind === 'info' ? 'ℹ' : '⚠'}
          </span>
          <span className="notice-text">{t(n.key, shown(n.params, lang))}</span>
          <button type="button" className="btn-quiet" onClick={() => dismiss(n.id)}>
            {t('notice.dismiss')}
          </button>
        </div>
      ))}
    </div>
  )
}
