import { createHash } from 'node:crypto'

import pg from 'pg'

import { DEFAULT_CLUSTER_NAME } from '../live/redisAdapter.js'
import { LEASE_HEARTBEAT_MS, type LockSession } from '../sla/SchedulerLease.js'

/** The SLA scheduler's advisory lock: "pendopo" in ASCII, unlikely to meet another application's key. */
export const SCHEDULER_LOCK_KEY = 0x70656e646f706fn
/**
 * The scheduler's lock key for a deployment: the fixed key for the default name, and one drawn from the
 * name for any other, so that deployments sharing one database (each with its PENDOPO_CLUSTER_NAME) each
 * have a scheduler of their own.
 */
export function schedulerLockKey(clusterName: string): bigint {
  if (clusterName === DEFAULT_CLUSTER_NAME) return SCHEDULER_LOCK_KEY
  return BigInt.asIntN(64, BigInt(`0x${createHash('sha256').update(clusterName).digest('hex').slice(0, 16)}`))
}

/** Connecting, and any one question, give up after this long: the lease then retries on a new session. */
const SESSION_TIMEOUT_MS = 5_000

export interface AdvisoryLockOptions {
  readonly connectionString: string
  /** Each deployment sharing one database, and each test, takes its own key. */
  readonly key?: bigint
  /**
   * How long the database lets the session sit idle before it ends it (and so releases the lock): a few
   * of the holder's heartbeats. When the holder's host vanishes without closing its connection, this is
   * how the database learns of it, rather than from TCP's keepalive hours later.
   */
  readonly idleTimeoutMs?: number
}

/**
 * A dedicated PostgreSQL session for a session-level advisory lock. The lock is released when the
 * session ends, however it ends: a clean close, the process killed (the server sees the socket close and
 * drops the session), or the server ending a session that went silent.
 */
export async function connectAdvisoryLock(options: AdvisoryLockOptions): Promise<LockSession> {
  const key = (options.key ?? SCHEDULER_LOCK_KEY).toString()
  const client = new pg.Client({
    connectionString: options.connectionString,
    application_name: 'pendopo-scheduler-lease',
    keepAlive: true,
    keepAliveInitialDelayMillis: 1_000,
    connectionTimeoutMillis: SESSION_TIMEOUT_MS,
    query_timeout: SESSION_TIMEOUT_MS,
  })
  const listeners: ((error?: Error) => void)[] = []
  let ended = false
  const end = (error?: Error) => {
    if (ended) return
    ended = true
    for (const listener of listeners) listener(error)
  }
  client.on('error', end)
  client.on('end', () => end())
  try {
    await client.connect()
    await configureSession(client, options.idleTimeoutMs ?? 3 * LEASE_HEARTBEAT_MS)
  } catch (error) {
    ended = true
    await client.end().catch(() => {})
    throw error
  }
  return {
    tryLock: async () => {
      const { rows } = await client.query<{ locked: boolean }>(
        'SELECT pg_try_advisory_lock($1::bigint) AS locked',
        [key],
      )
      return rows[0]?.locked === true
    },
    ping: async () => {
      await client.query('SELECT 1')
    },
    onEnd: (listener) => void listeners.push(listener),
    close: async () => {
      ended = true
      await client.end()
    },
  }
}

/** The server's side of noticing a silent client: its own keepalive, and an idle limit where it has one. */
async function configureSession(client: pg.Client, idleTimeoutMs: number): Promise<void> {
  await client.query(
    "SELECT set_config('tcp_keepalives_idle', '5', false), set_config('tcp_keepalives_interval', '2', false), set_config('tcp_keepalives_count', '3', false)",
  )
  // PostgreSQL 14 and later; an older server keeps only the keepalive.
  const { rows } = await client.query<{ has: boolean }>(
    "SELECT EXISTS (SELECT 1 FROM pg_settings WHERE name = 'idle_session_timeout') AS has",
  )
  if (rows[0]?.has)
    await client.query("SELECT set_config('idle_session_timeout', $1, false)", [String(idleTimeoutMs)])
}
