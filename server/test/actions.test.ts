import type { Actor, ComplaintId, ComplaintRecord } from '@pendopo/shared'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { actOnComplaint } from '../src/actions/actOnComplaint.js'

import { createTestApp, operatorOf, SUPERVISOR, type TestApp, WALL_TOKEN } from './support/createTestApp.js'
import { aComplaint } from './support/fixtures.js'

let t: TestApp
beforeAll(async () => {
  t = await createTestApp()
})
afterAll(() => t.close())

async function newComplaint(): Promise<string> {
  const res = await t.api('/api/v1/complaints', { body: aComplaint() })
  return ((await res.json()) as { id: string }).id
}

const act = (id: string, body: unknown, token?: string) =>
  t.api(`/api/v1/complaints/${id}/actions`, { body, ...(token ? { token } : {}) })

async function record(id: string): Promise<ComplaintRecord> {
  const found = await t.store.complaint(id as ComplaintRecord['id'])
  if (!found) throw new Error(`no ${id}`)
  return found
}

/** Acts through the service the routes call, as any actor (HTTP only knows the admin and wall tokens yet). */
const actAs = (actor: Actor, id: string, action: unknown) =>
  actOnComplaint(t.app.services.actions, actor, { id, action })

describe('POST /api/v1/complaints/:id/actions', () => {
  it('[AC1] walks a complaint through its whole lifecycle, recomputing clocks at each step', async () => {
    const id = await newComplaint()
    const steps: Array<[unknown, string]> = [
      [{ type: 'verify' }, 'VERIFIED'],
      [{ type: 'dispose', opd: 'DPUBMPR', note: 'mohon ditindaklanjuti' }, 'DISPOSITIONED'],
      [{ type: 'not_authority', reason: 'jalan desa, kewenangan desa' }, 'NOT_AUTHORITY'],
      [{ type: 'dispose', opd: 'DPMD' }, 'DISPOSITIONED'],
      [{ type: 'follow_up', text: 'Sudah dikoordinasikan dengan kepala desa.' }, 'FOLLOWED_UP'],
      [{ type: 'reporter_reply', text: 'Belum ada perbaikan.' }, 'REPORTER_REPLIED'],
      [{ type: 'follow_up', text: 'Perbaikan dijadwalkan minggu ini.' }, 'FOLLOWED_UP'],
      [{ type: 'close', reason: 'jalan sudah ditambal' }, 'CLOSED'],
      [{ type: 'rate', rating: 'puas' }, 'CLOSED'],
    ]
    let version = 1
    for (const [action, state] of steps) {
      const res = await act(id, action)
      expect(res.status, JSON.stringify(action)).toBe(200)
      expect(await res.json()).toMatchObject({ state, version: ++version })
    }
    const final = await record(id)
    expect(final).toMatchObject({ state: 'CLOSED', colour: 'blue', opd: 'DPMD', rating: 'puas', version: 10 })
    // The transfer history keeps the OPD that answered "bukan wewenang".
    expect(final.dispositions.map((d) => [d.opd, d.notAuthority?.reason ?? null])).toEqual([
      ['DPUBMPR', 'jalan desa, kewenangan desa'],
      ['DPMD', null],
    ])
    expect(final.clocks.followUp?.status).toBe('met')
    expect(final.clocks.autoClose?.status).toBe('met')
    const history = (await (await t.api(`/api/v1/complaints/${id}`)).json()) as {
      history: Array<{ type: string }>
    }
    expect(history.history).toHaveLength(10)
  })

  it('[AC2] refuses an illegal transition with 409 and writes nothing', async () => {
    const id = await newComplaint()
    const head = await t.store.headSeq()
    const res = await act(id, { type: 'follow_up', text: 'terlalu cepat' })
    expect(res.status).toBe(409)
    expect(await res.json()).toMatchObject({
      error: expect.stringMatching(/cannot follow_up a complaint in state RECEIVED/),
      code: 'illegal_transition',
      state: 'RECEIVED',
      version: 1,
    })
    expect(await t.store.headSeq()).toBe(head)
    expect((await record(id)).version).toBe(1)
  })

  it('[AC3] lets only one of two concurrent actions from the same version win; the other learns what changed', async () => {
    const id = await newComplaint()
    const [a, b] = await Promise.all([
      act(id, { type: 'verify', expectedVersion: 1 }),
      act(id, { type: 'archive', expectedVersion: 1, reason: 'duplikat laporan lain' }),
    ])
    expect([a.status, b.status].sort()).toEqual([200, 409])
    const loser = (await (a.status === 409 ? a : b).json()) as {
      error: string
      code: string
      currentVersion: number
      changes: unknown[]
    }
    expect(loser.error).toMatch(/has moved on: you saw version 1, it is now at version 2/)
    expect(loser.code).toBe('version_conflict')
    expect(loser.currentVersion).toBe(2)
    const verified = (await t.store.complaintHistory(id as ComplaintId)).find(
      (e) => e.type === 'complaint.verified',
    )
    expect(verified?.seq).toBeGreaterThan(0)
    expect(loser.changes).toEqual([
      expect.objectContaining({
        seq: verified?.seq,
        type: 'complaint.verified',
        version: 2,
        state: 'VERIFIED',
      }),
    ])
    expect((await record(id)).version).toBe(2)
  })

  it('[AC3] accepts an action that names the current version', async () => {
    const id = await newComplaint()
    expect((await act(id, { type: 'verify', expectedVersion: 1 })).status).toBe(200)
    expect((await act(id, { type: 'dispose', opd: 'DPUBMPR', expectedVersion: 2 })).status).toBe(200)
  })

  it('[AC4] answers 404 for an unknown complaint and 400 for a malformed or unknown action', async () => {
    expect((await act('01KAAAAAAAAAAAAAAAAAAAAAAA', { type: 'verify' })).status).toBe(404)
    expect((await act('not-an-id', { type: 'verify' })).status).toBe(404)
    const id = await newComplaint()
    const head = await t.store.headSeq()
    const unknown = await act(id, { type: 'teleport' })
    expect(unknown.status).toBe(400)
    expect(await unknown.json()).toMatchObject({ issues: [{ path: 'type' }] })
    const noOpd = await act(id, { type: 'dispose', opd: 'DINAS-SIHIR' })
    expect(noOpd.status).toBe(400)
    expect(await t.store.headSeq()).toBe(head)
  })

  it('[AC4] refuses re-disposition to the OPD that answered "bukan wewenang"', async () => {
    const id = await newComplaint()
    await act(id, { type: 'verify' })
    await act(id, { type: 'dispose', opd: 'DINSOS' })
    await act(id, { type: 'not_authority', reason: 'bukan bansos' })
    const res = await act(id, { type: 'dispose', opd: 'DINSOS' })
    expect(res.status).toBe(422)
    expect(await res.json()).toMatchObject({
      error: expect.stringMatching(/DINSOS answered "bukan wewenang"/),
    })
  })

  it('[AC5] refuses a wall token with 403 and writes nothing', async () => {
    const id = await newComplaint()
    const head = await t.store.headSeq()
    const res = await act(id, { type: 'verify' }, WALL_TOKEN)
    expect(res.status).toBe(403)
    expect(await t.store.headSeq()).toBe(head)
  })
})

