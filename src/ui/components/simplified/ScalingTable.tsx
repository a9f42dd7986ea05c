import { useMemo } from 'react'
import type { MessageKey } from '../../i18n/catalog'
import { useLang, useT } from '../../i18n/useT'
import { scalingRows } from './scalingRows'

/** Kafka's name, Kafka 3.9's default, the value kafkascope runs with, and the scale. */
export function ScalingTable() {
  const t = useT()
  const lang = useLang()
  const rows = useMemo(() => scalingRows(lang), [lang])
  return (
    <div className="table-wrap">
      <table className="scaling-table" data-testid="scaling-table">
        <thead>
          <tr>
            <th scope="col">{t('simplified.col.name')}</th>
            <th scope="col">{t('config.col.default')}</th>
            <th scope="col">{t('simplified.col.value')}</th>
            <th scope="col">{t('config.col.scale')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.key} data-setting={r.kafkaName}>
              <th scope="row">
                <code>{r.kafkaName}</code>
                <span className="scaling-scope">
                  {' '}
                  {t(`simplified.scope.${r.scope}` as MessageKey)}
                </span>
              </th>
              <td className="num">{r.kafkaDefault}</td>
              <td className="num">{r.value}</td>
              <td>{r.scale}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
