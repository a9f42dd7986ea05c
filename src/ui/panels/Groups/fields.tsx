// Selects shared by the add-group form and a group's settings: the assignor list and the commit
// policy, with Kafka's names and what each means.

import { ASSIGNORS, COMMIT_POLICIES, type CommitPolicy } from '../../../engine/groups/config'
import type { AssignorName } from '../../../engine/kafka/assignors'
import type { FieldControlProps } from '../../components/Field'
import { useT } from '../../i18n/useT'

/** 'default' stands for Kafka's [range, cooperative-sticky]. */
export type StrategyChoice = 'default' | AssignorName

export function strategyOf(choice: StrategyChoice): AssignorName[] | AssignorName {
  return choice === 'default' ? ['range', 'cooperative-sticky'] : choice
}

export function choiceOf(strategy: readonly AssignorName[]): StrategyChoice | null {
  if (strategy.join(',') === 'range,cooperative-sticky') return 'default'
  return strategy.length === 1 ? (strategy[0] as AssignorName) : null
}

export function StrategySelect(
  props: FieldControlProps & { value: StrategyChoice | null; onChange(v: StrategyChoice): void },
) {
  const t = useT()
  const { value, onChange, ...rest } = props
  return (
    <select
      {...rest}
      value={value ?? ''}
      onChange={(e) => onChange(e.target.value as StrategyChoice)}
    >
      {value === null ? <option value="">—</option> : null}
      <option value="default">{t('groups.strategy.default')}</option>
      {ASSIGNORS.map((a) => (
        <option key={a} value={a}>
          {t(a === 'cooperative-sticky' ? 'groups.strategy.coop' : 'groups.strategy.eager', {
            name: a,
          })}
        </option>
      ))}
    </select>
  )
}

export function CommitSelect(
  props: FieldControlProps & { value: CommitPolicy; onChange(v: CommitPolicy): void },
) {
  const t = useT()
  const { value, onChange, ...rest } = props
  return (
    <select {...rest} value={value} onChange={(e) => onChange(e.target.value as CommitPolicy)}>
      {COMMIT_POLICIES.map((p) => (
        <option key={p} value={p}>
          {t(`groups.commit.${p}`)}
        </option>
      ))}
    </select>
  )
}
