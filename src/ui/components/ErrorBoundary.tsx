import { Component, type ErrorInfo, type ReactNode } from 'react'

interface Props {
  /** What to show instead of the children after a render error. */
  fallback: (error: Error, reset: () => void) => ReactNode
  children: ReactNode
}

interface State {
  error: Error | null
}

/** Keeps a render error inside one panel: the rest of the page keeps working. */
export class ErrorBoundary extends Component<Props, State> {
  state: State = { error: null }

  static getDerivedStateFromError(error: unknown): State {
    return { error: error instanceof Error ? error : new Error(String(error)) }
  }

  componentDidCatch(error: Error, info: ErrorInfo): void {
    // Keep the stack for whoever opens the console; the panel shows the message.
    console.warn('kafkascope: a panel failed to render', error, info.componentStack)
  }

  private reset = () => this.setState({ error: null })

  render(): ReactNode {
    if (this.state.error !== null) return this.props.fallback(this.state.error, this.reset)
    return this.props.children
  }
}
