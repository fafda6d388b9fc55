import type { ComplaintRecord, QueuePage } from '@pendopo/shared'
import { expect } from 'vitest'

import type { ManualClock } from '../../src/clock.js'

import type { TestApp } from './createTestApp.js'
import { aComplaint } from './fixtures.js'

const DAY = 24 * 3_600_000

/** The queue's tests' moves, through the API as the desks make them. */
export async function receive(t: TestApp): Promise<ComplaintRecord['id']> {
  const res = await t.api('/api/v1/complaints', {
    body: aComplaint({ reportedAt: new Date(t.clock.now()).toISOString() }),
  })
  expect(res.status).toBe(201)
  return ((await res.json()) as { id: ComplaintRecord['id'] }).id
}

export async function act(t: TestApp, id: string, action: Record<string, unknown>): Promise<void> {
  const res = await t.api(`/api/v1/complaints/${id}/actions`, { body: action })
  expect(res.status, await res.clone().text()).toBe(200)
}

export async function queue(t: TestApp, query: string, token?: string): Promise<QueuePage> {
  const res = await t.api(`/api/v1/complaints?${query}`, token ? { token } : {})
  expect(res.status, await res.clone().text()).toBe(200)
  return (await res.json()) as QueuePage
}

/** Every page of a query, `limit` rows at a time, following `next`. */
export async function allPages(t: TestApp, query: string, limit: number): Promise<string[]> {
  const ids: string[] = []
  let after: string | null = null
  do {
    const page: QueuePage = await queue(
      t,
      `${query}&limit=${limit}${after ? `&after=${encodeURIComponent(after)}` : ''}`,
    )
    ids.push(...page.items.map((item) => item.id))
    after = page.next
  } while (after)
  return ids
}

/**
 * Five complaints a week apart in their lives: one overdue for verification, one dispositioned and overdue
 * for its follow-up, one followed up (only the reporter's window runs), one fresh, one closed.
 */
export async function aWeekOfWork(t: TestApp, clock: ManualClock) {
  const overdue = await receive(t) // Mon 09:00: verification due Thu 00:00, breached by Sat
  const lateOpd = await receive(t)
  await act(t, lateOpd, { type: 'verify' })
  await act(t, lateOpd, { type: 'dispose', opd: 'DPUBMPR' })
  const answered = await receive(t)
  await act(t, answered, { type: 'verify' })
  await act(t, answered, { type: 'dispose', opd: 'DINSOS' })
  const closed = await receive(t)
  await act(t, closed, { type: 'archive', reason: 'duplikat laporan lain' })
  clock.advance(9 * DAY) // Wed of the next week: both clocks breached
  await t.app.scheduler.runDue()
  await act(t, answered, { type: 'follow_up', text: 'Bantuan sudah disalurkan.' })
  const fresh = await receive(t)
  return { overdue, lateOpd, answered, fresh, closed }
}
