import type { MessageKey } from '../i18n/catalog'
import { useT } from '../i18n/useT'
import { useSim } from '../store/useSim'
import { Dialog } from './Dialog'

const SHORTCUTS: readonly [string, MessageKey][] = [
  ['Space', 'shortcuts.playPause'],
  ['→', 'shortcuts.step'],
  ['←', 'shortcuts.back'],
  ['+', 'shortcuts.faster'],
  ['−', 'shortcuts.slower'],
  ['?', 'shortcuts.help'],
]

export function ShortcutsDialog() {
  const t = useT()
  const open = useSim((s) => s.shortcutsOpen)
  const setOpen = useSim((s) => s.setShortcutsOpen)
  return (
    <Dialog open={open} title={t('shortcuts.title')} onClose={() => setOpen(false)}>
      <dl className="shortcuts">
        {SHORTCUTS.map(([key, label]) => (
          <div key={key}>
            <dt>
              <kbd>{key}</kbd>
            </dt>
            <dd>{t(label)}</dd>
          </div>
        ))}
      </dl>
      <div className="dialog-actions">
        <button type="button" className="btn-primary" onClick={() => setOpen(false)}>
          {t('shortcuts.close')}
        </button>
      </div>
    </Dialog>
  )
}
