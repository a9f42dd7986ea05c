import { useShallow } from 'zustand/react/shallow'
import type { Acks, ProducerConfig } from '../../../engine/config'
import { Field } from '../../components/Field'
import { Term } from '../../components/Term'
import { useCommand } from '../../hooks/useCommand'
import { useT } from '../../i18n/useT'
import { selectProducer } from '../../store/selectors'
import type { SimStore } from '../../store/types'
import { useSim } from '../../store/useSim'

const ACKS: readonly [string, Acks][] = [
  ['0', 0],
  ['1', 1],
  ['all', 'all'],
]

/** Only the settings this form shows (the producer's batches change on every frame). */
function selectSettings(s: SimStore) {
  const p = selectProducer(s)
  return p === undefined
    ? undefined
    : {
        acks: p.config.acks,
        enableIdempotence: p.config.enableIdempotence,
        idempotent: p.idempotent,
        producerId: p.producerId,
        producerEpoch: p.producerEpoch,
      }
}

/** acks and enable.idempotence (Kafka turns idempotence off unless acks=all). */
export function ProducerSettings() {
  const t = useT()
  const command = useCommand()
  const producer = useSim(useShallow(selectSettings))
  const addNotice = useSim((s) => s.addNotice)
  if (producer === undefined) return null
  const set = async (config: Partial<ProducerConfig>) => {
    const r = await command({ type: 'setProducerConfig', config })
    if (r !== null && !r.ok)
      addNotice({ kind: 'error', key: 'notice.simError', params: { message: r.error.message } })
  }
  const acks = String(producer.acks)
  const label = { '0': t('produce.acks0'), '1': t('produce.acks1'), all: t('produce.acksAll') }
  return (
    <div className="form-row producer-settings">
      <Field label={<Term id="acks">{t('produce.acks')}</Term>} hint={t('produce.acksHint')}>
        {(p) => (
          <select
            {...p}
            value={acks}
            onChange={(e) => set({ acks: ACKS.find(([v]) => v === e.target.value)?.[1] ?? 'all' })}
          >
            {ACKS.map(([v]) => (
              <option key={v} value={v}>
                {label[v as keyof typeof label]}
              </option>
            ))}
          </select>
        )}
      </Field>
      <div className="field checkbox-field">
        <label>
          {/* What the producer does: with acks other than all, Kafka turns its default
              idempotence off (and would refuse an explicit true), so the box is off and locked. */}
          <input
            type="checkbox"
            checked={acks === 'all' && producer.enableIdempotence}
            disabled={acks !== 'all'}
            onChange={(e) => set({ enableIdempotence: e.target.checked })}
          />{' '}
          <Term id="idempotence">{t('produce.idempotence')}</Term>
        </label>
        {producer.idempotent ? (
          <span className="field-hint" data-testid="producer-id">
            {t('produce.pid', { pid: producer.producerId, epoch: producer.producerEpoch })}
          </span>
        ) : null}
        {producer.enableIdempotence && !producer.idempotent && acks !== 'all' ? (
          <span className="field-hint note" role="note">
            ⓘ {t('produce.idemOff', { acks })}
          </span>
        ) : null}
      </div>
    </div>
  )
}
