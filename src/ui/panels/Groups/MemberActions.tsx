import { memo, useId } from 'react'
import type { Command } from '../../../engine/commands'
import { equalData } from '../../../engine/diff'
import type { GroupMemberView } from '../../../engine/groups/view'
import { useCommandForm } from '../../hooks/useCommandForm'
import { useT } from '../../i18n/useT'

const FIELDS = ['clientId', 'paused', 'group'] as const

type Props = { group: string; m: GroupMemberView }

/** Only the member's own data matters (the group view is rebuilt whenever anything moves). */
const sameMember = (a: Props, b: Props): boolean => a.group === b.group && equalData(a.m, b.m)

/**
 * What one can do to a consumer: close it, crash it, stop or resume its poll() loop, commit now.
 * The engine's refusal shows under the buttons, which point at it (aria-describedby).
 */
export const MemberActions = memo(function MemberActions({ group, m }: Props) {
  const t = useT()
  const form = useCommandForm(FIELDS)
  const errorId = useId()
  const error = form.errors.clientId ?? form.errors.paused ?? form.errors.group ?? form.general
  const running = m.status === 'running'
  const paused = m.state === 'paused'
  const run = (cmd: Command) => void form.submit(cmd)
  if (!running && !error) return null
  const target = { group, clientId: m.clientId }
  const common = {
    disabled: form.busy || !running,
    'aria-describedby': error ? errorId : undefined,
    type: 'button' as const,
  }
  return (
    <fieldset className="member-actions" aria-label={t('groups.actions.label', target)}>
      <div className="member-buttons">
        <button
          {...common}
          className={paused ? 'btn-on' : undefined}
          aria-pressed={paused}
          title={t('groups.action.pauseTitle')}
          onClick={() => run({ type: 'pauseConsumer', ...target, paused: !paused })}
        >
          {t(paused ? 'groups.action.resume' : 'groups.action.pause')}
        </button>
        <button
          {...common}
          title={t('groups.action.commitSyncTitle')}
          onClick={() => run({ type: 'commitSync', ...target })}
        >
          commitSync
        </button>
        <button
          {...common}
          title={t('groups.action.commitAsyncTitle')}
          onClick={() => run({ type: 'commitAsync', ...target })}
        >
          commitAsync
        </button>
        <button
          {...common}
          title={t('groups.action.closeTitle')}
          onClick={() => run({ type: 'removeConsumer', ...target })}
        >
          {t('groups.action.close')}
        </button>
        <button
          {...common}
          className="btn-danger"
          title={t('groups.action.crashTitle')}
          onClick={() => run({ type: 'crashConsumer', ...target })}
        >
          {t('groups.action.crash')}
        </button>
      </div>
      {error ? (
        <span id={errorId} className="field-error">
          <span aria-hidden="true">✖ </span>
          {error}
        </span>
      ) : null}
    </fieldset>
  )
}, sameMember)
