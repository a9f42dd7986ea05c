import { type ReactNode, useId } from 'react'

export interface FieldControlProps {
  id: string
  'aria-describedby'?: string
  'aria-invalid'?: true
}

interface Props {
  label: ReactNode
  error?: string | null
  hint?: ReactNode
  className?: string
  children: (props: FieldControlProps) => ReactNode
}

/** A label, a control, and the engine's error right under it (linked with aria-describedby). */
export function Field({ label, error, hint, className, children }: Props) {
  const id = useId()
  const errorId = `${id}-error`
  const hintId = `${id}-hint`
  const describedBy =
    [error ? errorId : null, hint ? hintId : null].filter((x) => x !== null).join(' ') || undefined
  return (
    <div className={`field ${className ?? ''}`}>
      <label htmlFor={id}>{label}</label>
      {children({
        id,
        ...(describedBy === undefined ? {} : { 'aria-describedby': describedBy }),
        ...(error ? { 'aria-invalid': true as const } : {}),
      })}
      {hint ? (
        <span id={hintId} className="field-hint">
          {hint}
        </span>
      ) : null}
      {error ? (
        <span id={errorId} className="field-error">
          <span aria-hidden="true">✖ </span>
          {error}
        </span>
      ) : null}
    </div>
  )
}
