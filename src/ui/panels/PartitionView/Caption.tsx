import { useCallback } from 'react'
import { useLang, useT } from '../../i18n/useT'
import type { SimStore } from '../../store/types'
import { useSim } from '../../store/useSim'
import { captionOf, type RecentTruncation } from './select'

interface Props {
  id: string
  partition: string
  truncation: RecentTruncation | null
}

/** What the drawing shows, in plain words (recomputed as a string, so it renders on change only). */
export function Caption({ id, partition, truncation }: Props) {
  const t = useT()
  const lang = useLang()
  const text = useSim(
    useCallback(
      (s: SimStore) => captionOf(s, partition, lang, truncation),
      [partition, lang, truncation],
    ),
  )
  return (
    <p id={id} className="pv-caption" data-testid="pv-caption">
      <strong>{t('pv.captionLabel')}</strong> {text}
    </p>
  )
}
