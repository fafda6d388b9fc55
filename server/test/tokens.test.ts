import { io as connect } from 'socket.io-client'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { createTestApp, type TestApp } from './support/createTestApp.js'
import { aComplaint } from './support/fixtures.js'
import { LiveClient } from './support/liveClient.js'

let t: TestApp
beforeAll(async () => {
  t = await createTestApp()
})
afterAll(() => t.close())

async function issue(body: unknown, token?: string) {
  const res = await t.api('/api/v1/tokens', { body, ...(token ? { token } : {}) })
  return { status: res.status, body: (await res.json()) as { id: string; token: string; issues?: unknown[] } }
}

describe('/api/v1/tokens', () => {
  it('[TK1] issues a wall token once; it reads the public snapshot and stream, and may not write', async () => {
    const { status, body } = await issue({ role: 'wall', name: 'Command Center, layar utama' })
    expect(status).toBe(201)
    expect(body.token).toMatch(/^pdp_[\w-]{43}$/)

    const snapshot = await t.api('/api/v1/snapshot', { token: body.token })
    expect(snapshot.status).toBe(200)
    expect(await snapshot.json()).toMatchObject({ audience: 'public' })
    expect((await t.api('/api/v1/complaints', { body: aComplaint(), token: body.token })).status).toBe(403)

    const wall = new LiveClient(t.socket({ token: body.token }))
    await t.api('/api/v1/complaints', { body: aComplaint() })
    await wall.until(await t.store.headSeq())
  })

  it('[TK2] keeps neither the token nor its digest anywhere a client can read', async () => {
    const staff = t.socket()
    const frames: string[] = []
    staff.onAny((_e, ...args: unknown[]) => frames.push(JSON.stringify(args)))
    await new Promise((resolve) => staff.once('snapshot', resolve))
    const { body } = await issue({ role: 'integration', name: 'Gateway WhatsApp' })
    const log = JSON.stringify(await t.store.readAfter(0, 10_000))
    expect(log).not.toContain(body.token)
    await new Promise((resolve) => setTimeout(resolve, 100))
    const { createHash } = await import('node:crypto')
    const digest = createHash('sha256').update(body.token).digest('hex')
    expect(frames.join('\n')).toContain('"type":"token.issued"')
    expect(frames.join('\n')).not.toContain(digest)
    const listed = JSON.stringify(await (await t.api('/api/v1/tokens')).json())
    expect(listed).toContain('Gateway WhatsApp')
    expect(listed).not.toContain(digest)
  })

  it('[TK3] stops a revoked token at once, on HTTP and on new sockets; revoking twice is a conflict', async () => {
    const { body } = await issue({ role: 'integration', name: 'SMS 1708' })
    expect((await t.api('/api/v1/complaints', { body: aComplaint(), token: body.token })).status).toBe(201)
    const revoked = await t.api(`/api/v1/tokens/${body.id}`, { method: 'DELETE' })
    expect(revoked.status).toBe(200)
    expect((await t.api('/api/v1/complaints', { body: aComplaint(), token: body.token })).status).toBe(401)
    const socket = connect(t.url, {
      path: '/socket.io',
      transports: ['websocket'],
      reconnection: false,
      auth: { token: body.token },
    })
    const error = await new Promise<Error>((resolve) => socket.on('connect_error', resolve))
    expect(error.message).toMatch(/unauthorized/)
    socket.disconnect()
    expect((await t.api(`/api/v1/tokens/${body.id}`, { method: 'DELETE' })).status).toBe(409)
    expect((await t.api('/api/v1/tokens/01KAAAAAAAAAAAAAAAAAAAAAAA', { method: 'DELETE' })).status).toBe(404)
  })

  it('[TK4] gives an operator token its OPD, and refuses bad requests and non-admins', async () => {
    const operator = await issue({ role: 'operator', name: 'Admin penghubung DPUBMPR', opd: 'DPUBMPR' })
    expect(operator.status).toBe(201)
    expect((await issue({ role: 'operator', name: 'tanpa OPD' })).status).toBe(400)
    expect((await issue({ role: 'wall', name: 'x', opd: 'DPUBMPR' })).status).toBe(400)
    expect((await issue({ role: 'operator', name: 'x', opd: 'DINAS-SIHIR' })).status).toBe(400)
    expect((await issue({ role: 'system', name: 'x' })).status).toBe(400)
    expect((await issue({ role: 'wall', name: 'x' }, operator.body.token)).status).toBe(403)
  })
})
