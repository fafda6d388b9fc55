import { type ComplaintRecord, type DomainEvent, OPS_IDS } from '@pendopo/shared'
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'

import { snapshotWith } from '../../../panels/common/testWall.js'
import { manualFrames } from '../../../store/frames.js'
import { WallProvider } from '../../../store/WallProvider.js'
import { createWallStore } from '../../../store/wallStore.js'
import { OpsProvider } from '../OpsContext.js'
import { createQueueStore } from '../queue/queueStore.js'
import {
  aChange,
  aComplaint,
  aUser,
  DPUBMPR_OPERATOR,
  KOMINFO,
  NOW,
  opsReference,
} from '../testing/fixtures.js'

import { ComplaintScreen } from './ComplaintScreen.js'

const json = (status: number, body: unknown) =>
  Promise.resolve(
    new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } }),
  )

/**
 * The complaint page of an operator, against a fake server: `detail` answers GET, `act` answers the
 * action's POST (and records it). Geo files are answered empty.
 */
function renderPage(server: { detail: () => unknown; act: (body: unknown) => Promise<Response> }) {
  const posted: unknown[] = []
  vi.stubGlobal('fetch', (url: string, init?: RequestInit) => {
    if (url.includes('/actions')) {
      const body: unknown = JSON.parse(init?.body as string)
      posted.push(body)
      return server.act(body)
    }
    if (url.startsWith('/api/v1/complaints/')) return json(200, server.detail())
    return json(200, { type: 'FeatureCollection', features: [] })
  })
  const frames = manualFrames()
  const wall = createWallStore({ frames, now: () => NOW })
  wall.setReference(opsReference)
  wall.receiveSnapshot(snapshotWith({}))
  frames.frame()
  const queue = createQueueStore({
    fetchPage: () => new Promise(() => undefined),
    fetchRow: () => new Promise(() => undefined),
  })
  const complaint = aComplaint()
  render(
    <WallProvider wall={wall}>
      <OpsProvider ops={{ user: aUser(), queue, wall }}>
        <ComplaintScreen id={complaint.id} search="" />
      </OpsProvider>
    </WallProvider>,
  )
  const deliver = (events: DomainEvent[]) =>
    act(() => {
      wall.receiveEvents(events)
      frames.frame()
    })
  return { posted, deliver, complaint }
}

const key = (k: string) => fireEvent.keyDown(document.body, { key: k })
const detailOf = (complaint: ComplaintRecord, history: DomainEvent[] = []) => ({ complaint, history })