describe('roles, through the action service', () => {
  it("[AC6] lets an OPD operator follow up its own complaint but not another OPD's, nor verify", async () => {
    const id = await newComplaint()
    expect(await actAs(operatorOf('DPUBMPR'), id, { type: 'verify' })).toMatchObject({
      ok: false,
      refusal: 'forbidden',
    })
    expect(await actAs(SUPERVISOR, id, { type: 'verify' })).toMatchObject({ ok: true })
    expect(await actAs(SUPERVISOR, id, { type: 'dispose', opd: 'DPUBMPR' })).toMatchObject({ ok: true })
    const head = await t.store.headSeq()
    const other = await actAs(operatorOf('DINSOS'), id, { type: 'follow_up', text: 'bukan kami' })
    expect(other).toMatchObject({
      ok: false,
      refusal: 'forbidden',
      body: { error: expect.stringMatching(/own OPD/) },
    })
    expect(await t.store.headSeq()).toBe(head)
    const own = await actAs(operatorOf('DPUBMPR'), id, { type: 'follow_up', text: 'Sudah ditambal.' })
    expect(own).toMatchObject({ ok: true })
    // Every event carries its actor: the log is the audit trail.
    const history = await t.store.complaintHistory(id as ComplaintRecord['id'])
    expect(history.map((e) => [e.type, e.actor.role, e.actor.opd ?? null])).toEqual([
      ['complaint.received', 'admin', null],
      ['complaint.verified', 'supervisor', null],
      ['complaint.dispositioned', 'supervisor', null],
      ['complaint.followed_up', 'operator', 'DPUBMPR'],
    ])
  })

  it('[AC6] lets an integration deliver a reporter reply and a rating, but not verify', async () => {
    const integration: Actor = { kind: 'token', id: 'wa-gateway', role: 'integration' }
    const id = await newComplaint()
    expect(await actAs(integration, id, { type: 'verify' })).toMatchObject({
      ok: false,
      refusal: 'forbidden',
    })
    await actAs(SUPERVISOR, id, { type: 'verify' })
    await actAs(SUPERVISOR, id, { type: 'dispose', opd: 'DPUBMPR' })
    await actAs(operatorOf('DPUBMPR'), id, { type: 'follow_up', text: 'Sudah ditambal.' })
    expect(await actAs(integration, id, { type: 'rate', rating: 'sangat_puas' })).toMatchObject({ ok: true })
    expect(await actAs(integration, id, { type: 'rate', rating: 'tidak_puas' })).toMatchObject({
      ok: false,
      refusal: 'already_done',
    })
  })
})
