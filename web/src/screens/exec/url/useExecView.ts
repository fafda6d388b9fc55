import { useCallback, useEffect, useState } from 'react'

import { type ExecView, parseView, viewSearch } from './viewState.js'

/** What the tablet writes into `history.state`: how an entry was reached, so "close" can go back to it. */
interface EntryState {
  readonly pendopoExec: true
  /** This entry opened a complaint over the entry before it. */
  readonly openedComplaint: boolean
}

export interface ExecNavigation {
  readonly view: ExecView
  /** A new history entry for `next` (the back button returns here). */
  readonly go: (next: ExecView) => void
  /**
   * Closes the complaint: back to the entry it was opened from when there is one (so the back button does
   * not reopen it), else a new entry without it (a shared link opened straight onto a complaint).
   */
  readonly closeComplaint: () => void
}

/**
 * The view from the URL, and moves that write the URL (history.pushState) before they show. The back and
 * forward buttons are followed through `popstate`. On load, the URL is rewritten to its canonical form
 * (replaceState), so what the address bar shows is what the tablet shows.
 */
export function useExecView(): ExecNavigation {
  const [view, setView] = useState(() => parseView(window.location.search))

  useEffect(() => {
    const canonical = viewSearch(parseView(window.location.search))
    if (canonical !== window.location.search)
      window.history.replaceState(window.history.state, '', window.location.pathname + canonical)
    const onPop = () => setView(parseView(window.location.search))
    window.addEventListener('popstate', onPop)
    return () => window.removeEventListener('popstate', onPop)
  }, [])

  const go = useCallback((next: ExecView) => {
    const search = viewSearch(next)
    if (search === window.location.search) return
    const current = parseView(window.location.search)
    const entry: EntryState = {
      pendopoExec: true,
      openedComplaint: next.complaint !== null && current.complaint === null,
    }
    window.history.pushState(entry, '', window.location.pathname + search)
    setView(parseView(search))
  }, [])

  const closeComplaint = useCallback(() => {
    const state = window.history.state as Partial<EntryState> | null
    if (state?.pendopoExec && state.openedComplaint) window.history.back()
    else go({ ...parseView(window.location.search), complaint: null })
  }, [go])

  return { view, go, closeComplaint }
}

/** Where a link to `next` points: a real href, so it can be opened in a new tab or copied. */
export const hrefOf = (next: ExecView): string => `/exec${viewSearch(next)}`
