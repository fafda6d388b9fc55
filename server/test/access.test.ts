import type { DomainEvent } from '@pendopo/shared'
import { io as connect, type Socket } from 'socket.io-client'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { createTestApp, type TestApp, WALL_TOKEN } from './support/createTestApp.js'
import { aComplaint } from './support/fixtures.js'

const PASSWORD = 'a-long-test-password'

/** Who calls: a person's session cookie, a token, or nothing at all. */
type Credential = { cookie: string } | { token: string } | null
type Who = 'admin' | 'supervisor' | 'operatorA' | 'operatorB' | 'executive' | 'wall' | 'integration' | 'none'
const EVERYONE: Who[] = [
  'admin',
  'supervisor',
  'operatorA',
  'operatorB',
  'executive',
  'wall',
  'integration',
  'none',
]

let t: TestApp
const credentials = new Map<Who, Credential>()
let ownComplaint = '' // dispositioned to DPUBMPR (operator A's OPD)
let otherComplaint = '' // dispositioned to DINSOS (operator B's OPD)
let anonymousComplaint = ''

async function login(username: string, password = PASSWORD): Promise<Response> {
  return t.api('/api/v1/session', { body: { username, password }, token: null })
}

async function call(
  who: Who,
  path: string,
  init: { method?: string; body?: unknown } = {},
): Promise<Response> {
  const credential = credentials.get(who) ?? null
  const headers: Record<string, string> = { 'content-type': 'application/json' }
  if (credential && 'token' in credential) headers.authorization = `Bearer ${credential.token}`
  if (credential && 'cookie' in credential) headers.cookie = credential.cookie
  const body = init.body === undefined ? undefined : JSON.stringify(init.body)
  return fetch(`${t.url}${path}`, {
    method: init.method ?? (body ? 'POST' : 'GET'),
    headers,
    ...(body ? { body } : {}),
  })
}

async function ingest(overrides: Record<string, unknown> = {}): Promise<string> {
  const res = await t.api('/api/v1/complaints', { body: aComplaint(overrides) })
  return ((await res.json()) as { id: string }).id
}

async function disposeTo(id: string, opd: string): Promise<void> {
  for (const action of [{ type: 'verify' }, { type: 'dispose', opd }]) {
    const res = await t.api(`/api/v1/complaints/${id}/actions`, { body: action })
    expect(res.status).toBe(200)
  }
}

beforeAll(async () => {
  t = await createTestApp()
  const users = [
    { username: 'boss', name: 'Admin', role: 'admin' },
    { username: 'kominfo', name: 'Kominfo', role: 'supervisor' },
    { username: 'op-pu', name: 'Operator PU', role: 'operator', opd: 'DPUBMPR' },
    { username: 'op-sos', name: 'Operator Dinsos', role: 'operator', opd: 'DINSOS' },
    { username: 'bupati', name: 'Bupati', role: 'executive' },
  ]
  for (const user of users) {
    const res = await t.api('/api/v1/users', { body: { ...user, password: PASSWORD } })
    expect(res.status).toBe(201)
  }
  const who: Record<string, Who> = {
    boss: 'admin',
    kominfo: 'supervisor',
    'op-pu': 'operatorA',
    'op-sos': 'operatorB',
    bupati: 'executive',
  }
  for (const [username, role] of Object.entries(who)) {
    const res = await login(username)
    const cookie = res.headers.get('set-cookie')?.split(';')[0]
    if (!cookie) throw new Error(`no session cookie for ${username}`)
    credentials.set(role, { cookie })
  }
  const integration = await t.api('/api/v1/tokens', { body: { role: 'integration', name: 'LAPOR! bridge' } })
  credentials.set('integration', { token: ((await integration.json()) as { token: string }).token })
  credentials.set('wall', { token: WALL_TOKEN })
  credentials.set('none', null)

  ownComplaint = await ingest({ source: { channel: 'lapor', externalId: 'own' } })
  otherComplaint = await ingest({ source: { channel: 'lapor', externalId: 'other' } })
  anonymousComplaint = await ingest({
    source: { channel: 'sms1708', externalId: 'anon' },
    reporter: { anonymous: true, confidential: true, name: 'Budi Santoso', phone: '081298765432' },
  })
  await disposeTo(ownComplaint, 'DPUBMPR')
  await disposeTo(otherComplaint, 'DINSOS')
  await disposeTo(anonymousComplaint, 'DPUBMPR')
})

