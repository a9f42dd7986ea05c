import { type FormEvent, memo, useId, useState } from 'react'
import { equalData } from '../../../engine/diff'
import type { CommitPolicy } from '../../../engine/groups/config'
import type { GroupView } from '../../../engine/groups/view'
import { Field } from '../../components/Field'
import { FormStatus } from '../../components/FormStatus'
import { fieldNumber, useCommandForm } from '../../hooks/useCommandForm'
import { useT } from '../../i18n/useT'
import { CommitSelect, choiceOf, type StrategyChoice, StrategySelect, strategyOf } from './fields'

const FIELDS = ['strategy', 'commitPolicy', 'processingMs', 'dedupe'] as const

type Props = { g: GroupView }

/** The form shows only these fields of the group: it re-renders when one of them changes. */
const sameSettings = ({ g: a }: Props, { g: b }: Props): boolean =>
  a.id === b.id &&
  a.commitPolicy === b.commitPolicy &&
  a.processingMs === b.processingMs &&
  a.dedupe === b.dedupe &&
  equalData(a.strategy, b.strategy)

/** Change the group's assignor, commit mode and processing time (setGroupConfig): only what changed. */
export const GroupSettingsForm = memo(function GroupSettingsForm({ g }: Props) {
  const t = useT()
  const form = useCommandForm(FIELDS)
  const [strategy, setStrategy] = useState<StrategyChoice | null>(null)
  const [commit, setCommit] = useState<CommitPolicy | null>(null)
  const [processing, setProcessing] = useState<string | null>(null)
  const [dedupe, setDedupe] = useState<boolean | null>(null)
  const headingId = useId()
  const onSubmit = async (e: FormEvent) => {
    e.preventDefault()
    const ok = await form.submit({
      type: 'setGroupConfig',
      group: g.id,
      ...(strategy === null ? {} : { strategy: strategyOf(strategy) }),
      ...(commit === null ? {} : { commitPolicy: commit }),
      ...(processing === null ? {} : { processingMs: fieldNumber(processing) }),
      ...(dedupe === null ? {} : { dedupe }),
    })
    if (ok) {
      setStrategy(null)
      setCommit(null)
      setProcessing(null)
      setDedupe(null)
    }
  }
  return (
    <form className="admin-form" aria-labelledby={headingId} onSubmit={onSubmit} noValidate>
      <h4 id={headingId}>{t('groups.settings.title')}</h4>
      <div className="form-row">
        <Field label={t('groups.add.strategy')} error={form.errors.strategy}>
          {(p) => (
            <StrategySelect
              {...p}
              value={strategy ?? choiceOf(g.strategy)}
              onChange={setStrategy}
            />
          )}
        </Field>
        <Field label={t('groups.add.commit')} error={form.errors.commitPolicy}>
          {(p) => <CommitSelect {...p} value={commit ?? g.commitPolicy} onChange={setCommit} />}
        </Field>
        <Field
          label={t('groups.add.processing')}
          error={form.errors.processingMs}
          className="narrow"
        >
          {(p) => (
            <input
              {...p}
              type="number"
              inputMode="numeric"
              min={0}
              value={processing ?? String(g.processingMs)}
              onChange={(e) => setProcessing(e.target.value)}
            />
          )}
        </Field>
        <Field
          label={t('groups.settings.dedupe')}
          error={form.errors.dedupe}
          hint={t('groups.settings.dedupeHint')}
          className="checkbox-field dedupe-field"
        >
          {(p) => (
            <input
              {...p}
              type="checkbox"
              checked={dedupe ?? g.dedupe}
              onChange={(e) => setDedupe(e.target.checked)}
            />
          )}
        </Field>
        <button type="submit" disabled={form.busy}>
          {t('groups.settings.apply')}
        </button>
      </div>
      <FormStatus general={form.general} done={form.done} doneText={t('form.done')} />
    </form>
  )
}, sameSettings)
