import { type RefObject, useEffect, useRef } from 'react'

/**
 * Keeps the chosen row in sight: a link opened onto the 25th desa of a list shows it, not the first ten.
 * Runs when `current` changes; `block: 'nearest'` leaves a row already in sight where it is.
 */
export function useScrollToCurrent<T extends HTMLElement>(current: string | null): RefObject<T | null> {
  const list = useRef<T>(null)
  useEffect(() => {
    if (!current) return
    const row = list.current?.querySelector('[aria-current="true"]')
    // happy-dom and old engines have no scrollIntoView; nothing to keep in sight there.
    if (row && 'scrollIntoView' in row) row.scrollIntoView({ block: 'nearest' })
  }, [current])
  return list
}
