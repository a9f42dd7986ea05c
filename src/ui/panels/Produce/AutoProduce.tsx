import { useEffect, useRef, useState } from 'react'
import { useShallow } from 'zustand/react/shallow'
import { Field } from '../../components/Field'
import { useCommand } from '../../hooks/useCommand'
import type { MessageKey } from '../../i18n/catalog'
import { useT } from '../../i18n/useT'
import { selectProducer } from '../../store/selectors'
import type { SimStore } from '../../store/types'
import { useSim } from '../../store/useSim'

type Keys = 'none' | 'uniform' | 'few' | 'hot'
const KEYS: readonly Keys[] = ['none', 'uniform', 'few', 'hot']
const MAX_RATE = 50
const SETTLE_MS = 300

/** Only the auto-produce settings (the producer's batches change on every frame). */
function selectAuto(s: SimStore) {
  const p = selectProducer(s)
  return p === undefined ? undefined : { autoKeys: p.autoKeys, autoRate: p.autoRate }
}

/** A steady stream of records. The slider sends one command when it settles, not one per pixel. */
export function AutoProduce({ topic, onApplied }: { topic: string; onApplied?: () => void }) {
  const t = useT()
  const command = useCommand()
  const producer = useSim(useShallow(selectAuto))
  const [draft, setDraft] = useState<number | null>(null)
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null)
  useEffect(
    () => () => {
      if (timer.current !== null) clearTimeout(timer.current)
    },
    [],
  )
  if (producer === undefined) return null
  const keys = (KEYS as readonly string[]).includes(producer.autoKeys)
    ? (producer.autoKeys as Keys)
    : 'uniform'
  const rate = draft ?? producer.autoRate
  // The slider covers 0–50 records/s; a higher rate (a scenario, a command) widens it, so the
  // label tells the truth and changing the keys keeps the rate.
  const max = Math.max(MAX_RATE, producer.autoRate)
  const send = async (r: number, k: Keys) => {
    const res = await command({
      type: 'setAutoProduce',
      rate: r,
      keys: k,
      ...(topic ? { topic } : {}),
    })
    setDraft(null)
    if (res?.ok) onApplied?.()
  }
  const onRate = (r: number) => {
    setDraft(r)
    if (timer.current !== null) clearTimeout(timer.current)
    timer.current = setTimeout(() => void send(r, keys), SETTLE_MS)
  }
  return (
    <fieldset className="auto-produce">
      <legend>{t('produce.auto')}</legend>
      <div className="form-row">
        <Field label={t('produce.rate')} className="grow">
          {(p) => (
            <div className="slider">
              <input
                {...p}
                type="range"
                min={0}
                max={max}
                step={1}
                value={rate}
                aria-valuetext={t('produce.rateValue', { rate })}
                onChange={(e) => onRate(Number(e.target.value))}
              />
              <output htmlFor={p.id}>{t('produce.rateValue', { rate })}</output>
            </div>
          )}
        </Field>
        <Field label={t('produce.keys')}>
          {(p) => (
            <select {...p} value={keys} onChange={(e) => void send(rate, e.target.value as Keys)}>
              {KEYS.map((k) => (
                <option key={k} value={k}>
                  {t(`produce.keys.${k}` as MessageKey)}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
    </fieldset>
  )
}
