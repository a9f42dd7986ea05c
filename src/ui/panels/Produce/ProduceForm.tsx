import { type FormEvent, useState } from 'react'
import { Field } from '../../components/Field'
import { FormStatus } from '../../components/FormStatus'
import { useCommandForm } from '../../hooks/useCommandForm'
import { useT } from '../../i18n/useT'
import { selectReady } from '../../store/selectors'
import { useSim } from '../../store/useSim'

const FIELDS = ['topic', 'key', 'value', 'partition'] as const

interface Props {
  topics: readonly string[]
  topic: string
  onTopic: (topic: string) => void
}

/** One record: topic, key (picks the partition by murmur2 hash), value, optional partition. */
export function ProduceForm({ topics, topic, onTopic }: Props) {
  const t = useT()
  const ready = useSim(selectReady)
  const form = useCommandForm(FIELDS)
  const [key, setKey] = useState('')
  const [value, setValue] = useState('')
  const [partition, setPartition] = useState('')
  const onSubmit = (e: FormEvent) => {
    e.preventDefault()
    void form.submit({
      type: 'produce',
      topic,
      key: key === '' ? null : key,
      value,
      partition: partition.trim() === '' ? null : Number(partition),
    })
  }
  return (
    <form className="produce-form" onSubmit={onSubmit} noValidate>
      <div className="form-row">
        <Field label={t('produce.topic')} error={form.errors.topic}>
          {(p) => (
            <select {...p} value={topic} onChange={(e) => onTopic(e.target.value)}>
              {topics.map((n) => (
                <option key={n} value={n}>
                  {n}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('produce.partition')} error={form.errors.partition} className="narrow">
          {(p) => (
            <input
              {...p}
              type="text"
              inputMode="numeric"
              placeholder={t('produce.partitionAuto')}
              value={partition}
              onChange={(e) => setPartition(e.target.value)}
            />
          )}
        </Field>
      </div>
      <div className="form-row">
        <Field label={t('produce.key')} error={form.errors.key}>
          {(p) => <input {...p} value={key} onChange={(e) => setKey(e.target.value)} />}
        </Field>
        <Field label={t('produce.value')} error={form.errors.value} className="grow">
          {(p) => <input {...p} value={value} onChange={(e) => setValue(e.target.value)} />}
        </Field>
        <button type="submit" className="btn-primary" disabled={!ready || form.busy}>
          {t('produce.send')}
        </button>
      </div>
      <FormStatus general={form.general} done={form.done} doneText={t('produce.sent')} />
    </form>
  )
}
