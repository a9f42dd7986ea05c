import type { ReactNode } from 'react'
import type { CommandResult } from '../../../engine/commands'
import type { ConfigInfo } from '../../../engine/config'
import { useT } from '../../i18n/useT'
import { ConfigRow, type ConfigValue } from './ConfigRow'

export interface RowSpec {
  readonly name: string
  readonly kafkaName: string
  readonly info: ConfigInfo
  readonly value: ConfigValue
  readonly note?: ReactNode
}

interface Props {
  caption?: string
  rows: readonly RowSpec[]
  apply: (name: string, value: ConfigValue) => Promise<CommandResult | null>
}

/** Settings as a table: name and meaning, the value here, Kafka's default, how it is scaled. */
export function ConfigTable({ caption, rows, apply }: Props) {
  const t = useT()
  return (
    <table className="config-table">
      {caption ? <caption>{caption}</caption> : null}
      <thead>
        <tr>
          <th scope="col">{t('config.col.setting')}</th>
          <th scope="col">{t('config.col.value')}</th>
          <th scope="col">{t('config.col.default')}</th>
          <th scope="col">{t('config.col.scale')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <ConfigRow
            key={r.name}
            name={r.name}
            kafkaName={r.kafkaName}
            info={r.info}
            value={r.value}
            note={r.note}
            apply={(v) => apply(r.name, v)}
          />
        ))}
      </tbody>
    </table>
  )
}
