// The body of "What is simplified" (the departures and the scaling table): loaded the first time
// the dialog opens, not with the page.

import { useLang, useT } from '../../i18n/useT'
import { ScalingTable } from './ScalingTable'
import { SCALING_TEXT, SIMPLIFICATIONS } from './simplifications'
import { withCode } from './withCode'

export function SimplifiedBody() {
  const t = useT()
  const lang = useLang()
  return (
    <div className="simplified-body">
      <p>{t('simplified.lead')}</p>
      <h3>{t('simplified.departures')}</h3>
      <dl className="simplified-list">
        {SIMPLIFICATIONS.map((s) => (
          <div key={s.id} data-simplification={s.id}>
            <dt>{s.title[lang]}</dt>
            <dd>{withCode(s.text[lang])}</dd>
          </div>
        ))}
      </dl>
      <h3>{t('simplified.scaling')}</h3>
      <p>{SCALING_TEXT.intro[lang]}</p>
      <ScalingTable />
      <p className="muted">{SCALING_TEXT.tick[lang]}</p>
    </div>
  )
}
