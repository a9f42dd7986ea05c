import { useId } from 'react'
import { useT } from '../../i18n/useT'

interface Props {
  topics: readonly string[]
  value: readonly string[]
  onChange(next: readonly string[]): void
  error?: string | undefined
}

/** The topics a group subscribes to: one checkbox each, the engine's error under them. */
export function TopicPicker({ topics, value, onChange, error }: Props) {
  const t = useT()
  const errorId = useId()
  const toggle = (name: string, on: boolean) =>
    onChange(on ? [...value, name] : value.filter((x) => x !== name))
  return (
    <fieldset className="field topic-picker" aria-describedby={error ? errorId : undefined}>
      <legend>{t('groups.add.topics')}</legend>
      <div className="topic-boxes">
        {topics.length === 0 ? <span className="muted">{t('groups.add.noTopics')}</span> : null}
        {topics.map((name) => (
          <label key={name} className="topic-box">
            <input
              type="checkbox"
              checked={value.includes(name)}
              onChange={(e) => toggle(name, e.target.checked)}
              aria-describedby={error ? errorId : undefined}
              aria-invalid={error ? true : undefined}
            />{' '}
            {name}
          </label>
        ))}
      </div>
      {error ? (
        <span id={errorId} className="field-error">
          <span aria-hidden="true">✖ </span>
          {error}
        </span>
      ) : null}
    </fieldset>
  )
}
