import { randomFillSync } from 'node:crypto'
import { createServer, type Server as HttpServer } from 'node:http'
import type { AddressInfo } from 'node:net'

import {
  type Audience,
  type CalendarData,
  type Kpi,
  type SlaPolicy,
  type Snapshot,
  SYSTEM_ACTOR,
  type WallConfig,
} from '@pendopo/shared'
import compression from 'compression'
import express from 'express'
import helmet from 'helmet'
import type { Logger } from 'pino'
import { Server, type ServerOptions } from 'socket.io'
import { monotonicFactory } from 'ulid'

import type { ActionDeps } from './actions/actOnComplaint.js'
import { allow, authenticate } from './api/auth.js'
import { calendarRoutes } from './api/calendarRoutes.js'
import { complaintRoutes } from './api/complaintRoutes.js'
import { errorHandler, notFound } from './api/errors.js'
import { ingestLimits } from './api/ingestLimits.js'
import { jsonBody } from './api/jsonBody.js'
import { openApiRoutes } from './api/openapi.js'
import { healthRoutes, metricsRoutes } from './api/opsRoutes.js'
import type { LimitCounts } from './api/rateLimit.js'
import { readRoutes } from './api/readRoutes.js'
import { requestLog } from './api/requestLog.js'
import { sessionRoutes } from './api/sessionRoutes.js'
import { tokenRoutes } from './api/tokenRoutes.js'
import { userRoutes } from './api/userRoutes.js'
import { villageIssueRoutes } from './api/villageIssueRoutes.js'
import { webRoutes } from './api/webRoutes.js'
import type { Authenticator } from './auth/Authenticator.js'
import type { TokenDeps } from './auth/issueToken.js'
import { createSessions } from './auth/sessions.js'
import type { UserDeps } from './auth/users.js'
import type { Clock } from './clock.js'
import type { Command } from './domain/commands.js'
import type { IngestDeps } from './ingest/receiveComplaint.js'
import { broadcastCommits } from './live/commitBroadcast.js'
import { CommitFeed, HEAD_POLL_MS } from './live/CommitFeed.js'
import { attachLiveHandlers } from './live/handlers.js'
import { jsonOnlyParser } from './live/jsonOnlyParser.js'
import { LiveHub, type LiveServer } from './live/LiveHub.js'
import { originCheck } from './live/originCheck.js'
import type { EventStore } from './log/EventStore.js'
import { GroupCommitter } from './log/GroupCommitter.js'
import { createMetrics, type Metrics } from './metrics.js'
import type { Reference } from './reference/Reference.js'
import { type LockSession, SchedulerLease } from './sla/SchedulerLease.js'
import { SlaScheduler } from './sla/SlaScheduler.js'

export interface AppDeps {
  readonly store: EventStore
  readonly reference: Reference
  readonly authenticator: Authenticator
  readonly clock: Clock
  readonly log: Logger
  readonly policy: SlaPolicy
  /** Published as version 1 when the log has no calendar yet. */
  readonly initialCalendar: CalendarData
  /** The slow KPIs from configuration (SAKIP, IPP, …), shown with their as-of dates. */
  readonly kpis?: readonly Kpi[]
  /** The wall's playlist and urgent rule. */
  readonly wall?: WallConfig
  /** The built web app to serve (web/dist); none in API-only tests. */
  readonly webDir?: string
  /** Largest accepted JSON body, in body-parser's notation (`64kb`). */
  readonly bodyLimit?: string
  /** Web origins besides the server's own whose pages may open a socket (`https://portal.example`). */
  readonly allowedOrigins?: readonly string[]
  /** How many missed events a client may resume by replay before it gets a snapshot instead. */
  readonly replayLimit?: number
  /** How many messages may wait for a client that does not read before it is disconnected. */
  readonly maxQueuedMessages?: number
  /** Express's `trust proxy` (PENDOPO_TRUST_PROXY): which proxies' X-Forwarded-For to believe. */
  readonly trustProxy?: string | number
  /** Submissions per credential per minute (default DEFAULT_INGEST_PER_MINUTE; an address may make 4×). */
  readonly ingestPerMinute?: number
  /** Where the rate limits count: shared by every process of a cluster (Redis), else in memory. */
  readonly limitCounts?: LimitCounts
  readonly newId?: () => string
  /** One of several processes sharing one PostgreSQL store (REDIS_URL). */
  readonly cluster?: ClusterOptions
  /**
   * Where the SLA scheduler's lease is held (a shared database: DATABASE_URL). Without it this process is
   * the only one and always runs the scheduler.
   */
  readonly schedulerLease?: {
    readonly connect: () => Promise<LockSession>
    readonly retryMs?: number
    readonly heartbeatMs?: number
  }
  /** How long a gap in the commit feed waits for its batch before the store is read (tests shorten it). */
  readonly gapWaitMs?: number
}

