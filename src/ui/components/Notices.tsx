import { useT } from '../i18n/useT'
import { useSim } from '../store/useSim'

/** Notices about the page setup (bad URL parameters, refused operations). */
export function Notices() {
  const t = useT()
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
          <span className="notice-text">{t(n.key, n.params)}</span>
          <button type="button" className="btn-quiet" onClick={() => dismiss(n.id)}>
            {t('notice.dismiss')}
          </button>
        </div>
      ))}
    </div>
  )
}
