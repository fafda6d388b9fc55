import { createHash } from 'node:crypto'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

import { type Actor, DEFAULT_SLA_POLICY, type SlaPolicy } from '@pendopo/shared'
import { type Logger, pino } from 'pino'
import { io as connect, type Socket } from 'socket.io-client'

import { type App, createApp } from '../../src/app.js'
import {
  API_TOKEN_PRINCIPAL,
  createAuthenticator,
  type Principal,
  principalOfActor,
} from '../../src/auth/Authenticator.js'
import { type Clock, ManualClock } from '../../src/clock.js'
import type { EventStore } from '../../src/log/EventStore.js'
import { PostgresEventStore } from '../../src/log/postgres/PostgresEventStore.js'
import { SqliteEventStore } from '../../src/log/sqlite/SqliteEventStore.js'
import { loadCalendarFile } from '../../src/reference/loadCalendarFile.js'
import { loadKpiFile } from '../../src/reference/loadKpiFile.js'
import { loadReference, type Reference } from '../../src/reference/Reference.js'

import { APP_SCHEMA_PREFIX, scratchSchema } from './scratchSchema.js'

/** Loaded once per test file: parsing the desa polygons is the slow part of building an app. */
let reference: Reference | undefined
export const testReference = (): Reference => (reference ??= loadReference())

export const ADMIN_TOKEN = 'test-admin-token-0123456789'
export const WALL_TOKEN = 'test-wall-token-0123456789'
export const SUPERVISOR: Actor = { kind: 'user', id: 'kominfo-1', role: 'supervisor', name: 'Kominfo' }
export const operatorOf = (opd: string): Actor => ({
  kind: 'user',
  id: `op-${opd}`,
  role: 'operator',
  opd: opd as Actor['opd'],
})

const WALL_PRINCIPAL: Principal = principalOfActor({ kind: 'token', id: 'wall-test', role: 'wall' })

/**
 * The store the app-level suites run on: SQLite, or PostgreSQL in the `server-postgres` project
 * (`PENDOPO_TEST_STORE=postgres`), so that one suite proves both stores through the whole app.
 */
const TEST_STORE: 'sqlite' | 'postgres' =
  process.env.PENDOPO_TEST_STORE === 'postgres' ? 'postgres' : 'sqlite'

export interface TestApp {
  readonly app: App
  readonly store: EventStore
  readonly clock: Clock
  readonly url: string
  readonly dbPath: string
  /** `fetch` against the app with the admin token and JSON. */
  api(
    path: string,
    init?: { method?: string; body?: unknown; token?: string | null; raw?: string },
  ): Promise<Response>
  /** A Socket.IO client, not yet connected unless `autoConnect`. */
  socket(options?: { token?: string; afterSeq?: number; autoConnect?: boolean; origin?: string }): Socket
  close(): Promise<void>
}

/**
 * A real app — real HTTP, real Socket.IO, a real SQLite file in a temp folder (or a PostgreSQL schema of its
 * own, see TEST_STORE) — on port 0, with a clock the test controls. Pass `dir` to reopen the same database
 * (a restart).
 */
