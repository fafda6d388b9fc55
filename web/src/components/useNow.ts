import { useCallback, useSyncExternalStore } from 'react'

import { atNextFrame } from '../store/frames.js'

/** One clock per period, shared by every component that asks for it: one timer, one tick for them all. */
interface Clock {
  now: number
  readonly listeners: Set<() => void>
  timer: ReturnType<typeof setInterval> | undefined
}

const clocks = new Map<number, Clock>()

function clockOf(everyMs: number): Clock {
  let clock = clocks.get(everyMs)
  if (!clock) {
    clock = { now: Date.now(), listeners: new Set(), timer: undefined }
    clocks.set(everyMs, clock)
  }
  return clock
}

function subscribe(clock: Clock, everyMs: number, listener: () => void): () => void {
  clock.listeners.add(listener)
  if (clock.timer === undefined) {
    // A clock nobody watched stood still: what it says now is read once subscribed (React checks).
    if (Date.now() - clock.now >= everyMs) clock.now = Date.now()
    clock.timer = setInterval(
      () =>
        atNextFrame(() => {
          clock.now = Date.now()
          for (const l of clock.listeners) l()
        }),
      everyMs,
    )
  }
  return () => {
    clock.listeners.delete(listener)
    if (clock.listeners.size > 0) return
    clearInterval(clock.timer)
    clock.timer = undefined
  }
}

/**
 * The current time, refreshed every `everyMs`. Clocks and "12 seconds ago" tick on their own; `now` is never
 * written into the store (style.md §14), so a ticking clock re-renders only its readers. Every reader of
 * the same period ticks at once, in an animation frame beside the store's updates (store/frames.ts): a
 * wall's clocks and its data cost one commit where they coincide, never one each.
 */
export function useNow(everyMs: number): number {
  const clock = clockOf(everyMs)
  const onChange = useCallback(
    (listener: () => void) => subscribe(clock, everyMs, listener),
    [clock, everyMs],
  )
  return useSyncExternalStore(onChange, () => clock.now)
}
