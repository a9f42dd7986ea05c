import type { MessageKey } from '../i18n/catalog'
import { useT } from '../i18n/useT'
import { MAX_ISSUES, type RunIssue } from './validateRun'

/** The words validateRun.ts's `show` uses for a value it does not quote, as message keys. */
const GOT: Readonly<Record<string, MessageKey>> = {
  nothing: 'runs.got.nothing',
  'an array': 'runs.got.array',
  'an object': 'runs.got.object',
}

interface Props {
  id: string
  issues: readonly RunIssue[]
  /** The engine's refusal, when the file was fine but the replay was not. */
  engine: string | null
}

/** Why a run cannot be loaded: where (inputs[3].tick) and what is wrong, as text. */
export function IssueList({ id, issues, engine }: Props) {
  const t = useT()
  if (issues.length === 0 && engine === null) return <div id={id} role="alert" />
  const shown = issues.slice(0, MAX_ISSUES)
  const inLang = (params: RunIssue['params']): RunIssue['params'] => {
    const key = typeof params.got === 'string' ? GOT[params.got] : undefined
    return key === undefined ? params : { ...params, got: t(key) }
  }
  return (
    <div id={id} role="alert" className="run-issues field-error">
      <p>
        <span aria-hidden="true">✖ </span>
        {t('runs.import.errors')}
      </p>
      <ul>
        {engine === null ? null : <li>{t('runs.import.engine', { message: engine })}</li>}
        {shown.map((issue) => (
          <li key={`${issue.path}:${issue.code}`} data-path={issue.path}>
            {issue.path === '' ? null : <code>{issue.path}</code>}{' '}
            {t(`runs.issue.${issue.code}` as MessageKey, inLang(issue.params))}
          </li>
        ))}
        {issues.length > MAX_ISSUES ? (
          <li>{t('runs.import.more', { count: issues.length - MAX_ISSUES })}</li>
        ) : null}
      </ul>
    </div>
  )
}
