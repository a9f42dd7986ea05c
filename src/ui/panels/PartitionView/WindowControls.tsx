import { useT } from '../../i18n/useT'
import { useSim } from '../../store/useSim'
import { firstFrom, scrollWindow } from './layout'
import { selectMaxLeo, selectWindow } from './select'

interface Props {
  partition: string
  /** The requested window start; null follows the log end. */
  from: number | null
  onFrom: (from: number | null) => void
  showSegments: boolean
  onSegments: (on: boolean) => void
}

/** ◀ ▶ and "Follow the end" move the log window; "Show segments" toggles the file layout. */
export function WindowControls({ partition, from, onFrom, showSegments, onSegments }: Props) {
  const t = useT()
  const win = useSim(selectWindow(partition))
  const maxLeo = useSim(selectMaxLeo(partition))
  const logStart = useSim((s) => s.view?.partitions[partition]?.logStartOffset ?? 0)
  const [start, end] = win === null ? [0, 0] : win.split(':').map(Number)
  const shownFrom = start ?? 0
  const size = Math.max(1, (end ?? 0) - shownFrom)
  const following = from === null
  return (
    <fieldset className="pv-controls">
      <legend className="sr-only">{t('pv.controls')}</legend>
      <span className="pv-window muted small" aria-live="off">
        {t('pv.window', { from: shownFrom, to: shownFrom + size - 1 })}
      </span>
      <button
        type="button"
        title={t('pv.prevTitle')}
        disabled={win === null || shownFrom <= firstFrom(size, logStart)}
        onClick={() => onFrom(scrollWindow(shownFrom, size, -1, maxLeo, logStart))}
      >
        {t('pv.prev')}
      </button>
      <button
        type="button"
        title={t('pv.nextTitle')}
        disabled={win === null || following}
        onClick={() => onFrom(scrollWindow(shownFrom, size, 1, maxLeo, logStart))}
      >
        {t('pv.next')}
      </button>
      <button
        type="button"
        title={t('pv.followTitle')}
        aria-pressed={following}
        onClick={() => onFrom(null)}
      >
        {t('pv.follow')}
      </button>
      <button type="button" aria-pressed={showSegments} onClick={() => onSegments(!showSegments)}>
        {t('pv.segments')}
      </button>
    </fieldset>
  )
}
