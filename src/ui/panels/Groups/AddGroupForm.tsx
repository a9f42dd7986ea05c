import { type FormEvent, useId, useState } from 'react'
import { useShallow } from 'zustand/react/shallow'
import type { AutoOffsetReset, CommitPolicy } from '../../../engine/groups/config'
import { Field } from '../../components/Field'
import { FormStatus } from '../../components/FormStatus'
import { Term } from '../../components/Term'
import { fieldNumber, useCommandForm } from '../../hooks/useCommandForm'
import { useT } from '../../i18n/useT'
import { selectReady, selectUserTopicNames } from '../../store/selectors'
import { useSim } from '../../store/useSim'
import { CommitSelect, type StrategyChoice, StrategySelect, strategyOf } from './fields'
import { TopicPicker } from './TopicPicker'
import { selectGroupIds } from './useGroups'

const FIELDS = [
  'group',
  'topics',
  'strategy',
  'commitPolicy',
  'processingMs',
  'consumers',
  'config.autoOffsetReset',
] as const

function nextGroupId(ids: readonly string[]): string {
  for (let i = 1; ; i++) if (!ids.includes(`g${i}`)) return `g${i}`
}

/** Create a group and start its consumers; the engine's refusals appear at their fields. */
export function AddGroupForm() {
  const t = useT()
  const ready = useSim(selectReady)
  const topics = useSim(useShallow(selectUserTopicNames))
  const ids = useSim(useShallow(selectGroupIds))
  const form = useCommandForm(FIELDS)
  const [group, setGroup] = useState<string | null>(null)
  const [chosen, setChosen] = useState<readonly string[] | null>(null)
  const [strategy, setStrategy] = useState<StrategyChoice>('default')
  const [commit, setCommit] = useState<CommitPolicy>('auto')
  const [processing, setProcessing] = useState('5')
  const [consumers, setConsumers] = useState('2')
  const [reset, setReset] = useState<AutoOffsetReset>('latest')
  const headingId = useId()
  const groupValue = group ?? nextGroupId(ids)
  const picked = chosen ?? topics.slice(0, 1)
  const onSubmit = async (e: FormEvent) => {
    e.preventDefault()
    const ok = await form.submit({
      type: 'addGroup',
      group: groupValue.trim(),
      topics: [...picked],
      strategy: strategyOf(strategy),
      commitPolicy: commit,
      processingMs: fieldNumber(processing),
      consumers: fieldNumber(consumers),
      config: { autoOffsetReset: reset },
    })
    if (ok) setGroup(null)
  }
  return (
    <form
      className="admin-form group-add"
      aria-labelledby={headingId}
      onSubmit={onSubmit}
      noValidate
    >
      <h3 id={headingId}>{t('groups.add.title')}</h3>
      <div className="form-row">
        <Field label={t('groups.add.group')} error={form.errors.group}>
          {(p) => (
            <input
              {...p}
              value={groupValue}
              spellCheck={false}
              onChange={(e) => setGroup(e.target.value)}
            />
          )}
        </Field>
        <TopicPicker
          topics={topics}
          value={picked}
          onChange={setChosen}
          error={form.errors.topics}
        />
        <Field
          label={<Term id="assignor">{t('groups.add.strategy')}</Term>}
          error={form.errors.strategy}
        >
          {(p) => <StrategySelect {...p} value={strategy} onChange={setStrategy} />}
        </Field>
        <Field label={t('groups.add.commit')} error={form.errors.commitPolicy}>
          {(p) => <CommitSelect {...p} value={commit} onChange={setCommit} />}
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
              value={processing}
              onChange={(e) => setProcessing(e.target.value)}
            />
          )}
        </Field>
        <Field label={t('groups.add.consumers')} error={form.errors.consumers} className="narrow">
          {(p) => (
            <input
              {...p}
              type="number"
              inputMode="numeric"
              min={0}
              value={consumers}
              onChange={(e) => setConsumers(e.target.value)}
            />
          )}
        </Field>
        <Field label="auto.offset.reset" error={form.errors['config.autoOffsetReset']}>
          {(p) => (
            <select
              {...p}
              value={reset}
              onChange={(e) => setReset(e.target.value as AutoOffsetReset)}
            >
              <option value="latest">latest</option>
              <option value="earliest">earliest</option>
              <option value="none">none</option>
            </select>
          )}
        </Field>
        <button type="submit" className="btn-primary" disabled={!ready || form.busy}>
          {t('groups.add.submit')}
        </button>
      </div>
      <FormStatus general={form.general} done={form.done} doneText={t('form.done')} />
    </form>
  )
}