export interface ClusterOptions {
  /** A Socket.IO adapter with an inter-server channel: `redisStreamsAdapter(redis, name)`. */
  readonly adapter: NonNullable<ServerOptions['adapter']>
  /** How often the store's head is compared with what was published (default HEAD_POLL_MS). */
  readonly headPollMs?: number
}

export interface App {
  readonly http: HttpServer
  readonly io: LiveServer
  readonly hub: LiveHub
  readonly committer: GroupCommitter
  readonly scheduler: SlaScheduler
  /** Every commit of every process, in seq order, once: what the hub publishes. */
  readonly feed: CommitFeed
  /** Set when the scheduler runs only where its lease is held. */
  readonly lease: SchedulerLease | undefined
  readonly metrics: Metrics
  /** The services behind the HTTP routes, for in-process callers (the simulator). */
  readonly services: { readonly ingest: IngestDeps; readonly actions: ActionDeps; readonly users: UserDeps }
  /** Runs the SLA scheduler here, or with a lease, contends for it and runs it while held. */
  startScheduler(): void
  listen(port: number, host?: string): Promise<AddressInfo>
  close(): Promise<void>
}

const DEFAULT_BODY_LIMIT = '64kb'
/** Clients send only `resume` and the handshake: a few hundred bytes. Socket.IO's default is 1 MB. */
const MAX_SOCKET_MESSAGE = 16 * 1024

/**
 * Builds the server from injected parts. Nothing here reads the environment or keeps module state, so
 * tests build as many apps as they like, each on port 0 with its own store and clock.
 */
