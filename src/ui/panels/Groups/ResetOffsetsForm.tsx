import { type FormEvent, memo, useId, useState } from 'react'
import { equalData } from '../../../engine/diff'
import type { GroupView } from '../../../engine/groups/view'
import { Field } from '../../components/Field'
import { FormStatus } from '../../components/FormStatus'
import { fieldNumber, useCommandForm } from '../../hooks/useCommandForm'
import { useT } from '../../i18n/useT'

const FIELDS = ['group', 'topic', 'to', 'partition'] as const
type Kind = 'earliest' | 'latest' | 'offset' | 'timestamp'

type Props = { g: GroupView }

/** The form shows only the group's id and topics: it re-renders when those change. */
const sameTopics = ({ g: a }: Props, { g: b }: Props): boolean =>
  a.id === b.id && equalData(a.topics, b.topics)

/**
 * kafka-consumer-groups.sh --reset-offsets --execute, per topic and optionally one partition.
 * Kafka refuses it while the group has active members: that refusal shows at the button.
 */
export const ResetOffsetsForm = memo(function ResetOffsetsForm({ g }: Props) {
  const t = useT()
  const form = useCommandForm(FIELDS)
  const [topic, setTopic] = useState<string | null>(null)
  const [kind, setKind] = useState<Kind>('earliest')
  const [value, setValue] = useState('0')
  const [partition, setPartition] = useState('')
  const headingId = useId()
  const groupErrorId = useId()
  const chosen = topic ?? g.topics[0] ?? ''
  const needsValue = kind === 'offset' || kind === 'timestamp'
  const onSubmit = (e: FormEvent) => {
    e.preventDefault()
    const v = fieldNumber(value)
    const to = kind === 'offset' ? { offset: v } : kind === 'timestamp' ? { timestamp: v } : kind
    void form.submit({
      type: 'resetOffsets',
      group: g.id,
      topic: chosen,
      to,
      ...(partition.trim() === '' ? {} : { partition: Number(partition) }),
    })
  }
  return (
    <form className="admin-form" aria-labelledby={headingId} onSubmit={onSubmit} noValidate>
      <h4 id={headingId}>{t('groups.resetOffsets.title')}</h4>
      <p className="field-hint">{t('groups.resetOffsets.hint')}</p>
      <div className="form-row">
        <Field label={t('groups.resetOffsets.topic')} error={form.errors.topic}>
          {(p) => (
            <select {...p} value={chosen} onChange={(e) => setTopic(e.target.value)}>
              {g.topics.map((name) => (
                <option key={name} value={name}>
                  {name}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('groups.resetOffsets.to')} error={needsValue ? null : form.errors.to}>
          {(p) => (
            <select {...p} value={kind} onChange={(e) => setKind(e.target.value as Kind)}>
              <option value="earliest">--to-earliest</option>
              <option value="latest">--to-latest</option>
              <option value="offset">--to-offset</option>
              <option value="timestamp">--to-datetime (ms)</option>
            </select>
          )}
        </Field>
        {needsValue ? (
          <Field
            label={t(
              kind === 'offset' ? 'groups.resetOffsets.offset' : 'groups.resetOffsets.timestamp',
            )}
            error={form.errors.to}
            className="narrow"
          >
            {(p) => (
              <input
                {...p}
                type="number"
                inputMode="numeric"
                value={value}
                onChange={(e) => setValue(e.target.value)}
              />
            )}
          </Field>
        ) : null}
        <Field
          label={t('groups.resetOffsets.partition')}
          error={form.errors.partition}
          className="narrow"
        >
          {(p) => (
            <input
              {...p}
              type="number"
              inputMode="numeric"
              min={0}
              placeholder={t('groups.resetOffsets.all')}
              value={partition}
              onChange={(e) => setPartition(e.target.value)}
            />
          )}
        </Field>
        <button
          type="submit"
          disabled={form.busy}
          aria-describedby={form.errors.group ? groupErrorId : undefined}
        >
          {t('groups.resetOffsets.submit')}
        </button>
      </div>
      {form.errors.group ? (
        <p id={groupErrorId} className="field-error reset-refused">
          <span aria-hidden="true">✖ </span>
          {form.errors.group}
        </p>
      ) : null}
      <FormStatus general={form.general} done={form.done} doneText={t('form.done')} />
    </form>
  )
}, sameTopics)
