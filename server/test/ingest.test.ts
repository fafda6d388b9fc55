import { ComplaintRecordSchema } from '@pendopo/shared'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { createTestApp, type TestApp, WALL_TOKEN } from './support/createTestApp.js'
import { aComplaint, aVillageIssue } from './support/fixtures.js'

let t: TestApp
beforeAll(async () => {
  t = await createTestApp()
})
afterAll(() => t.close())

/** Everything a refusal must leave untouched: the log's head and every counter. */
async function stored() {
  const snapshot = await t.store.snapshot({ audience: 'staff', now: t.clock.now() })
  return { head: await t.store.headSeq(), counters: snapshot.counters }
}

async function expectRefused(
  request: Promise<Response>,
  status: number,
  expected: { error?: RegExp; issue?: { path: string; message: RegExp } },
) {
  const before = await stored()
  const res = await request
  const body = (await res.json()) as { error: string; issues?: Array<{ path: string; message: string }> }
  expect(res.status).toBe(status)
  if (expected.error) expect(body.error).toMatch(expected.error)
  if (expected.issue) {
    expect(body.issues).toEqual(
      expect.arrayContaining([
        { path: expected.issue.path, message: expect.stringMatching(expected.issue.message) },
      ]),
    )
  }
  expect(await stored()).toEqual(before)
}

describe('POST /api/v1/complaints', () => {
  it('[IN1] records a complaint and answers 201 with its id, tracking number and seq', async () => {
    const res = await t.api('/api/v1/complaints', { body: aComplaint() })
    expect(res.status).toBe(201)
    const body = (await res.json()) as { id: string; trackingId: string; seq: number }
    expect(body.trackingId).toMatch(/^\d{7}$/)
    expect(body.seq).toBe(await t.store.headSeq())

    const read = await t.api(`/api/v1/complaints/${body.id}`)
    const { complaint, history } = (await read.json()) as {
      complaint: unknown
      history: Array<{ type: string }>
    }
    const record = ComplaintRecordSchema.parse(complaint)
    expect(record).toMatchObject({
      state: 'RECEIVED',
      colour: 'green',
      desaCode: '35.22.15.1005',
      kecamatanCode: '35.22.15',
    })
    expect(record.suggestedOpd).toBe('DPUBMPR') // the category's routing
    expect(record.clocks.verify?.dueAt).toBe('2026-11-26T17:00:00.000Z') // Mon 09:00 WIB + 3 working days: end of Thu
    expect(record.clocks.verify?.calendarVersion).toBe(1)
    expect(record.clocks.verify?.policyId).toBe('sla:3/5/10/60@0.8')
    expect(history.map((e) => e.type)).toEqual(['complaint.received'])
  })

  it('[IN2] resolves a lat/lon to the desa that contains it', async () => {
    const res = await t.api('/api/v1/complaints', {
      body: aComplaint({ location: { lat: -7.1502, lon: 111.8817 } }),
    })
    expect(res.status).toBe(201)
    const { id } = (await res.json()) as { id: string }
    const { complaint } = (await (await t.api(`/api/v1/complaints/${id}`)).json()) as {
      complaint: { desaCode: string; point: unknown }
    }
    expect(complaint.desaCode).toMatch(/^35\.22\.15\./)
    expect(complaint.point).toEqual({ lat: -7.1502, lon: 111.8817 })
  })

  it('[IN3] answers a repeated delivery 200 with the same id, adding nothing', async () => {
    const complaint = aComplaint()
    const first = (await (await t.api('/api/v1/complaints', { body: complaint })).json()) as {
      id: string
      seq: number
    }
    const before = await stored()
    const again = await t.api('/api/v1/complaints', { body: complaint })
    expect(again.status).toBe(200)
    expect(await again.json()).toMatchObject({ id: first.id, seq: first.seq })
    expect(await stored()).toEqual(before)
  })

  it('[IN3] gives one complaint for the same delivery sent 20 times at once', async () => {
    const complaint = aComplaint()
    const before = await t.store.headSeq()
    const answers = await Promise.all(
      Array.from({ length: 20 }, () => t.api('/api/v1/complaints', { body: complaint })),
    )
    const bodies = (await Promise.all(answers.map((r) => r.json()))) as Array<{ id: string }>
    expect(answers.map((r) => r.status).sort((a, b) => b - a)).toEqual([201, ...Array(19).fill(200)])
    expect(new Set(bodies.map((b) => b.id)).size).toBe(1)
    expect(await t.store.headSeq()).toBe(before + 1)
  })

  it('[IN4] refuses malformed JSON', async () => {
    await expectRefused(t.api('/api/v1/complaints', { raw: '{"title": "Jalan' }), 400, {
      error: /malformed JSON/,
    })
  })

  it('[IN4] refuses a body that is not JSON', async () => {
    const res = fetch(`${t.url}/api/v1/complaints`, {
      method: 'POST',
      headers: { authorization: 'Bearer test-admin-token-0123456789', 'content-type': 'text/plain' },
      body: 'title=Jalan',
    })
    await expectRefused(res, 415, { error: /application\/json/ })
  })

  it('[IN4] refuses missing fields, naming each', async () => {
    const { title: _t, reporter: _r, ...partial } = aComplaint()
    const before = await stored()
    const res = await t.api('/api/v1/complaints', { body: partial })
    expect(res.status).toBe(400)
    const body = (await res.json()) as { issues: Array<{ path: string }> }
    expect(body.issues.map((i) => i.path).sort()).toEqual(['reporter', 'title'])
    expect(await stored()).toEqual(before)
  })

  it('[IN4] refuses an unknown category code', async () => {
    await expectRefused(
      t.api('/api/v1/complaints', { body: aComplaint({ category: 'pupr.teleportasi' }) }),
      400,
      {
        issue: { path: 'category', message: /unknown category "pupr\.teleportasi"/ },
      },
    )
  })

  it('[IN4] refuses an unknown desa code', async () => {
    await expectRefused(
      t.api('/api/v1/complaints', { body: aComplaint({ location: { desaCode: '35.22.15.1099' } }) }),
      400,
      {
        issue: { path: 'location.desaCode', message: /no desa 35\.22\.15\.1099/ },
      },
    )
  })

  it('[IN4] refuses an unknown channel', async () => {
    await expectRefused(
      t.api('/api/v1/complaints', { body: aComplaint({ source: { channel: 'pigeon', externalId: 'x' } }) }),
      400,
      { issue: { path: 'source.channel', message: /expected one of/i } },
    )
  })

  it('[IN4] refuses a point outside the regency', async () => {
    // Surabaya, 100 km east.
    await expectRefused(
      t.api('/api/v1/complaints', { body: aComplaint({ location: { lat: -7.2575, lon: 112.7521 } }) }),
      400,
      {
        issue: { path: 'location', message: /outside Kabupaten Bojonegoro/ },
      },
    )
  })

  it('[IN4] refuses a location with both a desa and a point, or half a point', async () => {
    await expectRefused(
      t.api('/api/v1/complaints', {
        body: aComplaint({ location: { desaCode: '35.22.15.1005', lat: -7.15, lon: 111.88 } }),
      }),
      400,
      { issue: { path: 'location', message: /not both/ } },
    )
    await expectRefused(
      t.api('/api/v1/complaints', { body: aComplaint({ location: { lat: -7.15 } }) }),
      400,
      {
        issue: { path: 'location.lon', message: /go together/ },
      },
    )
  })

  it('[IN4] refuses a report dated in the future and one without an offset', async () => {
    await expectRefused(
      t.api('/api/v1/complaints', { body: aComplaint({ reportedAt: '2026-11-24T09:00:00+07:00' }) }),
      400,
      {
        issue: { path: 'reportedAt', message: /future/ },
      },
    )
    await expectRefused(
      t.api('/api/v1/complaints', { body: aComplaint({ reportedAt: '2026-11-23 08:00' }) }),
      400,
      {
        issue: { path: 'reportedAt', message: /offset/ },
      },
    )
  })

  it('[IN4] refuses unknown fields, control characters and an invalid phone number', async () => {
    await expectRefused(t.api('/api/v1/complaints', { body: aComplaint({ priority: 'high' }) }), 400, {
      issue: { path: '', message: /priority/ },
    })
    await expectRefused(
      t.api('/api/v1/complaints', { body: aComplaint({ title: 'Jalan\u202erusak' }) }),
      400,
      {
        issue: { path: 'title', message: /bidi/ },
      },
    )
    await expectRefused(
      t.api('/api/v1/complaints', {
        body: aComplaint({ reporter: { anonymous: false, confidential: false, phone: '12345' } }),
      }),
      400,
      { issue: { path: 'reporter.phone', message: /Indonesian mobile number/ } },
    )
  })

  it('[IN5] refuses an oversized body with 413', async () => {
    const huge = aComplaint({ body: 'x'.repeat(70 * 1024) })
    await expectRefused(t.api('/api/v1/complaints', { body: huge }), 413, {
      error: /larger than the limit of 64kb/,
    })
  })

  it('[IN6] refuses a missing or wrong token with 401, and a wall token with 403', async () => {
    await expectRefused(t.api('/api/v1/complaints', { body: aComplaint(), token: null }), 401, {
      error: /Bearer/,
    })
    await expectRefused(
      t.api('/api/v1/complaints', { body: aComplaint(), token: 'not-a-token-at-all' }),
      401,
      {
        error: /unknown/,
      },
    )
    await expectRefused(t.api('/api/v1/complaints', { body: aComplaint(), token: WALL_TOKEN }), 403, {
      error: /wall role may not/,
    })
  })
})