export async function createApp(deps: AppDeps): Promise<App> {
  const { store, clock, log } = deps
  const bodyLimit = deps.bodyLimit ?? DEFAULT_BODY_LIMIT
  // The hub exists by the time anyone scrapes.
  const metrics = createMetrics({
    liveClients: () => hub.clients(),
    schedulerRunning: () => scheduler.running(),
  })
  const committer = new GroupCommitter(store, log, ({ commands, outcomes, seconds }) => {
    metrics.commitBatch.observe(commands.length)
    metrics.commitSeconds.observe(seconds)
    commands.forEach((c, i) => {
      const o = outcomes[i]
      metrics.commands.inc({ kind: c.kind, outcome: !o ? 'lost' : o.ok ? 'accepted' : o.refusal })
    })
  })
  const submit = (command: Command) => committer.submit(command)

  const published = await submit({
    kind: 'publishCalendar',
    at: clock.now(),
    actor: SYSTEM_ACTOR,
    calendar: deps.initialCalendar,
  })
  if (!published.ok) throw new Error(`could not publish the working calendar: ${published.body.error}`)

  const kpis = [...(deps.kpis ?? [])]
  const takeSnapshot = async (audience: Audience): Promise<Snapshot> => ({
    ...(await store.snapshot({ audience, now: clock.now() })),
    kpis,
  })

  const ingest: IngestDeps = {
    submit,
    reference: deps.reference,
    clock,
    newId: deps.newId ?? newUlid(clock),
  }
  const actions: ActionDeps = { submit, reference: deps.reference, clock }
  const tokens: TokenDeps = { submit, reference: deps.reference, clock, newId: ingest.newId }
  const users: UserDeps = tokens
  const sessions = createSessions({ store, clock })

  const app = express()
  app.disable('x-powered-by')
  // The client's address and scheme as the proxy in front saw them: rate limits per address, Secure cookies.
  if (deps.trustProxy !== undefined) app.set('trust proxy', deps.trustProxy)
  app.use(helmet())
  app.use(requestLog(log))
  // Reads are worth compressing (the snapshot, the web app); a write's answer is a few hundred bytes.
  const compress = compression()
  app.use((req, res, next) =>
    req.method === 'GET' || req.method === 'HEAD' ? compress(req, res, next) : next(),
  )
  app.use(jsonBody(bodyLimit))
  app.use(healthRoutes({ store, writes: () => committer.health(), log }))
  if (deps.webDir) app.use(webRoutes({ webDir: deps.webDir, log }))
  app.use('/api/v1', sessionRoutes({ sessions, counts: deps.limitCounts }))
  app.use(authenticate({ authenticator: deps.authenticator, sessions }))
  app.use(metricsRoutes({ metrics }))
  const api = express.Router()
  // Everyone who reads a dashboard; an integration only ingests.
  const viewers = allow('admin', 'supervisor', 'operator', 'executive', 'wall')
  // One budget per credential and per address for every kind of submission.
  const limits = ingestLimits(deps.ingestPerMinute, deps.limitCounts)
  api.use(complaintRoutes({ ingest, actions, store, limits }))
  api.use(villageIssueRoutes({ ingest, store, limits }))
  api.use(calendarRoutes({ store, submit, clock }))
  api.use(tokenRoutes({ tokens, store }))
  api.use(userRoutes({ users, store }))
  api.get('/wall/config', viewers, (_req, res) => {
    if (!deps.wall) res.status(404).json({ error: 'no wall playlist is configured' })
    else res.json(deps.wall)
  })
  api.use('/snapshot', viewers)
  api.use(readRoutes({ takeSnapshot, reference: deps.reference, policy: deps.policy }))
  api.use(openApiRoutes())
  app.use('/api/v1', api)
  app.use(notFound)
  app.use(errorHandler(log, bodyLimit))

  const http = createServer(app)
  const refuseOrigin = originCheck(deps.allowedOrigins ?? [])
  const io: LiveServer = new Server(http, {
    path: '/socket.io',
    serveClient: false,
    maxHttpBufferSize: MAX_SOCKET_MESSAGE,
    parser: jsonOnlyParser,
    ...(deps.cluster ? { adapter: deps.cluster.adapter } : {}),
    allowRequest: (request, answer) => {
      const refusal = refuseOrigin(request)
      if (refusal) log.warn({ origin: request.headers.origin }, `socket refused: ${refusal}`)
      answer(refusal ?? null, refusal === undefined)
    },
  })
  // Starts after everything committed so far, the start-up calendar included: clients get those from
  // their snapshot or replay.
  const feed = new CommitFeed({
    store,
    log,
    startAfter: await store.headSeq(),
    ...(deps.gapWaitMs ? { gapWaitMs: deps.gapWaitMs } : {}),
    ...(deps.cluster ? { pollMs: deps.cluster.headPollMs ?? HEAD_POLL_MS } : {}),
  })
  const hub = new LiveHub({
    io,
    store,
    feed,
    takeSnapshot,
    log,
    ...(deps.replayLimit ? { replayLimit: deps.replayLimit } : {}),
    ...(deps.maxQueuedMessages ? { maxQueuedMessages: deps.maxQueuedMessages } : {}),
  })
  attachLiveHandlers(io, { hub, authenticator: deps.authenticator, sessions, log })

  const scheduler = new SlaScheduler({ store, submit, clock, log })
  const lease =
    deps.schedulerLease &&
    new SchedulerLease({
      scheduler,
      log,
      connect: deps.schedulerLease.connect,
      ...(deps.schedulerLease.retryMs ? { retryMs: deps.schedulerLease.retryMs } : {}),
      ...(deps.schedulerLease.heartbeatMs ? { heartbeatMs: deps.schedulerLease.heartbeatMs } : {}),
    })
  feed.onPublish((events) => {
    hub.publish(events)
    metrics.eventsPublished.inc(events.length)
    metrics.headSeq.set(events.at(-1)?.seq ?? 0)
    // An amendment can bring deadlines forward, whichever process took it; poke() does nothing where the
    // scheduler does not run.
    if (events.some((e) => e.type === 'calendar.amended')) scheduler.poke()
  })
  const broadcast = deps.cluster ? broadcastCommits(io, { feed, log }) : undefined
  committer.onCommit((events) => {
    feed.offer(events)
    broadcast?.(events)
  })
  metrics.headSeq.set(await store.headSeq())

  return {
    http,
    io,
    hub,
    committer,
    scheduler,
    feed,
    lease,
    metrics,
    services: { ingest, actions, users },
    startScheduler: () => (lease ? lease.start() : scheduler.start()),
    listen: (port, host) =>
      new Promise((resolve, reject) => {
        http.once('error', reject)
        http.listen(port, host, () => resolve(http.address() as AddressInfo))
      }),
    close: async () => {
      await (lease ? lease.stop() : scheduler.stop())
      feed.close()
      await io.close() // also closes the HTTP server, and the adapter's Redis readers
    },
  }
}

/**
 * ULIDs from the injected clock: sortable by time even for the simulator's history. Monotonic, so ids made
 * in the same millisecond still sort in order; the clock may return fractional milliseconds, a ULID takes
 * whole ones. The random part comes from the system's CSPRNG in pooled draws: asking it for one byte per
 * character, as `ulid` does by default, was a tenth of the simulator's start-up.
 */
function newUlid(clock: Clock): () => string {
  const pool = new Uint32Array(1024)
  let used = pool.length
  const next = monotonicFactory(() => {
    if (used === pool.length) {
      randomFillSync(pool)
      used = 0
    }
    return (pool[used++] ?? 0) / 2 ** 32
  })
  return () => next(Math.floor(clock.now()))
}
