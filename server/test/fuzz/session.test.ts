import { SESSION_COOKIE } from '@pendopo/shared'
import fc from 'fast-check'
import { beforeAll, describe } from 'vitest'

import { ADMIN_TOKEN, WALL_TOKEN } from '../support/createTestApp.js'
import { aComplaint } from '../support/fixtures.js'

import type { BodySpec } from './badBodies.js'
import { fuzz, type HttpAnswer, send, useFuzzApp } from './fuzzApp.js'
import { fuzzBodies } from './fuzzBodies.js'
import { hostileString, hugeString, lookalikeOf } from './hostile.js'

const PASSWORD = 'a-long-test-password'

/** `POST /api/v1/session` (`LoginRequestSchema`): the right credentials, so only a defect can refuse it. */
const LOGIN: BodySpec = {
  valid: () => ({ username: 'fuzz-admin', password: PASSWORD }),
  fields: [
    { path: 'username', required: true, is: { type: 'string', min: 1, max: 80 } },
    { path: 'password', required: true, is: { type: 'string', min: 1, max: 200 } },
  ],
}

/**
 * Each login from its own loopback address (127.x.y.z all reach the server on Linux): the failed-login
 * limiter counts per address, and would otherwise answer 429 in place of the validation under test.
 */
let sent = 0
const nextAddress = () => {
  const n = sent++
  return `127.${1 + (Math.floor(n / (254 * 256)) % 254)}.${Math.floor(n / 254) % 256}.${1 + (n % 254)}`
}

/** A header value can only carry bytes: hostile text goes as its UTF-8, minus what HTTP forbids outright. */
const headerSafe = (s: string) =>
  Buffer.from(s, 'utf8')
    .toString('latin1')
    .replace(/[^\t\x20-\x7e\x80-\xff]/g, '')

const badAuthorization = fc.oneof(
  hostileString.map((s) => `Bearer ${headerSafe(s)}`),
  fc.nat().map((at) => `Bearer ${headerSafe(lookalikeOf(ADMIN_TOKEN, at))}`),
  hugeString.map((s) => `Bearer ${headerSafe(s)}`),
  fc.constantFrom(
    `Bearer ${ADMIN_TOKEN}x`,
    `Bearer ${ADMIN_TOKEN.slice(0, -1)}`,
    `Bearer  ${ADMIN_TOKEN}`,
    `Token ${ADMIN_TOKEN}`,
    ADMIN_TOKEN,
    `Basic ${Buffer.from(`admin:${PASSWORD}`).toString('base64')}`,
    'Bearer',
    'Bearer ',
    `Bearer ${'a'.repeat(513)}`,
    `Bearer ${WALL_TOKEN}`, // a real token whose role may not ingest: 403
  ),
)
const badCookie = fc.oneof(
  hostileString.map((s) => `${SESSION_COOKIE}=${headerSafe(s)}`),
  fc.constantFrom(
    `${SESSION_COOKIE}=`,
    SESSION_COOKIE,
    `__proto__=x; constructor=y; ${SESSION_COOKIE}=z`,
    `${SESSION_COOKIE}=%E0%A4%A`,
    `${SESSION_COOKIE}="unterminated`,
    `${SESSION_COOKIE}=a; ${SESSION_COOKIE}=b`,
    `${SESSION_COOKIE}=${'a'.repeat(5_000)}`,
    ';;;;',
    '=',
  ),
)
const badCredentials = fc
  .record({ authorization: badAuthorization, cookie: badCookie }, { requiredKeys: [] })
  .filter((h) => h.authorization !== undefined || h.cookie !== undefined)

/** No session cookie with a value: a refused login must never log anyone in. */
function startsNoSession(answer: HttpAnswer): void {
  const cookies = [answer.headers['set-cookie'] ?? []].flat()
  const session = cookies.find(
    (c) => c.startsWith(`${SESSION_COOKIE}=`) && !c.startsWith(`${SESSION_COOKIE}=;`),
  )
  if (session) throw new Error(`a refused login set ${session}`)
}

describe('[FZ8] sessions and credentials under hostile input', () => {
  const app = useFuzzApp()
  let cookie = ''
  beforeAll(async () => {
    const user = { username: 'fuzz-admin', name: 'Admin Uji', role: 'admin', password: PASSWORD }
    await send(app.t.url, { path: '/api/v1/users', json: user })
    const login = await send(app.t.url, { path: '/api/v1/session', json: LOGIN.valid(), token: null })
    cookie = [login.headers['set-cookie'] ?? []].flat()[0]?.split(';')[0] ?? ''
  })

  fuzzBodies(app, {
    name: 'POST /api/v1/session',
    targets: [{ path: () => '/api/v1/session', spec: LOGIN }],
    request: () => ({ token: null, from: nextAddress() }),
    alsoCheck: startsNoSession,
    // Decoded to U+FFFD, the credentials are wrong: refused all the same. Few runs: each costs a scrypt.
    invalidUtf8: { share: 0.1 },
  })

  fuzz(
    'a write with a hostile Authorization or Cookie header is refused',
    badCredentials,
    (headers, tally) =>
      app.refuses({ path: '/api/v1/complaints', json: aComplaint(), token: null, headers }, tally),
    { app },
  )

  fuzz(
    "GET /api/v1/session refuses a hostile cookie; DELETE ends no one else's session",
    badCookie,
    async (hostile, tally) => {
      await app.refuses({ path: '/api/v1/session', token: null, headers: { cookie: hostile } }, tally)
      const head = await app.t.store.headSeq()
      tally.inputs++
      const out = await send(app.t.url, {
        method: 'DELETE',
        path: '/api/v1/session',
        token: null,
        headers: { cookie: hostile },
      })
      if (out.status >= 500) tally.crashed++
      // Logging out an unknown session is done already: 204 (or 431 for a cookie too large to read).
      if (out.status !== 204 && out.status !== 431) throw new Error(`DELETE answered ${out.status}`)
      await app.unharmed(head, tally)
      const still = await send(app.t.url, { path: '/api/v1/session', token: null, headers: { cookie } })
      if (still.status !== 200) throw new Error(`a hostile cookie ended a real session: ${still.status}`)
    },
    { app },
  )
})
