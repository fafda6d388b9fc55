import type { QueueItem, QueuePage } from '@pendopo/shared'
import { describe, expect, it, vi } from 'vitest'

import type { ApiResult } from '../../../live/session.js'
import { aChange, aRow, complaintId } from '../testing/fixtures.js'

import { DEFAULT_VIEW, type QueueView, withFilter } from './queueQuery.js'
import { createQueueStore, LOAD_AHEAD } from './queueStore.js'

const rowN = (n: number, dueDay = 24): QueueItem =>
  aRow({
    id: complaintId(n) as QueueItem['id'],
    trackingId: String(1_000_000 + n) as QueueItem['trackingId'],
    dueAt: `2026-11-${dueDay}T00:00:${String(n % 60).padStart(2, '0')}.000Z`,
  })

/** A queue whose page requests wait until the test answers them. */
function createQueue() {
  const requests: Array<{
    view: QueueView
    after: string | null
    answer: (page: QueuePage) => void
    fail: () => void
  }> = []
  const fetchRow = vi.fn((id: string) =>
    Promise.resolve<ApiResult<QueueItem>>({ ok: true, value: { ...rowN(99), id: id as QueueItem['id'] } }),
  )
  const queue = createQueueStore({
    fetchPage: (view, after) =>
      new Promise<ApiResult<QueuePage>>((resolve) =>
        requests.push({
          view,
          after,
          answer: (page) => resolve({ ok: true, value: page }),
          fail: () => resolve({ ok: false, problem: { status: 500, error: 'boom', issues: [], body: {} } }),
        }),
      ),
    fetchRow,
  })
  return { queue, requests, fetchRow, state: () => queue.store.getState() }
}

const flush = () => new Promise((resolve) => setTimeout(resolve, 0))

describe('the queue store', () => {
  it('[OS1] loads a view page by page, following the cursor, and shows the total from the first', async () => {
    const { queue, requests, state } = createQueue()
    queue.show(DEFAULT_VIEW)
    expect(requests).toHaveLength(1)
    requests[0]?.answer({ items: [rowN(1), rowN(2)], total: 3, next: 'c2' })
    await flush()
    expect(state()).toMatchObject({ total: 3, next: 'c2', status: 'ready' })
    queue.loadMore()
    queue.loadMore() // one request at a time
    expect(requests).toHaveLength(2)
    expect(requests[1]?.after).toBe('c2')
    requests[1]?.answer({ items: [rowN(3)], total: 3, next: null })
    await flush()
    expect(state().rows.map((r) => r.trackingId)).toEqual(['1000001', '1000002', '1000003'])
    queue.loadMore()
    expect(requests).toHaveLength(2) // nothing left
  })

  it('[OS1] drops the answer to a view that was replaced meanwhile', async () => {
    const { queue, requests, state } = createQueue()
    queue.show(DEFAULT_VIEW)
    queue.show(withFilter(DEFAULT_VIEW, 'colour', ['red']))
    requests[0]?.answer({ items: [rowN(1)], total: 1, next: null })
    requests[1]?.answer({ items: [rowN(2)], total: 1, next: null })
    await flush()
    expect(state().rows.map((r) => r.id)).toEqual([complaintId(2)])
    queue.show(withFilter(DEFAULT_VIEW, 'colour', ['red'])) // the same view again: nothing to do
    expect(requests).toHaveLength(2)
  })

  it('[OS2] j and k move the selection within the rows, and near the end ask for the next page', async () => {
    const { queue, requests } = createQueue()
    queue.show(DEFAULT_VIEW)
    const rows = Array.from({ length: LOAD_AHEAD + 5 }, (_, i) => rowN(i + 1))
    requests[0]?.answer({ items: rows, total: 1000, next: 'c2' })
    await flush()
    expect(queue.move(1)?.id).toBe(complaintId(1))
    expect(queue.move(-1)?.id).toBe(complaintId(1)) // stays at the top
    expect(queue.move(1)?.id).toBe(complaintId(2))
    expect(requests).toHaveLength(1)
    expect(queue.move(5)?.id).toBe(complaintId(7)) // within LOAD_AHEAD of the end
    expect(requests).toHaveLength(2)
  })

  it('[OS3] a live event patches its row in place and keeps the selection', async () => {
    const { queue, requests, state } = createQueue()
    queue.show(DEFAULT_VIEW)
    requests[0]?.answer({ items: [rowN(1), rowN(2)], total: 2, next: null })
    await flush()
    queue.select(complaintId(2))
    queue.applyEvents([
      aChange({ seq: 50, n: 2, version: 4, after: { state: 'FOLLOWED_UP', colour: 'blue' } }),
    ])
    expect(state().rows[1]).toMatchObject({ state: 'FOLLOWED_UP', colour: 'blue', version: 4 })
    expect(state().selectedId).toBe(complaintId(2))
  })

  it('[OS3] a complaint that enters the view live is read and inserted in order, and counted', async () => {
    const { queue, requests, fetchRow, state } = createQueue()
    queue.show(DEFAULT_VIEW)
    requests[0]?.answer({ items: [rowN(1, 24), rowN(2, 28)], total: 2, next: null })
    await flush()
    fetchRow.mockResolvedValueOnce({ ok: true, value: rowN(3, 26) })
    queue.applyEvents([aChange({ seq: 51, n: 3, version: 2, type: 'complaint.dispositioned' })])
    await flush()
    expect(fetchRow).toHaveBeenCalledWith(complaintId(3))
    expect(state().rows.map((r) => r.id)).toEqual([complaintId(1), complaintId(3), complaintId(2)])
    expect(state().total).toBe(3)
  })

  it('[OS4] a failed page says so and starts again on refresh, keeping the selection', async () => {
    const { queue, requests, state } = createQueue()
    queue.show(DEFAULT_VIEW)
    queue.select(complaintId(1))
    requests[0]?.fail()
    await flush()
    expect(state()).toMatchObject({ status: 'error', error: { error: 'boom' } })
    queue.refresh()
    requests[1]?.answer({ items: [rowN(1)], total: 1, next: null })
    await flush()
    expect(state()).toMatchObject({ status: 'ready', selectedId: complaintId(1) })
  })
})