afterAll(() => t.close())

/** Each route, and who may use it; everyone else is refused (401 without a credential, else 403). */
const ROUTES: Array<{ name: string; allowed: Who[]; send: (who: Who) => Promise<Response> }> = [
  {
    name: 'GET /snapshot',
    allowed: ['admin', 'supervisor', 'operatorA', 'operatorB', 'executive', 'wall'],
    send: (w) => call(w, '/api/v1/snapshot'),
  },
  {
    name: 'GET /reference',
    allowed: ['admin', 'supervisor', 'operatorA', 'operatorB', 'executive', 'wall', 'integration'],
    send: (w) => call(w, '/api/v1/reference'),
  },
  {
    name: 'GET /wall/config',
    allowed: ['admin', 'supervisor', 'operatorA', 'operatorB', 'executive', 'wall'],
    send: (w) => call(w, '/api/v1/wall/config'),
  },
  {
    name: 'GET /complaints (queue)',
    allowed: ['admin', 'supervisor', 'operatorA', 'operatorB', 'executive'],
    send: (w) => call(w, '/api/v1/complaints'),
  },
  {
    name: 'GET /complaints?opd=- (the pile no OPD holds yet)',
    allowed: ['admin', 'supervisor', 'executive'],
    send: (w) => call(w, '/api/v1/complaints?opd=-'),
  },
  {
    name: "GET /complaints?opd=DINSOS (another OPD's queue)",
    allowed: ['admin', 'supervisor', 'operatorB', 'executive'],
    send: (w) => call(w, '/api/v1/complaints?opd=DINSOS'),
  },
  {
    name: "GET /complaints/:id of DPUBMPR's complaint",
    allowed: ['admin', 'supervisor', 'operatorA', 'executive'],
    send: (w) => call(w, `/api/v1/complaints/${ownComplaint}`),
  },
  {
    name: 'POST /complaints (ingest)',
    allowed: ['admin', 'supervisor', 'integration'],
    send: (w) =>
      call(w, '/api/v1/complaints', {
        body: aComplaint({ source: { channel: 'web', externalId: `m-${w}` } }),
      }),
  },
  {
    name: "POST /complaints/:id/actions on DPUBMPR's complaint (a note-less hold: any allowed role may try)",
    allowed: ['admin', 'supervisor', 'operatorA', 'operatorB'],
    // Operators pass the route's gate and are judged by the domain: B, another OPD, gets 403 there.
    send: (w) =>
      call(w, `/api/v1/complaints/${ownComplaint}/actions`, {
        body: { type: 'rate', rating: 'puas', expectedVersion: 1 },
      }),
  },
  { name: 'GET /tokens', allowed: ['admin'], send: (w) => call(w, '/api/v1/tokens') },
  {
    name: 'POST /tokens',
    allowed: ['admin'],
    send: (w) => call(w, '/api/v1/tokens', { body: { role: 'wall', name: `wall by ${w}` } }),
  },
  { name: 'GET /users', allowed: ['admin'], send: (w) => call(w, '/api/v1/users') },
  {
    name: 'POST /users',
    allowed: ['admin'],
    send: (w) =>
      call(w, '/api/v1/users', {
        body: { username: `u-${w}`, name: 'X', role: 'executive', password: PASSWORD },
      }),
  },
  { name: 'GET /audit', allowed: ['admin', 'supervisor'], send: (w) => call(w, '/api/v1/audit?actor=x') },
  {
    name: 'POST /calendar/amendments',
    allowed: ['admin'],
    send: (w) => call(w, '/api/v1/calendar/amendments', { body: {} }),
  },
  {
    name: 'POST /village-issues',
    allowed: ['admin', 'supervisor', 'integration'],
    send: (w) => call(w, '/api/v1/village-issues', { body: {} }),
  },
  {
    // An id no issue has: a reader gets 404, anyone else is refused before the lookup.
    name: 'GET /village-issues/:id',
    allowed: ['admin', 'supervisor', 'operatorA', 'operatorB', 'executive', 'wall'],
    send: (w) => call(w, '/api/v1/village-issues/01JZZZZZZZZZZZZZZZZZZZZZZZ'),
  },
  { name: 'GET /metrics', allowed: ['admin'], send: (w) => call(w, '/metrics') },
]

