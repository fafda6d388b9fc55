import { useEffect, useState } from 'react'

/**
 * The current time, refreshed every `everyMs`. Clocks and "12 seconds ago" tick on their own; `now` is never
 * written into the store (style.md §14), so a ticking clock re-renders only itself.
 */
export function useNow(everyMs: number): number {
  const [now, setNow] = useState(() => Date.now())
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), everyMs)
    return () => clearInterval(timer)
  }, [everyMs])
  return now
}
