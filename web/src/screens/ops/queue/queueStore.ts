import type { DomainEvent, QueueItem, QueuePage } from '@pendopo/shared'
import { createStore, type StoreApi } from 'zustand/vanilla'

import type { ApiError, ApiResult } from '../../../live/session.js'

import { changeFor, insertionIndex } from './liveRows.js'
import { type QueueView, viewKey } from './queueQuery.js'

/** Rows per request: large enough that 40,000 rows are 80 requests, small enough to show the first at once. */
export const PAGE_SIZE = 500
/** The next page is asked for when the selection or the scroll comes this close to the last row held. */
export const LOAD_AHEAD = 100

export interface QueueState {
  /** The (scoped) view the rows belong to; null before the first `show`. */
  readonly view: QueueView | null
  readonly rows: readonly QueueItem[]
  /** How many complaints match, across all pages; null until the first page. */
  readonly total: number | null
  /** The cursor of the next page; null when every page is held (or none yet). */
  readonly next: string | null
  readonly status: 'idle' | 'loading' | 'ready' | 'error'
  readonly error: ApiError | null
  readonly selectedId: string | null
}

export interface QueueDeps {
  readonly fetchPage: (view: QueueView, after: string | null) => Promise<ApiResult<QueuePage>>
  /** One complaint as a row, for a complaint that enters the view live. */
  readonly fetchRow: (id: string) => Promise<ApiResult<QueueItem>>
}

export interface QueueStore {
  readonly store: StoreApi<QueueState>
  /** Shows this view: a different one starts over from its first page; the same one is left alone. */
  show(view: QueueView): void
  /** Fetches the next page, unless one is on its way or none is left. */
  loadMore(): void
  /** Starts the same view over (after missed events), keeping the selection. */
  refresh(): void
  select(id: string | null): void
  /** Moves the selection by `delta` rows and returns the row now selected. */
  move(delta: number): QueueItem | undefined
  /** The live events since the last call, oldest first. */
  applyEvents(events: readonly DomainEvent[]): void
}

const indexes = new WeakMap<readonly QueueItem[], ReadonlyMap<string, number>>()
/** id → index of a rows array, built once per array (the rows are replaced, never mutated). */
export function indexOfRows(rows: readonly QueueItem[]): ReadonlyMap<string, number> {
  let index = indexes.get(rows)
  if (!index) {
    index = new Map(rows.map((row, i) => [row.id, i]))
    indexes.set(rows, index)
  }
  return index
}

/**
 * The queue's rows for one view, loaded a page at a time and kept current by the live events. A vanilla
 * store (testable without React); the queue screen reads it with `useStore`, the complaint page moves
 * through it with j and k.
 */
export function createQueueStore(deps: QueueDeps): QueueStore {
  const store = createStore<QueueState>(() => ({
    view: null,
    rows: [],
    total: null,
    next: null,
    status: 'idle',
    error: null,
    selectedId: null,
  }))
  // Answers to an older view (or an older start of this one) are dropped: a page belongs to one generation.
  let generation = 0
  const fetching = new Set<string>()

  const loadMore = () => {
    const { view, status, rows, next } = store.getState()
    if (!view || status === 'loading' || (rows.length > 0 && next === null) || status === 'error') return
    const mine = generation
    store.setState({ status: 'loading' })
    void deps.fetchPage(view, next).then((result) => {
      if (mine !== generation) return
      if (!result.ok) {
        store.setState({ status: 'error', error: result.problem })
        return
      }
      const page = result.value
      store.setState((s) => {
        const seen = indexOfRows(s.rows)
        const fresh = page.items.filter((row) => !seen.has(row.id))
        return {
          rows: [...s.rows, ...fresh],
          total: page.total,
          next: page.next,
          status: 'ready',
          error: null,
        }
      })
    })
  }

  const start = (view: QueueView, keepSelection: boolean) => {
    generation++
    fetching.clear()
    store.setState((s) => ({
      view,
      rows: [],
      total: null,
      next: null,
      status: 'idle',
      error: null,
      selectedId: keepSelection ? s.selectedId : null,
    }))
    loadMore()
  }

  const insert = (row: QueueItem) => {
    store.setState((s) => {
      if (!s.view || indexOfRows(s.rows).has(row.id)) return {}
      const at = insertionIndex(s.rows, row, { view: s.view, more: s.next !== null })
      const total = (s.total ?? 0) + 1
      if (at === null) return { total }
      return { rows: [...s.rows.slice(0, at), row, ...s.rows.slice(at)], total }
    })
  }

  const fetchRow = (id: string) => {
    if (fetching.has(id)) return
    fetching.add(id)
    const mine = generation
    void deps.fetchRow(id).then((result) => {
      fetching.delete(id)
      if (mine === generation && result.ok) insert(result.value)
    })
  }

  return {
    store,
    show(view) {
      const { view: held, status } = store.getState()
      if (held && viewKey(held) === viewKey(view) && status !== 'error') return
      start(view, false)
    },
    loadMore,
    refresh() {
      const { view } = store.getState()
      if (view) start(view, true)
    },
    select(id) {
      store.setState({ selectedId: id })
    },
    move(delta) {
      const { rows, selectedId, next } = store.getState()
      if (rows.length === 0) return undefined
      const current = selectedId === null ? undefined : indexOfRows(rows).get(selectedId)
      const target = current === undefined ? (delta >= 0 ? 0 : rows.length - 1) : current + delta
      const index = Math.min(rows.length - 1, Math.max(0, target))
      const row = rows[index]
      if (row) store.setState({ selectedId: row.id })
      if (next !== null && index >= rows.length - LOAD_AHEAD) loadMore()
      return row
    },
    applyEvents(events) {
      const { view, rows: held } = store.getState()
      if (!view) return
      // One copy of the rows for the whole batch, however many of them it patches.
      const indexOf = indexOfRows(held)
      let rows: QueueItem[] | null = null
      const inserts: QueueItem[] = []
      for (const event of events) {
        const change = changeFor(event, { rows: rows ?? held, indexOf, view })
        switch (change.kind) {
          case 'patch':
            rows ??= [...held]
            rows[change.index] = change.row
            break
          case 'insert':
            inserts.push(change.row)
            break
          case 'fetch':
            fetchRow(change.id)
            break
          case 'none':
            break
        }
      }
      if (rows) {
        indexes.set(rows, indexOf)
        store.setState({ rows })
      }
      inserts.forEach(insert)
    },
  }
}