describe('POST /api/v1/village-issues', () => {
  it('[IN7] records a village issue once and shows it in the snapshot', async () => {
    const issue = aVillageIssue()
    const first = await t.api('/api/v1/village-issues', { body: issue })
    expect(first.status).toBe(201)
    const { id } = (await first.json()) as { id: string }
    expect((await t.api('/api/v1/village-issues', { body: issue })).status).toBe(200)
    const snapshot = await t.store.snapshot({ audience: 'public', now: t.clock.now() })
    expect(snapshot.villageIssues.filter((i) => i.id === id)).toHaveLength(1)
    expect(snapshot.villageIssues.find((i) => i.id === id)).toMatchObject({
      kind: 'flood',
      kecamatanCode: '35.22.23',
    })

    const resolved = await t.api(`/api/v1/village-issues/${id}/actions`, {
      body: { type: 'resolve', note: 'surut' },
    })
    expect(resolved.status).toBe(200)
    const after = await t.store.snapshot({ audience: 'public', now: t.clock.now() })
    expect(after.villageIssues.find((i) => i.id === id)).toBeUndefined()
    const again = await t.api(`/api/v1/village-issues/${id}/actions`, { body: { type: 'resolve' } })
    expect(again.status).toBe(409)
  })

  it('[IN7] refuses an unknown desa', async () => {
    await expectRefused(
      t.api('/api/v1/village-issues', { body: aVillageIssue({ desaCode: '35.22.23.2999' }) }),
      400,
      {
        issue: { path: 'desaCode', message: /no desa/ },
      },
    )
  })
})
