import { type ReactNode, useContext, useId, useSyncExternalStore } from 'react'
import { useT } from '../i18n/useT'
import { PanelVisibility, type PanelVisibilityStore } from '../store/visibility'
import { ErrorBoundary } from './ErrorBoundary'

interface Props {
  title: ReactNode
  /** Extra controls at the right of the title bar. */
  actions?: ReactNode
  className?: string
  testId?: string
  children: ReactNode
}

const ON_SCREEN: PanelVisibilityStore = {
  get: () => ({ offscreen: false, epoch: 0 }),
  subscribe: () => () => {},
}

/**
 * Whether the panel's slot is off screen (layout/PanelSlot.tsx watches it). An off-screen panel
 * gets `panel-offscreen`: CSS then skips its layout and paint (content-visibility), so its
 * once-a-second refreshes cost the browser nothing. Only off screen: the containment that comes
 * with it would clip a menu opening over the panel's edge.
 */
function useOffscreen(): boolean {
  const vis = useContext(PanelVisibility) ?? ON_SCREEN
  return useSyncExternalStore(
    vis.subscribe,
    () => vis.get().offscreen,
    () => false,
  )
}

/** A titled region of the page with its own error boundary. */
export function Panel({ title, actions, className, testId, children }: Props) {
  const t = useT()
  const id = useId()
  const offscreen = useOffscreen()
  return (
    <section
      className={`panel ${className ?? ''}${offscreen ? ' panel-offscreen' : ''}`}
      aria-labelledby={id}
      data-testid={testId}
    >
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
