import { SnapshotSchema } from '@pendopo/shared'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { createTestApp, type TestApp, WALL_TOKEN } from './support/createTestApp.js'
import { aComplaint } from './support/fixtures.js'

let t: TestApp
beforeAll(async () => {
  t = await createTestApp()
  await t.api('/api/v1/complaints', { body: aComplaint() })
})
afterAll(() => t.close())

describe('read endpoints', () => {
  it('[RD1] GET /healthz answers ok without a credential', async () => {
    const res = await t.api('/healthz', { token: null })
    expect(res.status).toBe(200)
    expect(await res.json()).toEqual({ status: 'ok' })
  })

  it('[RD1] GET /healthz answers 503 when the store is gone', async () => {
    const other = await createTestApp()
    await other.store.close()
    const res = await other.api('/healthz', { token: null })
    expect(res.status).toBe(503)
    expect(await res.json()).toMatchObject({ status: 'unavailable' })
    await other.app.close()
  })

  it('[RD2] GET /api/v1/reference lists the 28 kecamatan, 430 desa, the OPDs, categories and channels', async () => {
    const res = await t.api('/api/v1/reference')
    const body = (await res.json()) as Record<string, unknown[]>
    expect(body.kecamatan).toHaveLength(28)
    expect(body.desa).toHaveLength(430)
    expect(body.opds).toHaveLength(64)
    expect(body.categoryTops).toHaveLength(38)
    expect(body.channels).toEqual(
      expect.arrayContaining([expect.objectContaining({ code: 'sms1708', name: 'SMS 1708' })]),
    )
    expect(body.transitions?.length).toBeGreaterThan(10)
  })

  it('[RD3] GET /api/v1/snapshot is valid and carries the seq it is consistent with', async () => {
    const snapshot = SnapshotSchema.parse(await (await t.api('/api/v1/snapshot')).json())
    expect(snapshot.seq).toBe(await t.store.headSeq())
    expect(snapshot.recent[0]).toMatchObject({
      title: 'Jalan berlubang di depan balai desa',
      channel: 'whatsapp',
    })
    expect(snapshot.counters['p|-|RECEIVED|green']).toBe(1)
    const wall = SnapshotSchema.parse(await (await t.api('/api/v1/snapshot', { token: WALL_TOKEN })).json())
    expect(wall.audience).toBe('public')
    expect(JSON.stringify(wall)).not.toContain('Siti Aminah')
  })

  it('[RD3] carries the open complaints as map points, the Friday cohorts and the configured KPIs', async () => {
    const { id, trackingId } = (await (await t.api('/api/v1/complaints', { body: aComplaint() })).json()) as {
      id: string
      trackingId: string
    }
    await t.api(`/api/v1/complaints/${id}/actions`, { body: { type: 'verify' } })
    await t.api(`/api/v1/complaints/${id}/actions`, { body: { type: 'dispose', opd: 'DPUBMPR' } })
    const snapshot = SnapshotSchema.parse(await (await t.api('/api/v1/snapshot')).json())
    const i = snapshot.points.tracking.indexOf(Number(trackingId))
    expect(i).toBeGreaterThanOrEqual(0)
    expect([snapshot.points.lat[i], snapshot.points.lon[i]]).toEqual([-715421, 11188209]) // Kepatihan's label point
    expect(snapshot.counters['q|2026-11-23|DPUBMPR|green']).toBe(1)
    expect(snapshot.kpis.map((k) => k.code)).toEqual(expect.arrayContaining(['sakip', 'ipp', 'stunting-ski']))
    await t.api(`/api/v1/complaints/${id}/actions`, { body: { type: 'close', reason: 'selesai ditangani' } })
    const after = SnapshotSchema.parse(await (await t.api('/api/v1/snapshot')).json())
    expect(after.points.tracking).not.toContain(Number(trackingId))
  })

  it('[RD4] GET /api/v1/calendar gives the calendar in force', async () => {
    const body = (await (await t.api('/api/v1/calendar')).json()) as {
      version: number
      calendar: { days: unknown[] }
    }
    expect(body.version).toBe(1)
    expect(body.calendar.days.length).toBeGreaterThan(60)
  })

  it('[RD5] GET /api/v1/openapi.json documents every route of the contract', async () => {
    const doc = (await (await t.api('/api/v1/openapi.json')).json()) as { paths: Record<string, unknown> }
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining([
        '/api/v1/complaints',
        '/api/v1/complaints/{id}/actions',
        '/api/v1/snapshot',
        '/api/v1/reference',
      ]),
    )
  })

  it('[RD6] GET /metrics is Prometheus text for an admin, refused to a wall', async () => {
    const res = await t.api('/metrics')
    expect(res.headers.get('content-type')).toMatch(/text\/plain/)
    const text = await res.text()
    expect(text).toMatch(/pendopo_commands_total\{kind="receiveComplaint",outcome="accepted"\} [1-9]\d*/)
    expect(text).toMatch(/pendopo_log_head_seq \d+/)
    expect((await t.api('/metrics', { token: WALL_TOKEN })).status).toBe(403)
  })

  it('[RD7] answers unknown routes with a JSON 404', async () => {
    const res = await t.api('/api/v1/nothing-here')
    expect(res.status).toBe(404)
    expect(await res.json()).toEqual({ error: 'no route GET /api/v1/nothing-here' })
  })
})