describe('who may do what [AC1]', () => {
  for (const route of ROUTES) {
    it(`${route.name}: allowed for ${route.allowed.join(', ')}; refused for the rest`, async () => {
      for (const who of EVERYONE) {
        const res = await route.send(who)
        const refused = res.status === 401 || res.status === 403
        const expected = route.allowed.includes(who)
        expect({ who, status: res.status, allowed: !refused }).toEqual({
          who,
          status: res.status,
          allowed: expected,
        })
        if (who === 'none') expect(res.status).toBe(401)
      }
    })
  }

  it("an operator acts on its own OPD's complaint and is refused on another's, with the reason", async () => {
    const own = await call('operatorA', `/api/v1/complaints/${ownComplaint}/actions`, {
      body: { type: 'follow_up', text: 'Jalan sudah ditambal oleh tim UPT.' },
    })
    expect(own.status).toBe(200)
    const other = await call('operatorA', `/api/v1/complaints/${otherComplaint}/actions`, {
      body: { type: 'follow_up', text: 'Bukan urusan kami tapi dicoba.' },
    })
    expect(other.status).toBe(403)
    expect(((await other.json()) as { error: string }).error).toMatch(/DINSOS|OPD/)
  })

  it('a wall token trying to write is refused, and nothing is written', async () => {
    const head = await t.store.headSeq()
    for (const res of [
      await call('wall', '/api/v1/complaints', {
        body: aComplaint({ source: { channel: 'web', externalId: 'wall-w' } }),
      }),
      await call('wall', `/api/v1/complaints/${ownComplaint}/actions`, {
        body: { type: 'close', reason: 'dari layar' },
      }),
      await call('wall', '/api/v1/tokens', { body: { role: 'admin', name: 'escalate' } }),
    ])
      expect(res.status).toBe(403)
    expect(await t.store.headSeq()).toBe(head)
  })

  it("an executive and an operator never see an anonymous reporter's identity; an executive no confidential text", async () => {
    const asExecutive = (await (
      await call('executive', `/api/v1/complaints/${anonymousComplaint}`)
    ).json()) as {
      complaint: { reporter: Record<string, unknown>; title: string | null; body: string | null }
      history: DomainEvent[]
    }
    expect(asExecutive.complaint.reporter).toEqual({ anonymous: true, confidential: true })
    expect(asExecutive.complaint.title).toBeNull()
    expect(JSON.stringify(asExecutive)).not.toMatch(/Budi Santoso|081298765432/)
    const asOperator = await (await call('operatorA', `/api/v1/complaints/${anonymousComplaint}`)).text()
    expect(asOperator).not.toMatch(/Budi Santoso|081298765432/)
    const asSupervisor = await (await call('supervisor', `/api/v1/complaints/${anonymousComplaint}`)).text()
    expect(asSupervisor).toMatch(/Budi Santoso/)
  })
})

