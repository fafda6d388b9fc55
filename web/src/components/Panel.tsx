import { Component, type ErrorInfo, type ReactNode } from 'react'

import styles from './Panel.module.css'

/** How long a panel that failed to draw waits before it tries again. */
const RETRY_MS = 10_000

/**
 * A panel's frame: its title, its body, and a guard. A panel that throws while drawing is replaced by a calm
 * notice and tried again a little later; the rest of the wall goes on. A wall never shows an error page.
 */
export function Panel(props: {
  title: ReactNode
  testId: string
  aside?: ReactNode
  children: ReactNode
  className?: string | undefined
}) {
  return (
    <section
      className={`${styles.panel} ${props.className ?? ''}`}
      data-testid={props.testId}
      aria-label={typeof props.title === 'string' ? props.title : undefined}
    >
      <header className={styles.header}>
        <h2 className={styles.title}>{props.title}</h2>
        {props.aside ? <div className={styles.aside}>{props.aside}</div> : null}
      </header>
      <div className={styles.body}>
        <PanelGuard>{props.children}</PanelGuard>
      </div>
    </section>
  )
}

class PanelGuard extends Component<{ children: ReactNode }, { failedAt: number | null }> {
  override state = { failedAt: null as number | null }
  #timer: ReturnType<typeof setTimeout> | undefined

  static getDerivedStateFromError(): { failedAt: number } {
    return { failedAt: Date.now() }
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error('a panel failed to draw; retrying', error, info.componentStack)
    clearTimeout(this.#timer)
    this.#timer = setTimeout(() => this.setState({ failedAt: null }), RETRY_MS)
  }

  override componentWillUnmount(): void {
    clearTimeout(this.#timer)
  }

  override render() {
    return this.state.failedAt === null ? (
      this.props.children
    ) : (
      <div className={styles.resting} aria-hidden="true" />
    )
  }
}
