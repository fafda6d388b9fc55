import { type QueueItem, QueuePageSchema } from '@pendopo/shared'
import { useCallback, useEffect, useRef, useState } from 'react'

import { api } from '../../../live/session.js'
import { useLiveEvents } from '../live/useLiveEvents.js'

import { type ListScope, patchItems, touchesScope } from './queue.js'

/**
 * After an event that may add or remove a row, the list is asked again this long after the last such
 * event: a burst costs one request, and a row's own state changes show at once by patching, not by asking.
 */
const REFRESH_AFTER_MS = 1_500
/** The queue's largest page (`QueueQuerySchema.limit`). */
const MAX_LIMIT = 1000

/** One query's rows so far, and where its next page starts. */
interface Segment {
  readonly items: readonly QueueItem[]
  readonly total: number
  readonly next: string | null
}

export type QueueState =
  | { readonly status: 'loading' }
  | { readonly status: 'error'; readonly error: string; readonly httpStatus: number }
  | {
      readonly status: 'ready'
      readonly segments: readonly Segment[]
      readonly items: readonly QueueItem[]
      readonly total: number
    }

const parsePage = (json: unknown) => QueuePageSchema.parse(json)

function ready(segments: readonly Segment[]): QueueState {
  return {
    status: 'ready',
    segments,
    items: segments.flatMap((s) => s.items),
    total: segments.reduce((sum, s) => sum + s.total, 0),
  }
}

function withParams(path: string, params: Record<string, string>): string {
  const [base = '', query = ''] = path.split('?')
  const q = new URLSearchParams(query)
  for (const [k, v] of Object.entries(params)) q.set(k, v)
  return `${base}?${q.toString()}`
}

/**
 * Queue requests (`paths`, without `after`) shown one after the other — the overdue first, say, then the
 * rest — kept live: rows follow the events about them at once, and the pages are asked again shortly after
 * an event in `scope` (a new complaint, one that moved). `more()` continues the first query that has more.
 * Empty `paths` ask nothing (the range is not known yet).
 */
export function useQueue(
  paths: readonly string[],
  scope: ListScope,
): { state: QueueState; more: (() => void) | null } {
  const [state, setState] = useState<QueueState>({ status: 'loading' })
  const [refreshes, setRefreshes] = useState(0)
  const shown = useRef<readonly number[]>([])
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined)
  const key = paths.join(' ')

  const events = useLiveEvents((fresh) => {
    setState((s) =>
      s.status === 'ready'
        ? ready(s.segments.map((seg) => ({ ...seg, items: patchItems(seg.items, fresh) })))
        : s,
    )
    if (fresh.some((e) => touchesScope(e, scope))) {
      clearTimeout(timer.current)
      timer.current = setTimeout(() => setRefreshes((n) => n + 1), REFRESH_AFTER_MS)
    }
  })
  const eventsRef = useRef(events)
  useEffect(() => {
    eventsRef.current = events
  })
  useEffect(() => () => clearTimeout(timer.current), [])

  // New queries start over (loading); a refresh keeps the rows on screen, and as many as were shown.
  useEffect(() => {
    shown.current = []
    setState({ status: 'loading' })
  }, [key])
  useEffect(() => {
    const list = key ? key.split(' ') : []
    if (list.length === 0) return
    const aborter = new AbortController()
    const asked = list.map((path, i) => {
      const n = shown.current[i] ?? 0
      const url = n > 0 ? withParams(path, { limit: String(Math.min(MAX_LIMIT, n)) }) : path
      return api(url, { parse: parsePage, signal: aborter.signal })
    })
    Promise.all(asked).then(
      (results) => {
        const failed = results.find((r) => !r.ok)
        if (failed && !failed.ok) {
          setState({ status: 'error', error: failed.problem.error, httpStatus: failed.problem.status })
          return
        }
        const segments = results.flatMap((r) =>
          r.ok ? [{ ...r.value, items: patchItems(r.value.items, eventsRef.current) }] : [],
        )
        shown.current = segments.map((s) => s.items.length)
        setState(ready(segments))
      },
      () => undefined, // aborted: a newer request owns the state
    )
    return () => aborter.abort()
  }, [key, refreshes])

  const segments = state.status === 'ready' ? state.segments : []
  const nextIndex = segments.findIndex((s) => s.next !== null)
  const more = useCallback(() => {
    const path = key.split(' ')[nextIndex]
    const after = segments[nextIndex]?.next
    if (!path || !after) return
    void api(withParams(path, { after }), { parse: parsePage }).then((result) => {
      if (!result.ok) return
      setState((s) => {
        if (s.status !== 'ready') return s
        const next = s.segments.map((seg, i) =>
          i === nextIndex
            ? {
                ...seg,
                items: [...seg.items, ...patchItems(result.value.items, eventsRef.current)],
                next: result.value.next,
              }
            : seg,
        )
        shown.current = next.map((seg) => seg.items.length)
        return ready(next)
      })
    })
  }, [key, nextIndex, segments])

  return { state, more: nextIndex >= 0 ? more : null }
}
