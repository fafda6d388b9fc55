import type { ComplaintRecord, DomainEvent } from '@pendopo/shared'
import fc from 'fast-check'
import { io as connect, type Socket } from 'socket.io-client'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { ADMIN_TOKEN } from '../support/createTestApp.js'
import { aComplaint } from '../support/fixtures.js'

import { runs, send, useFuzzApp } from './fuzzApp.js'
import { HOSTILE_VALID_TEXT } from './hostile.js'

/** What `text()` stores for what was sent: NFC, trimmed; nothing else changes. */
const normalised = (s: string) => s.normalize('NFC').trim()

/** Valid text that tries something (markup, SQL, homoglyphs, other scripts), alone or run together. */
const hostileValidText = (max: number) =>
  fc
    .oneof(
      fc.constantFrom(...HOSTILE_VALID_TEXT),
      fc
        .array(fc.constantFrom(...HOSTILE_VALID_TEXT), { minLength: 2, maxLength: 4 })
        .map((p) => p.join(' ')),
      fc
        .tuple(fc.constantFrom(...HOSTILE_VALID_TEXT), fc.constantFrom(' ', '  ', '\u00a0'))
        .map(([t, pad]) => `${pad}${t}${pad}`),
    )
    .filter((s) => normalised(s).length <= max)

let delivered = 0
/** `s` made unique, so a second run with the same text is a new delivery and not a duplicate. */
const unique = (s: string) => `${s} #${process.pid}-${++delivered}`

interface Texts {
  title: string
  body: string
  name: string
  address: string
  externalId: string
}

describe('[FZ11] valid but hostile text is stored and shown exactly as sent', () => {
  const app = useFuzzApp()
  let staff: Socket
  const received: DomainEvent[] = []
  beforeAll(async () => {
    staff = connect(app.t.url, {
      path: '/socket.io',
      transports: ['websocket'],
      reconnection: false,
      auth: { token: ADMIN_TOKEN },
    })
    staff.on('events', (batch: DomainEvent[]) => received.push(...batch))
    await new Promise((resolve) => staff.once('snapshot', resolve))
  })
  afterAll(() => staff.disconnect())

  /** Ingests a complaint with these texts; everything that reads it back must show them, normalised. */
  async function roundTrip(texts: Texts): Promise<void> {
    const sent = aComplaint({
      source: { channel: 'web', externalId: texts.externalId },
      title: texts.title,
      body: texts.body,
      location: { desaCode: '35.22.15.1005', address: texts.address },
      reporter: { anonymous: false, confidential: false, name: texts.name },
    })
    const answer = await send(app.t.url, { path: '/api/v1/complaints', json: sent })
    expect(answer.status, answer.text).toBe(201)
    const { id, seq } = JSON.parse(answer.text) as { id: string; seq: number }
    const expected = {
      title: normalised(texts.title),
      body: normalised(texts.body),
      address: normalised(texts.address),
      reporter: expect.objectContaining({ name: normalised(texts.name) }),
      source: { channel: 'web', externalId: normalised(texts.externalId) },
    }

    const read = await send(app.t.url, { path: `/api/v1/complaints/${id}` })
    expect((JSON.parse(read.text) as { complaint: ComplaintRecord }).complaint).toMatchObject(expected)
    expect(await app.t.store.complaint(id as ComplaintRecord['id'])).toMatchObject(expected)
    await expect.poll(() => received.some((e) => e.seq === seq)).toBe(true)
    const event = received.find((e) => e.seq === seq)
    expect(event?.type === 'complaint.received' && event.data.complaint).toMatchObject(expected)
  }

  it('stores <script> and SQL byte for byte and shows them back unchanged', async () => {
    await roundTrip({
      title: '<script>alert(1)</script>',
      body: "'; DROP TABLE events; --",
      name: '<img src=x onerror=alert(1)>',
      address: "Jl. O'Brien 1; DELETE FROM complaints",
      externalId: unique('"><svg onload=alert(1)>'),
    })
    const queue = await send(app.t.url, { path: '/api/v1/complaints?sort=received&order=desc&limit=1' })
    expect((JSON.parse(queue.text) as { items: Array<{ title: string }> }).items[0]?.title).toBe(
      '<script>alert(1)</script>',
    )
  })

  it('stores any valid hostile text as sent, normalised to NFC and trimmed, and nothing else', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.record({
          title: hostileValidText(200),
          body: hostileValidText(8000),
          name: hostileValidText(120),
          address: hostileValidText(300),
          externalId: hostileValidText(150).map(unique),
        }),
        roundTrip,
      ),
      { numRuns: runs(0.25) },
    )
  }, 120_000)

  it('keeps hostile words in an action as sent: a follow-up and the reporter’s reply', async () => {
    const created = await send(app.t.url, { path: '/api/v1/complaints', json: aComplaint() })
    const { id } = JSON.parse(created.text) as { id: string }
    for (const step of [{ type: 'verify' }, { type: 'dispose', opd: 'DPUBMPR' }])
      expect((await send(app.t.url, { path: `/api/v1/complaints/${id}/actions`, json: step })).status).toBe(
        200,
      )
    let next: 'follow_up' | 'reporter_reply' = 'follow_up'
    await fc.assert(
      fc.asyncProperty(hostileValidText(4000), async (text) => {
        const answer = await send(app.t.url, {
          path: `/api/v1/complaints/${id}/actions`,
          json: { type: next, text },
        })
        expect(answer.status, answer.text).toBe(200)
        next = next === 'follow_up' ? 'reporter_reply' : 'follow_up'
        const read = await send(app.t.url, { path: `/api/v1/complaints/${id}` })
        const { history } = JSON.parse(read.text) as { history: Array<{ data: { text?: string } }> }
        expect(history.at(-1)?.data.text).toBe(normalised(text))
      }),
      { numRuns: runs(0.25) },
    )
  }, 120_000)
})
