import { useEffect, useState } from 'react'

/** The console's pages: the queue, and one complaint. */
export type Route = { readonly view: 'queue' } | { readonly view: 'complaint'; readonly id: string }

/**
 * The page a path shows: `/ops/complaints/<id>` a complaint, anything else under /ops the queue.
 *
 * @example
 * routeOf('/ops/complaints/01JD0000000000000000000000') // { view: 'complaint', id: '01JD…' }
 */
export function routeOf(pathname: string): Route {
  const match = /^\/ops\/complaints\/([^/]+)\/?$/.exec(pathname)
  return match?.[1] ? { view: 'complaint', id: decodeURIComponent(match[1]) } : { view: 'queue' }
}

/**
 * The URL of a page. The queue's query (its filters, and `lang`) travels with every page, so the way back
 * from a complaint shows the same view, and j/k on a complaint walk the same list.
 */
export function urlOf(route: Route, search: string): string {
  const path = route.view === 'queue' ? '/ops' : `/ops/complaints/${encodeURIComponent(route.id)}`
  return `${path}${search}`
}

/** Fired on `window` after the console changes the URL itself (pushState fires no event of its own). */
const NAVIGATED = 'pendopo:navigate'

/** Goes to `url` without reloading the page; `replace` for changes that are not a step back can undo. */
export function navigate(url: string, { replace = false }: { replace?: boolean } = {}): void {
  if (replace) window.history.replaceState(null, '', url)
  else window.history.pushState(null, '', url)
  window.dispatchEvent(new Event(NAVIGATED))
}

/** The current path and query, following the console's own navigation and the browser's back and forward. */
export function useLocation(): { pathname: string; search: string } {
  const read = () => ({ pathname: window.location.pathname, search: window.location.search })
  const [location, setLocation] = useState(read)
  useEffect(() => {
    const update = () => setLocation(read())
    window.addEventListener('popstate', update)
    window.addEventListener(NAVIGATED, update)
    return () => {
      window.removeEventListener('popstate', update)
      window.removeEventListener(NAVIGATED, update)
    }
  }, [])
  return location
}
