import { type FormEvent, type ReactNode, useId, useState } from 'react'
import type { CommandResult } from '../../../engine/commands'
import type { ConfigInfo } from '../../../engine/config'
import { Term } from '../../components/Term'
import { engineErrorText } from '../../i18n/engineErrors'
import { isMessageKey } from '../../i18n/isMessageKey'
import { SETTING_TERMS } from '../../i18n/terms'
import { useLang, useT } from '../../i18n/useT'
import {
  choiceValue,
  controlOf,
  formatAmount,
  type Invalid,
  parseNumber,
  readable,
} from './configFields'

export type ConfigValue = number | string | boolean

interface Props {
  /** The engine's key (e.g. replicaLagTimeMaxMs). */
  name: string
  /** Kafka's name as shown (broker level may differ from the topic level). */
  kafkaName: string
  info: ConfigInfo
  value: ConfigValue
  apply: (value: ConfigValue) => Promise<CommandResult | null>
  /** A remark under the control (an override badge, an idempotence note). */
  note?: ReactNode
}

/** One setting: Kafka's name, the value here (editable), Kafka's default and the scale note. */
export function ConfigRow({ name, kafkaName, info, value, apply, note }: Props) {
  const t = useT()
  const lang = useLang()
  const id = useId()
  const [draft, setDraft] = useState<string | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const control = controlOf(name, info)
  const invalidText = (e: Invalid) =>
    e.code === 'range'
      ? t('config.invalid.range', { name: kafkaName, min: e.min, max: e.max })
      : t(e.code === 'empty' ? 'config.invalid.empty' : 'config.invalid.whole', { name: kafkaName })
  const parsed = draft === null ? null : parseNumber(draft, info)
  const shownError = parsed !== null && !parsed.ok ? invalidText(parsed) : error
  const send = async (v: ConfigValue) => {
    setBusy(true)
    setError(null)
    const r = await apply(v)
    setBusy(false)
    if (r === null) return
    if (r.ok) setDraft(null)
    else setError(t('config.engineRefused', { message: engineErrorText(r.error.message, lang) }))
  }
  const onSubmit = (e: FormEvent) => {
    e.preventDefault()
    if (parsed?.ok) void send(parsed.value)
  }
  const describedBy = [shownError ? `${id}-err` : null, `${id}-desc`].filter(Boolean).join(' ')
  const common = {
    id,
    'aria-describedby': describedBy,
    ...(shownError ? { 'aria-invalid': true as const } : {}),
  }
  const descKey = `config.desc.${name}`
  const scaleKey = `config.scale.${name}`
  const scale = isMessageKey(scaleKey) ? t(scaleKey) : (info.scale ?? '—')
  const dflt = info.kafkaDefault
  const dfltText =
    typeof dflt === 'number'
      ? dflt === -1
        ? t('config.unlimited')
        : formatAmount(dflt, info.unit)
      : String(dflt)
  return (
    <tr className={shownError ? 'config-row has-error' : 'config-row'} data-setting={kafkaName}>
      <th scope="row">
        <label htmlFor={id} className="config-name">
          {SETTING_TERMS[kafkaName] === undefined ? (
            kafkaName
          ) : (
            <Term id={SETTING_TERMS[kafkaName]}>{kafkaName}</Term>
          )}
        </label>
        <span id={`${id}-desc`} className="config-desc">
          {isMessageKey(descKey) ? t(descKey) : ''}
        </span>
      </th>
      <td>
        {control.kind === 'boolean' ? (
          <button
            {...common}
            type="button"
            role="switch"
            aria-checked={value === true}
            className={`switch${value === true ? ' on' : ''}`}
            disabled={busy}
            onClick={() => void send(value !== true)}
          >
            <span className="switch-knob" aria-hidden="true" />
            {value === true ? 'true' : 'false'}
          </button>
        ) : control.kind === 'choice' ? (
          <select
            {...common}
            value={String(value)}
            disabled={busy}
            onChange={(e) => void send(choiceValue(name, e.target.value))}
          >
            {control.choices.map((c) => (
              <option key={c} value={c}>
                {c}
              </option>
            ))}
          </select>
        ) : (
          <form className="config-number" onSubmit={onSubmit} noValidate>
            <input
              {...common}
              type="text"
              inputMode="numeric"
              value={draft ?? String(value)}
              onChange={(e) => {
                setError(null)
                setDraft(e.target.value === String(value) ? null : e.target.value)
              }}
              onKeyDown={(e) => {
                if (e.key === 'Escape') {
                  setDraft(null)
                  setError(null)
                }
              }}
            />
            <span className="config-unit">
              {info.unit === 'count' ? '' : (info.unit ?? '')}{' '}
              {readable(parsed === null ? Number(value) : parsed.ok ? parsed.value : 0, info.unit)}
            </span>
            {draft !== null ? (
              <button type="submit" className="btn-primary" disabled={busy || !parsed?.ok}>
                {t('config.apply')}
              </button>
            ) : null}
          </form>
        )}
        {shownError ? (
          <span id={`${id}-err`} className="field-error">
            <span aria-hidden="true">✖ </span>
            {shownError}
          </span>
        ) : null}
        {note}
      </td>
      <td className="config-default">{dfltText}</td>
      <td className="config-scale">{scale}</td>
    </tr>
  )
}
