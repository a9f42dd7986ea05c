import { type ReactNode, useId } from 'react'
import { useT } from '../i18n/useT'
import { ErrorBoundary } from './ErrorBoundary'

interface Props {
  title: ReactNode
  /** Extra controls at the right of the title bar. */
  actions?: ReactNode
  className?: string
  testId?: string
  children: ReactNode
}

/** A titled region of the page with its own error boundary. */
export function Panel({ title, actions, className, testId, children }: Props) {
  const t = useT()
  const id = useId()
  return (
    <section className={`panel ${className ?? ''}`} aria-labelledby={id} data-testid={testId}>
      <header className="panel-head">
        <h2 id={id}>{title}</h2>
        {actions}
      </header>
      <ErrorBoundary
        fallback={(error, reset) => (
          <div className="panel-error" role="alert">
            <p>{t('panel.error', { message: error.message })}</p>
            <button type="button" onClick={reset}>
              {t('panel.retry')}
            </button>
          </div>
        )}
      >
        {children}
      </ErrorBoundary>
    </section>
  )
}
