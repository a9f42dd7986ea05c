import { type FormEvent, memo, useId, useState } from 'react'
import { Field } from '../../components/Field'
import { useCommandForm } from '../../hooks/useCommandForm'
import { useT } from '../../i18n/useT'

const FIELDS = ['groupInstanceId', 'group', 'clientId'] as const

/** Start one more consumer in the group, optionally a static member (group.instance.id). */
export const AddConsumerForm = memo(function AddConsumerForm({ group }: { group: string }) {
  const t = useT()
  const form = useCommandForm(FIELDS)
  const [instance, setInstance] = useState('')
  const errorId = useId()
  const groupError = form.errors.group ?? form.errors.clientId ?? form.general
  const onSubmit = async (e: FormEvent) => {
    e.preventDefault()
    const id = instance.trim()
    const ok = await form.submit({
      type: 'addConsumer',
      group,
      ...(id === '' ? {} : { groupInstanceId: id }),
    })
    if (ok) setInstance('')
  }
  return (
    <form
      className="add-consumer"
      onSubmit={onSubmit}
      noValidate
      aria-label={t('groups.consumer.formLabel', { group })}
    >
      <button
        type="submit"
        className="btn-primary"
        disabled={form.busy}
        aria-describedby={groupError ? errorId : undefined}
      >
        {t('groups.consumer.add')}
      </button>
      <Field
        label={t('groups.consumer.instance')}
        error={form.errors.groupInstanceId}
        hint={t('groups.consumer.instanceHint')}
      >
        {(p) => (
          <input
            {...p}
            value={instance}
            spellCheck={false}
            placeholder="web-1"
            onChange={(e) => setInstance(e.target.value)}
          />
        )}
      </Field>
      {groupError ? (
        <span id={errorId} className="field-error">
          <span aria-hidden="true">✖ </span>
          {groupError}
        </span>
      ) : null}
    </form>
  )
})