describe('the complaint page', () => {
  afterEach(() => {
    cleanup()
    vi.unstubAllGlobals()
  })

  it('[OA5] offers the operator its actions with their keys, and checks the form before sending', async () => {
    const { posted } = renderPage({ detail: () => detailOf(aComplaint()), act: () => json(500, {}) })
    await screen.findByTestId(OPS_IDS.complaint.header)
    const buttons = screen.getAllByTestId(OPS_IDS.action.button)
    expect(buttons.map((b) => [b.dataset['action'], b.dataset['key']])).toEqual([
      ['follow_up', 'f'],
      ['not_authority', 't'],
    ])
    key('f')
    const form = await screen.findByTestId(OPS_IDS.action.form)
    expect(document.activeElement?.tagName).toBe('TEXTAREA')
    fireEvent.click(screen.getByTestId(OPS_IDS.action.submit))
    expect(form.textContent).toContain('Wajib diisi.')
    expect(screen.getByLabelText('Jawaban').getAttribute('aria-invalid')).toBe('true')
    expect(posted).toEqual([])
  })

  it('[OA6] a conflict is explained in plain words, the page reloaded, and what was typed is kept', async () => {
    let complaint = aComplaint()
    let history: DomainEvent[] = []
    const theirs = aChange({
      seq: 40,
      version: 4,
      actor: DPUBMPR_OPERATOR,
      at: '2026-11-23T03:42:00.000Z',
      after: { state: 'FOLLOWED_UP', colour: 'blue' },
      extra: { text: 'Sudah kami tangani.', responseWorkingMs: 1 },
    })
    const { posted } = renderPage({
      detail: () => detailOf(complaint, history),
      act: () => {
        complaint = aComplaint({ version: 4, state: 'FOLLOWED_UP', colour: 'blue' })
        history = [theirs]
        return json(409, {
          error: 'complaint 1000001 has moved on',
          code: 'version_conflict',
          currentVersion: 4,
          state: 'FOLLOWED_UP',
          changes: [
            { type: theirs.type, at: theirs.at, actor: theirs.actor, state: 'FOLLOWED_UP', version: 4 },
          ],
        })
      },
    })
    await screen.findByTestId(OPS_IDS.complaint.header)
    key('f')
    fireEvent.change(await screen.findByLabelText('Jawaban'), { target: { value: 'Jalan sudah ditambal.' } })
    fireEvent.click(screen.getByTestId(OPS_IDS.action.submit))

    const refusal = await screen.findByTestId(OPS_IDS.complaint.refusal)
    expect(posted).toEqual([{ type: 'follow_up', expectedVersion: 3, text: 'Jalan sudah ditambal.' }])
    await waitFor(() =>
      // The date is added when the action was not today (the test's instant is fixed, today is not).
      expect(refusal.textContent).toMatch(
        /Operator PU \(operator DPUBMPR\) sudah menindaklanjuti pukul 10\.42(, 23 Nov)?\./,
      ),
    )
    await waitFor(() => expect(screen.getByTestId(OPS_IDS.complaint.header).dataset['version']).toBe('4'))
    expect(screen.getByLabelText<HTMLTextAreaElement>('Jawaban').value).toBe('Jalan sudah ditambal.')
    expect(screen.getByTestId(OPS_IDS.action.form).textContent).toContain(
      'tidak lagi tersedia pada status Ditindaklanjuti',
    )
  })

  it('[OA4] tells an operator why a complaint of another OPD offers nothing', async () => {
    renderPage({
      detail: () => detailOf(aComplaint({ state: 'RECEIVED', opd: null, version: 1 })),
      act: () => json(500, {}),
    })
    await screen.findByTestId(OPS_IDS.complaint.header)
    expect(screen.queryAllByTestId(OPS_IDS.action.button)).toEqual([])
    expect(screen.getByTestId(OPS_IDS.complaint.actions).textContent).toContain(
      'tidak didisposisikan ke OPD Anda',
    )
  })

  it("[OP3] shows the action at once, and confirms it when the server's event arrives", async () => {
    let complaint = aComplaint({ version: 3 })
    let answer: (r: Response) => void = () => undefined
    const { deliver } = renderPage({
      detail: () => detailOf(complaint),
      act: () => new Promise<Response>((resolve) => (answer = resolve)),
    })
    await screen.findByTestId(OPS_IDS.complaint.header)
    key('f')
    fireEvent.change(await screen.findByLabelText('Jawaban'), { target: { value: 'Jalan sudah ditambal.' } })
    fireEvent.click(screen.getByTestId(OPS_IDS.action.submit))
    const pending = await screen.findByTestId(OPS_IDS.complaint.pending)
    expect(pending.dataset['phase']).toBe('sending')
    expect(screen.getByTestId(OPS_IDS.complaint.header).textContent).toContain(
      'Terdisposisi → Ditindaklanjuti…',
    )

    answer(new Response(JSON.stringify({ seq: 41, version: 4, state: 'FOLLOWED_UP' }), { status: 200 }))
    await waitFor(() =>
      expect(screen.getByTestId(OPS_IDS.complaint.pending).dataset['phase']).toBe('accepted'),
    )
    expect(screen.queryByTestId(OPS_IDS.action.form)).toBeNull()

    complaint = aComplaint({ version: 4, state: 'FOLLOWED_UP', colour: 'blue' })
    deliver([
      aChange({ seq: 11, version: 4, actor: KOMINFO, after: { state: 'FOLLOWED_UP', colour: 'blue' } }),
    ])
    await waitFor(() => expect(screen.queryByTestId(OPS_IDS.complaint.pending)).toBeNull())
    expect(screen.getByTestId(OPS_IDS.complaint.actions).textContent).toContain('Tersimpan: Tindak lanjut.')
    await waitFor(() =>
      expect(screen.getByTestId(OPS_IDS.complaint.header).dataset['state']).toBe('FOLLOWED_UP'),
    )
  })
})
