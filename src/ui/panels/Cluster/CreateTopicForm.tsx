import { type FormEvent, useId, useState } from 'react'
import { Field } from '../../components/Field'
import { FormStatus } from '../../components/FormStatus'
import { fieldNumber, useCommandForm } from '../../hooks/useCommandForm'
import { useT } from '../../i18n/useT'
import { selectReady } from '../../store/selectors'
import { useSim } from '../../store/useSim'

const FIELDS = ['name', 'partitions', 'replicationFactor'] as const

/** Create a topic; the engine's validation message appears under the field it is about. */
export function CreateTopicForm() {
  const t = useT()
  const ready = useSim(selectReady)
  const form = useCommandForm(FIELDS)
  const [name, setName] = useState('payments')
  const [partitions, setPartitions] = useState('3')
  const [rf, setRf] = useState('3')
  const headingId = useId()
  const onSubmit = (e: FormEvent) => {
    e.preventDefault()
    void form.submit({
      type: 'createTopic',
      name: name.trim(),
      partitions: fieldNumber(partitions),
      replicationFactor: fieldNumber(rf),
    })
  }
  return (
    <form className="admin-form" aria-labelledby={headingId} onSubmit={onSubmit} noValidate>
      <h3 id={headingId}>{t('topic.createTitle')}</h3>
      <div className="form-row">
        <Field label={t('topic.name')} error={form.errors.name}>
          {(p) => <input {...p} value={name} onChange={(e) => setName(e.target.value)} />}
        </Field>
        <Field label={t('topic.partitions')} error={form.errors.partitions} className="narrow">
          {(p) => (
            <input
              {...p}
              type="number"
              inputMode="numeric"
              value={partitions}
              onChange={(e) => setPartitions(e.target.value)}
            />
          )}
        </Field>
        <Field label={t('topic.rf')} error={form.errors.replicationFactor} className="narrow">
          {(p) => (
            <input
              {...p}
              type="number"
              inputMode="numeric"
              value={rf}
              onChange={(e) => setRf(e.target.value)}
            />
          )}
        </Field>
        <button type="submit" disabled={!ready || form.busy}>
          {t('topic.create')}
        </button>
      </div>
      <FormStatus general={form.general} done={form.done} doneText={t('form.done')} />
    </form>
  )
}
