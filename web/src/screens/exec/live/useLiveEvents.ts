import type { DomainEvent } from '@pendopo/shared'
import { useEffect, useRef } from 'react'

import { useWall } from '../../../store/WallProvider.js'

/**
 * Calls `onEvents` with the events the store applies from now on, oldest first, once per store update (at
 * most a few times a second). What the store held before the caller mounted is its backlog, not news: the
 * caller's own fetch already reflects it. Returns what the store holds (newest first), to patch a fetch
 * that raced them.
 */
export function useLiveEvents(onEvents: (events: DomainEvent[]) => void): readonly DomainEvent[] {
  const events = useWall((s) => s.events)
  const seen = useRef<number | null>(null)
  const handler = useRef(onEvents)
  useEffect(() => {
    handler.current = onEvents
  })
  useEffect(() => {
    const newest = events[0]?.seq ?? 0
    const since = seen.current
    seen.current = Math.max(since ?? 0, newest)
    if (since === null) return
    const fresh = events.filter((e) => e.seq > since).reverse()
    if (fresh.length > 0) handler.current(fresh)
  }, [events])
  return events
}
