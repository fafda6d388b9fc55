import { EXEC_IDS } from '@pendopo/shared'
import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'

import { fakeApi, NOW, queueItem, renderExec } from './testExec.js'

const page = (items: unknown[]) => ({ items, total: items.length, next: null })
/** The queue with one complaint, overdue: the open list's second query (the rest) is empty. */
const oneOverdue = (item: unknown) => (path: string) =>
  path.startsWith('/api/v1/complaints?') ? page(path.includes('colour=yellow') ? [] : [item]) : undefined

describe('the executives’ tablet', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] })
    vi.setSystemTime(NOW)
  })
  afterEach(() => {
    cleanup()
    vi.useRealTimers()
    vi.unstubAllGlobals()
  })

  it('[EX5] shows today’s picture: the key figures, the kecamatan most overdue first, the OPDs', () => {
    fakeApi(() => undefined)
    renderExec('')
    const figures = screen.getByTestId(EXEC_IDS.figures)
    expect(within(figures).getByText('Terbuka').parentElement?.dataset.value).toBe('3')
    expect(figures.querySelector('[data-figure="received"]')?.getAttribute('data-value')).toBe('3')
    const kecamatan = screen.getAllByTestId(EXEC_IDS.kecamatanRow).map((r) => r.dataset.code)
    expect(kecamatan).toEqual(['35.22.15', '35.22.01'])
    const opds = screen.getAllByTestId(EXEC_IDS.opdRow).map((r) => r.dataset.code)
    expect(opds).toEqual(['DPUBMPR', 'DINSOS'])
    expect(window.location.search).toBe('?view=today&range=today')
  })

  it('[EX1] drills kecamatan → desa → complaint, each step a URL, and the back button walks them back', async () => {
    const calls = fakeApi(oneOverdue(queueItem()))
    renderExec('?view=today&range=week')
    fireEvent.click(screen.getAllByTestId(EXEC_IDS.kecamatanRow)[0] as HTMLElement)
    expect(window.location.search).toBe('?view=today&range=week&kecamatan=35.22.15')
    expect(screen.getAllByTestId(EXEC_IDS.desaRow).map((r) => r.dataset.code)).toEqual([
      '35.22.15.2002',
      '35.22.15.2001',
    ])

    fireEvent.click(screen.getAllByTestId(EXEC_IDS.desaRow)[0] as HTMLElement)
    expect(window.location.search).toBe('?view=today&range=week&kecamatan=35.22.15&desa=35.22.15.2002')
    const row = await screen.findByTestId(EXEC_IDS.complaintRow)
    expect(calls).toContain(
      '/api/v1/complaints?desa=35.22.15.2002&colour=red&open=true&sort=due&order=asc&limit=100',
    )
    // The other tab's count: received this week (from Monday 23 November, WIB).
    expect(calls.some((c) => c.includes('from=2026-11-23T00%3A00%3A00%2B07%3A00'))).toBe(true)
    expect(row.dataset.state).toBe('DISPOSITIONED')

    window.history.back()
    await waitFor(() => expect(window.location.search).toBe('?view=today&range=week&kecamatan=35.22.15'))
    // Back in the kecamatan: no desa chosen, and the list is the whole kecamatan's.
    await waitFor(() =>
      expect(screen.getAllByTestId(EXEC_IDS.desaRow).some((r) => r.getAttribute('aria-current'))).toBe(false),
    )
    await waitFor(() =>
      expect(calls.some((c) => c.includes('kecamatan=35.22.15&colour=red&open=true'))).toBe(true),
    )
  })

  it('[EX1] opens on exactly the view a shared link describes', async () => {
    fakeApi(oneOverdue(queueItem()))
    renderExec('?view=today&range=7d&desa=35.22.15.2002&list=received')
    expect(window.location.search).toBe(
      '?view=today&range=7d&kecamatan=35.22.15&desa=35.22.15.2002&list=received',
    )
    expect(screen.getByTestId(EXEC_IDS.range).querySelector('[aria-current="true"]')?.textContent).toBe(
      '7 hari',
    )
    expect(
      screen.getAllByTestId(EXEC_IDS.desaRow).find((r) => r.getAttribute('aria-current'))?.dataset.code,
    ).toBe('35.22.15.2002')
    await screen.findByTestId(EXEC_IDS.complaintRow)
  })

  it('[EX9] shows a complaint’s detail without what an executive may not see, and its new state as it comes', async () => {
    const id = '01KAAAAAAAAAAAAAAAAAAAA001'
    fakeApi((path) => {
      if (path.startsWith('/api/v1/complaints?'))
        return oneOverdue(queueItem({ title: null, confidential: true }))(path)
      if (path === `/api/v1/complaints/${id}`)
        return {
          complaint: {
            ...queueItem(),
            source: { channel: 'whatsapp', externalId: 'x' },
            title: null,
            body: null,
            address: null,
            suggestedOpd: 'DPUBMPR',
            reporter: { anonymous: true, confidential: true },
            reportedAt: '2026-11-20T02:00:00.000Z',
            clocks: { verify: null, followUp: null, autoClose: null, legalCap: null },
            rating: null,
            dispositions: [],
          },
          history: [
            {
              seq: 5,
              type: 'complaint.dispositioned',
              at: '2026-11-20T03:00:00.000Z',
              actor: { kind: 'user', id: 'k', role: 'supervisor', name: 'Kominfo' },
              data: { opd: 'DPUBMPR', note: null },
            },
          ],
        }
      return undefined
    })
    const { apply } = renderExec('?view=today&range=today&opd=DPUBMPR')
    const row = await screen.findByTestId(EXEC_IDS.complaintRow)
    expect(row.textContent).toContain('Rahasia')
    fireEvent.click(row)
    expect(new URLSearchParams(window.location.search).get('complaint')).toBe(id)

    const dialog = await screen.findByRole('dialog')
    await waitFor(() =>
      expect(within(dialog).getByTestId(EXEC_IDS.complaintState).dataset.state).toBe('DISPOSITIONED'),
    )
    expect(dialog.textContent).toContain('Anonim')
    expect(dialog.textContent).toContain('Rahasia')
    expect(dialog.textContent).toContain('Didisposisikan ke PU Bina Marga')

    act(() =>
      apply([
        {
          seq: 11,
          type: 'complaint.followed_up',
          at: '2026-11-23T03:00:00.000Z',
          actor: { kind: 'user', id: 'op', role: 'operator', opd: 'DPUBMPR' },
          data: {
            complaintId: id,
            trackingId: '1000001',
            version: 3,
            before: {
              state: 'DISPOSITIONED',
              colour: 'red',
              opd: 'DPUBMPR',
              dispositionedAt: '2026-11-20T03:00:00.000Z',
            },
            after: {
              state: 'FOLLOWED_UP',
              colour: 'blue',
              opd: 'DPUBMPR',
              dispositionedAt: '2026-11-20T03:00:00.000Z',
            },
            clocks: { verify: null, followUp: null, autoClose: null, legalCap: null },
            desaCode: '35.22.15.2002',
            kecamatanCode: '35.22.15',
            category: 'pupr.jalan-berlubang',
            channel: 'whatsapp',
            text: null,
            responseWorkingMs: 1000,
          },
        } as never,
      ]),
    )
    expect(within(dialog).getByTestId(EXEC_IDS.complaintState).dataset.state).toBe('FOLLOWED_UP')
    expect(screen.getByTestId(EXEC_IDS.complaintRow).dataset.state).toBe('FOLLOWED_UP')

    fireEvent.click(within(dialog).getByTestId(EXEC_IDS.complaintClose))
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull())
    expect(window.location.search).toBe('?view=today&range=today&opd=DPUBMPR')
  })

  it('[EX3] ranks the OPDs in the Friday review, with the change against last week', () => {
    fakeApi(() => undefined)
    renderExec('?view=friday&range=today')
    const rows = screen.getAllByTestId(EXEC_IDS.fridayRow)
    expect(rows.map((r) => r.dataset.code)).toEqual(['DPUBMPR'])
    expect(rows[0]?.textContent).toMatch(/50\s?%/)
    expect(rows[0]?.textContent).toContain('−50 poin')
  })
})
