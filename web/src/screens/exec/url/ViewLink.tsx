import { createContext, type MouseEvent, type ReactNode, useContext } from 'react'

import { type ExecNavigation, hrefOf } from './useExecView.js'
import type { ExecView } from './viewState.js'

const NavContext = createContext<ExecNavigation | null>(null)

export function ExecNavProvider({ nav, children }: { nav: ExecNavigation; children: ReactNode }) {
  return <NavContext.Provider value={nav}>{children}</NavContext.Provider>
}

/** The tablet's view and its moves. */
export function useExecNav(): ExecNavigation {
  const nav = useContext(NavContext)
  if (!nav) throw new Error('useExecNav needs an <ExecNavProvider>')
  return nav
}

/** A plain click stays in the page; a click meant for a new tab or window is the browser's. */
const isPlainClick = (e: MouseEvent) =>
  e.button === 0 && !e.metaKey && !e.ctrlKey && !e.shiftKey && !e.altKey && !e.defaultPrevented

/**
 * A link to another view: every drill-down, tab and range is one, so each has a real address (copy it,
 * open it in a new tab) and is announced as a link. `current` marks the one the view is on.
 */
export function ViewLink(props: {
  to: ExecView
  children: ReactNode
  className?: string
  current?: boolean
  label?: string
  testId?: string
  code?: string
  /** More `data-*` attributes, for tests that read what a link shows (a complaint's state). */
  data?: Readonly<Record<string, string | number>>
}) {
  const nav = useExecNav()
  const data = Object.fromEntries(Object.entries(props.data ?? {}).map(([k, v]) => [`data-${k}`, v]))
  return (
    <a
      href={hrefOf(props.to)}
      className={props.className}
      aria-current={props.current ? 'true' : undefined}
      aria-label={props.label}
      data-testid={props.testId}
      data-code={props.code}
      {...data}
      onClick={(e) => {
        if (!isPlainClick(e)) return
        e.preventDefault()
        nav.go(props.to)
      }}
    >
      {props.children}
    </a>
  )
}
