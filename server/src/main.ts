import { type Logger, pino } from 'pino'
import { createClient } from 'redis'

import { createApp } from './app.js'
import { API_TOKEN_PRINCIPAL, createAuthenticator } from './auth/Authenticator.js'
import { createDemoUsers } from './auth/demoUsers.js'
import { PinnableClock, systemClock } from './clock.js'
import { connectAdvisoryLock, schedulerLockKey } from './cluster/advisoryLock.js'
import { redisLimitCounts } from './cluster/redisLimitCounts.js'
import { ConfigError, DEMO_API_TOKEN, loadConfig } from './config.js'
import { redisStreamsAdapter } from './live/redisAdapter.js'
import { openStore } from './log/openStore.js'
import { loadCalendarFile } from './reference/loadCalendarFile.js'
import { loadKpiFile } from './reference/loadKpiFile.js'
import { loadWallFile } from './reference/loadWallFile.js'
import { loadReference } from './reference/Reference.js'

/** The only file that reads the environment: config → real dependencies → createApp → listen. */
async function main(): Promise<void> {
  const config = loadConfig(process.env)
  const log = pino({ level: config.logLevel, base: { service: 'pendopo' } })
  const clock = new PinnableClock(systemClock)
  const store = await openStore(config, { decisions: { policy: config.policy }, log })
  const redis = config.redisUrl ? await connectRedis(config.redisUrl, log) : undefined
  const { databaseUrl } = config
  const reference = loadReference()
  const authenticator = createAuthenticator({
    configured: [{ token: config.apiToken, principal: API_TOKEN_PRINCIPAL }],
    issued: store,
  })
  const app = await createApp({
    store,
    reference,
    authenticator,
    clock,
    log,
    policy: config.policy,
    initialCalendar: loadCalendarFile(),
    kpis: loadKpiFile(config.kpisFile),
    wall: loadWallFile(reference, config.wallFile),
    webDir: config.webDir,
    bodyLimit: config.bodyLimit,
    replayLimit: config.replayLimit,
    ingestPerMinute: config.ingestPerMinute,
    allowedOrigins: config.allowedOrigins,
    ...(config.trustProxy === undefined ? {} : { trustProxy: config.trustProxy }),
    // Several processes: commits are shared through Redis, and only one runs the SLA timers.
    ...(redis
      ? {
          cluster: { adapter: redisStreamsAdapter(redis, config.clusterName) },
          limitCounts: redisLimitCounts(redis, config.clusterName),
        }
      : {}),
    ...(databaseUrl
      ? {
          schedulerLease: {
            connect: () =>
              connectAdvisoryLock({
                connectionString: databaseUrl,
                key: schedulerLockKey(config.clusterName),
              }),
          },
        }
      : {}),
  })

  // Loaded only when it runs: a production start (PENDOPO_SIM=off) need not parse its text templates.
  const sim = config.sim.enabled
    ? (await import('./sim/Simulator.js')).createSimulator({
        ...app.services,
        store,
        scheduler: app.scheduler,
        clock,
        reference,
        log,
        options: config.sim,
      })
    : undefined
  if (sim && redis) {
    log.warn(
      'PENDOPO_SIM=on in a cluster: this process runs its own simulator beside any other; leave it on one process at most',
    )
  }
  // History first, so the first screen that connects already has weeks of data to show.
  await Promise.all([
    sim?.backfill(),
    config.mode === 'demo' ? createDemoUsers(app.services.users, store, log) : undefined,
  ])
  app.startScheduler()
  const address = await app.listen(config.port, config.host)
  sim?.start()
  log.info(
    {
      port: address.port,
      db: config.databaseUrl ? 'postgresql' : config.dbPath,
      mode: config.mode,
      sim: config.sim.enabled,
    },
    'Pendopo is listening',
  )
  if (config.apiToken === DEMO_API_TOKEN) {
    log.warn(`demo mode: the API token is "${DEMO_API_TOKEN}"; set PENDOPO_API_TOKEN for anything real`)
  }

  let stopping = false
  const stop = async (signal: string) => {
    if (stopping) return
    stopping = true
    log.info({ signal }, 'stopping')
    await sim?.stop()
    await app.close()
    await store.close()
    redis?.destroy()
    process.exit(0)
  }
  process.on('SIGTERM', (s) => void stop(s))
  process.on('SIGINT', (s) => void stop(s))
}

/**
 * The Redis client the adapter publishes through (and copies for its readers). It reconnects by itself;
 * meanwhile broadcasts are lost and each process's feed reads what it missed from the store.
 */
async function connectRedis(url: string, log: Logger) {
  const redis = createClient({ url })
  redis.on('error', (error: unknown) => log.warn({ err: error }, 'Redis connection failed; reconnecting'))
  await redis.connect()
  return redis
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError) process.stderr.write(`pendopo: ${error.message}\n`)
  else
    process.stderr.write(
      `pendopo: failed to start: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    )
  process.exit(error instanceof ConfigError ? 2 : 1)
})
