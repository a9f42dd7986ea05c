import { type FormEvent, useId, useState } from 'react'
import { useShallow } from 'zustand/react/shallow'
import { Field } from '../../components/Field'
import { FormStatus } from '../../components/FormStatus'
import { fieldNumber, useCommandForm } from '../../hooks/useCommandForm'
import { useT } from '../../i18n/useT'
import { selectReady, selectUserTopicNames } from '../../store/selectors'
import { useSim } from '../../store/useSim'

const FIELDS = ['topic', 'totalPartitions'] as const

/** Partitions can only be added (kafka-topics.sh --alter --partitions N). */
export function AddPartitionsForm() {
  const t = useT()
  const ready = useSim(selectReady)
  const topics = useSim(useShallow(selectUserTopicNames))
  const form = useCommandForm(FIELDS)
  const [topic, setTopic] = useState('')
  const [total, setTotal] = useState('4')
  const headingId = useId()
  const chosen = topics.includes(topic) ? topic : (topics[0] ?? '')
  const onSubmit = (e: FormEvent) => {
    e.preventDefault()
    void form.submit({ type: 'addPartitions', topic: chosen, totalPartitions: fieldNumber(total) })
  }
  return (
    <form className="admin-form" aria-labelledby={headingId} onSubmit={onSubmit} noValidate>
      <h3 id={headingId}>{t('topic.addTitle')}</h3>
      <div className="form-row">
        <Field label={t('topic.topic')} error={form.errors.topic}>
          {(p) => (
            <select {...p} value={chosen} onChange={(e) => setTopic(e.target.value)}>
              {topics.map((n) => (
                <option key={n} value={n}>
                  {n}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('topic.total')} error={form.errors.totalPartitions} className="narrow">
          {(p) => (
            <input
              {...p}
              type="number"
              inputMode="numeric"
              value={total}
              onChange={(e) => setTotal(e.target.value)}
            />
          )}
        </Field>
        <button type="submit" disabled={!ready || form.busy}>
          {t('topic.add')}
        </button>
      </div>
      <FormStatus general={form.general} done={form.done} doneText={t('form.done')} />
    </form>
  )
}