describe('sessions [AC2]', () => {
  it('sets an httpOnly, SameSite=Strict cookie, refuses a wrong password alike for unknown users, and ends on logout', async () => {
    const res = await login('kominfo')
    const cookie = res.headers.get('set-cookie') ?? ''
    expect(cookie).toMatch(/pendopo_session=[\w-]{40,}/)
    expect(cookie).toMatch(/HttpOnly/i)
    expect(cookie).toMatch(/SameSite=Strict/i)
    const wrong = await login('kominfo', 'not-the-password')
    const unknown = await login('nobody-here', 'not-the-password')
    expect([wrong.status, unknown.status]).toEqual([401, 401])
    expect(await wrong.json()).toEqual(await unknown.json())
    const session = { cookie: cookie.split(';')[0] ?? '' }
    credentials.set('supervisor', session)
    expect((await call('supervisor', '/api/v1/session')).status).toBe(200)
    expect((await call('supervisor', '/api/v1/session', { method: 'DELETE' })).status).toBe(204)
    expect((await call('supervisor', '/api/v1/snapshot')).status).toBe(401)
    credentials.set('supervisor', {
      cookie: (await login('kominfo')).headers.get('set-cookie')?.split(';')[0] ?? '',
    })
  })

  it('rate-limits failed logins with 429 and Retry-After', async () => {
    const statuses: number[] = []
    for (let i = 0; i < 12; i++) statuses.push((await login('bupati', `wrong-${i}-password`)).status)
    expect(statuses.slice(0, 10).every((s) => s === 401)).toBe(true)
    const limited = await login('bupati', 'wrong-again-password')
    expect(limited.status).toBe(429)
    const retryAfter = Number(limited.headers.get('retry-after'))
    expect(retryAfter).toBeGreaterThan(0)
    expect(retryAfter).toBeLessThanOrEqual(15 * 60)
    expect(await limited.json()).toMatchObject({ error: expect.stringMatching(/too many/), retryAfter })
    // Twelve scrypt checks: seconds on a loaded two-core machine, not a hang.
  }, 30_000)

  it('rate-limits an address that sprays one password over many usernames', async () => {
    const fresh = await createTestApp() // its own limiter: the failures above do not count
    try {
      const spray = (username: string) =>
        fresh.api('/api/v1/session', { body: { username, password: 'Password123!' }, token: null })
      const statuses: number[] = []
      for (let i = 0; i < 30; i++) statuses.push((await spray(`pegawai-${i}`)).status)
      expect(statuses.every((s) => s === 401)).toBe(true)
      const limited = await spray('pegawai-30')
      expect(limited.status).toBe(429)
      expect(await limited.json()).toMatchObject({ error: expect.stringMatching(/too many failed logins/) })
    } finally {
      await fresh.close()
    }
  }, 30_000)

  it('a disabled account cannot log in and its session stops working', async () => {
    const created = await t.api('/api/v1/users', {
      body: { username: 'temp-exec', name: 'Temp', role: 'executive', password: PASSWORD },
    })
    const { user } = (await created.json()) as { user: { id: string } }
    const bupati = credentials.get('executive') ?? null
    const cookie = (await login('temp-exec')).headers.get('set-cookie')?.split(';')[0] ?? ''
    credentials.set('executive', { cookie })
    expect((await call('executive', '/api/v1/snapshot')).status).toBe(200)
    expect((await t.api(`/api/v1/users/${user.id}/disable`, { method: 'POST' })).status).toBe(200)
    expect((await call('executive', '/api/v1/snapshot')).status).toBe(401)
    expect((await login('temp-exec')).status).toBe(401)
    credentials.set('executive', bupati)
  })
})

describe('the socket, per role [AC3]', () => {
  function open(who: Who): Socket {
    const credential = credentials.get(who) ?? null
    return connect(t.url, {
      path: '/socket.io',
      transports: ['websocket'],
      reconnection: false,
      auth: credential && 'token' in credential ? { token: credential.token } : {},
      extraHeaders: credential && 'cookie' in credential ? { cookie: credential.cookie } : {},
    })
  }
  const outcome = (socket: Socket) =>
    new Promise<string>((resolve) => {
      socket.once('snapshot', () => resolve('connected'))
      socket.once('connect_error', (e) => resolve(e.message))
    })

  it('lets every reading role in and refuses integrations and strangers', async () => {
    const results: Record<string, string> = {}
    for (const who of EVERYONE) {
      const socket = open(who)
      results[who] = await outcome(socket)
      socket.disconnect()
    }
    for (const who of ['admin', 'supervisor', 'operatorA', 'operatorB', 'executive', 'wall'])
      expect(results[who]).toBe('connected')
    expect(results.integration).toMatch(/^unauthorized/)
    expect(results.none).toMatch(/^unauthorized/)
  })

  it("an operator's socket carries its own OPD's words and never another OPD's", async () => {
    const sockets = { a: open('operatorA'), b: open('operatorB'), wall: open('wall') }
    await Promise.all(Object.values(sockets).map(outcome))
    const received = { a: [] as DomainEvent[], b: [] as DomainEvent[], wall: [] as DomainEvent[] }
    for (const [k, s] of Object.entries(sockets))
      s.on('events', (batch: DomainEvent[]) => received[k as keyof typeof received].push(...batch))
    const secret = 'Rumah warga sudah didata ulang oleh pendamping PKH.'
    const res = await call('operatorB', `/api/v1/complaints/${otherComplaint}/actions`, {
      body: { type: 'follow_up', text: secret },
    })
    expect(res.status).toBe(200)
    await expect.poll(() => received.a.length && received.b.length && received.wall.length).toBeTruthy()
    expect(JSON.stringify(received.b)).toContain(secret)
    expect(JSON.stringify(received.a)).not.toContain(secret)
    expect(JSON.stringify(received.wall)).not.toContain(secret)
    for (const s of Object.values(sockets)) s.disconnect()
  })
})