export async function createTestApp(
  options: {
    clock?: Clock
    dir?: string
    policy?: SlaPolicy
    replayLimit?: number
    port?: number
    /** Wraps the store the app uses (e.g. with latency); `store` stays the real one for assertions. */
    wrapStore?: (store: EventStore) => EventStore
    /** A built web app to serve (the default serves none). */
    webDir?: string
    allowedOrigins?: readonly string[]
    maxQueuedMessages?: number
    ingestPerMinute?: number
    trustProxy?: string | number
  } = {},
): Promise<TestApp> {
  const dir = options.dir ?? mkdtempSync(join(tmpdir(), 'pendopo-test-'))
  const dbPath = join(dir, 'pendopo.db')
  const clock = options.clock ?? new ManualClock('2026-11-23T02:00:00.000Z') // Monday 09:00 WIB
  const log = pino({ level: 'silent' })
  const policy = options.policy ?? DEFAULT_SLA_POLICY
  const opened = await openTestStore(dir, { decisions: { policy }, log })
  const { store } = opened
  const app = await createApp({
    store: options.wrapStore ? options.wrapStore(store) : store,
    reference: testReference(),
    authenticator: createAuthenticator({
      configured: [
        { token: ADMIN_TOKEN, principal: API_TOKEN_PRINCIPAL },
        { token: WALL_TOKEN, principal: WALL_PRINCIPAL },
      ],
      issued: store,
    }),
    clock,
    log,
    policy,
    initialCalendar: loadCalendarFile(),
    kpis: loadKpiFile(),
    ...(options.replayLimit ? { replayLimit: options.replayLimit } : {}),
    ...(options.webDir ? { webDir: options.webDir } : {}),
    ...(options.allowedOrigins ? { allowedOrigins: options.allowedOrigins } : {}),
    ...(options.maxQueuedMessages ? { maxQueuedMessages: options.maxQueuedMessages } : {}),
    ...(options.ingestPerMinute ? { ingestPerMinute: options.ingestPerMinute } : {}),
    ...(options.trustProxy === undefined ? {} : { trustProxy: options.trustProxy }),
  })
  const { port } = await app.listen(options.port ?? 0, '127.0.0.1')
  const url = `http://127.0.0.1:${port}`
  const sockets: Socket[] = []
  return {
    app,
    store,
    clock,
    url,
    dbPath,
    api: (path, init = {}) => {
      const headers: Record<string, string> = { 'content-type': 'application/json' }
      const token = init.token === undefined ? ADMIN_TOKEN : init.token
      if (token !== null) headers.authorization = `Bearer ${token}`
      const body = init.raw ?? (init.body === undefined ? undefined : JSON.stringify(init.body))
      return fetch(`${url}${path}`, {
        method: init.method ?? (body ? 'POST' : 'GET'),
        headers,
        ...(body ? { body } : {}),
      })
    },
    socket: (o = {}) => {
      const s = connect(url, {
        path: '/socket.io',
        transports: ['websocket'],
        reconnection: false,
        autoConnect: o.autoConnect ?? true,
        ...(o.origin ? { extraHeaders: { origin: o.origin } } : {}),
        auth: {
          token: o.token ?? ADMIN_TOKEN,
          ...(o.afterSeq !== undefined ? { afterSeq: o.afterSeq } : {}),
        },
      })
      sockets.push(s)
      return s
    },
    close: async () => {
      for (const s of sockets) s.disconnect()
      await app.close()
      await store.close()
      if (!options.dir) {
        rmSync(dir, { recursive: true, force: true })
        await opened.drop()
      }
    },
  }
}

/** The store for a test app's `dir`: its SQLite file, or the PostgreSQL schema named after it. */
async function openTestStore(
  dir: string,
  deps: { decisions: { policy: SlaPolicy }; log: Logger },
): Promise<{ store: EventStore; drop(): Promise<void> }> {
  if (TEST_STORE === 'sqlite') {
    return { store: new SqliteEventStore({ path: join(dir, 'pendopo.db'), ...deps }), drop: async () => {} }
  }
  const schema = await scratchSchema(
    `${APP_SCHEMA_PREFIX}${createHash('sha256').update(dir).digest('hex').slice(0, 16)}`,
  )
  return {
    store: await PostgresEventStore.open({ url: schema.url, ...deps }),
    drop: () => schema.drop(),
  }
}

/**
 * The store with reads that take `ms` of wall time, as a networked database's do: commits can then land
 * while a client is being caught up, which an embedded store never lets happen.
 */
export function withSlowReads(ms: number): (store: EventStore) => EventStore {
  const slow = new Set<PropertyKey>(['headSeq', 'readAfter', 'snapshot'])
  const delay = () => new Promise((resolve) => setTimeout(resolve, ms))
  return (store) =>
    new Proxy(store, {
      get(target, key, receiver) {
        const value: unknown = Reflect.get(target, key, receiver)
        if (typeof value !== 'function') return value
        const method = value as (...args: unknown[]) => unknown
        return slow.has(key)
          ? async (...args: unknown[]) => {
              await delay()
              const result = await method.apply(target, args)
              await delay()
              return result
            }
          : method.bind(target)
      },
    })
}
