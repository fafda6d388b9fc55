import { createRequire } from 'node:module'
import { isIP } from 'node:net'
import { dirname, join } from 'node:path'

import { issuesOf, SlaPolicySchema } from '@pendopo/shared'
import { z } from 'zod'

import { DEFAULT_INGEST_PER_MINUTE } from './api/ingestLimits.js'
import { REPLAY_LIMIT } from './live/LiveHub.js'
import { DEFAULT_CLUSTER_NAME } from './live/redisAdapter.js'

const onOff = z.enum(['on', 'off'])
const positiveInt = z.coerce.number().int().positive()

/**
 * The environment, parsed once at start-up. Every variable is listed in the README's configuration table;
 * an invalid value stops the server with a message naming it, rather than running half-configured.
 */
const EnvSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65_535).default(8080),
  HOST: z.string().default('0.0.0.0'),
  PENDOPO_MODE: z.enum(['demo', 'production']).default('demo'),
  PENDOPO_DB: z.string().min(1).default('data/pendopo.db'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\/\S+$/, 'must be a PostgreSQL URL like postgres://user@host:5432/pendopo')
    .optional(),
  REDIS_URL: z
    .string()
    .regex(/^rediss?:\/\/\S+$/, 'must be a Redis URL like redis://host:6379')
    .optional(),
  PENDOPO_CLUSTER_NAME: z
    .string()
    .regex(/^[A-Za-z0-9_.:-]{1,64}$/, 'must be 1-64 letters, digits, or _ . : -')
    .default(DEFAULT_CLUSTER_NAME),
  PENDOPO_API_TOKEN: z.string().min(16, 'must be at least 16 characters').max(512).optional(),
  PENDOPO_LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  PENDOPO_BODY_LIMIT: z
    .string()
    .regex(/^\d+(b|kb|mb)$/, 'must look like 64kb')
    .default('64kb'),
  PENDOPO_REPLAY_LIMIT: positiveInt.default(REPLAY_LIMIT),
  PENDOPO_INGEST_PER_MINUTE: positiveInt.default(DEFAULT_INGEST_PER_MINUTE),
  PENDOPO_KPIS_FILE: z.string().min(1).optional(),
  PENDOPO_WALL_FILE: z.string().min(1).optional(),
  PENDOPO_WEB_DIR: z.string().min(1).optional(),
  PENDOPO_ALLOWED_ORIGINS: z
    .string()
    .transform((list) =>
      list
        .split(',')
        .map((o) => o.trim())
        .filter(Boolean),
    )
    .pipe(
      z.array(z.string().refine(isWebOrigin, 'must be a web origin like https://portal.example, no path')),
    )
    .default([]),
  PENDOPO_TRUST_PROXY: z
    .string()
    .trim()
    .refine(
      isTrustedProxy,
      'must be a number of hops, or addresses/subnets and loopback, linklocal, uniquelocal',
    )
    .transform((value) => (/^\d+$/.test(value) ? Number(value) : value))
    .optional(),
  PENDOPO_SIM: onOff.default('on'),
  PENDOPO_SIM_RATE: z.coerce.number().positive().max(60_000).default(30),
  PENDOPO_SIM_SEED: z.string().min(1).default('bojonegoro'),
  PENDOPO_SIM_HISTORY_DAYS: z.coerce.number().int().min(0).max(120).default(28),
  PENDOPO_SLA_VERIFY_DAYS: positiveInt.optional(),
  PENDOPO_SLA_FOLLOW_UP_DAYS: positiveInt.optional(),
  PENDOPO_SLA_AUTO_CLOSE_DAYS: positiveInt.optional(),
  PENDOPO_SLA_LEGAL_CAP_DAYS: positiveInt.optional(),
  PENDOPO_SLA_WARNING_SHARE: z.coerce.number().optional(),
})

/** web/dist of this checkout, found through the workspace link (the same from src/ and from dist/). */
const DEFAULT_WEB_DIR = join(
  dirname(createRequire(import.meta.url).resolve('@pendopo/web/package.json')),
  'dist',
)

/** In demo mode without a configured token, this one works, and the README says so. */
export const DEMO_API_TOKEN = 'pendopo-demo-admin-token'

export function loadConfig(env: NodeJS.ProcessEnv) {
  // `PENDOPO_API_TOKEN=` in a shell or a unit file means "unset", not "the empty token".
  const parsed = EnvSchema.safeParse(Object.fromEntries(Object.entries(env).filter(([, v]) => v !== '')))
  if (!parsed.success) throw new ConfigError(issuesOf(parsed.error).map((i) => `${i.path}: ${i.message}`))
  const e = parsed.data
  const policy = SlaPolicySchema.safeParse(
    dropUndefined({
      verifyWorkingDays: e.PENDOPO_SLA_VERIFY_DAYS,
      followUpWorkingDays: e.PENDOPO_SLA_FOLLOW_UP_DAYS,
      autoCloseWorkingDays: e.PENDOPO_SLA_AUTO_CLOSE_DAYS,
      legalCapCalendarDays: e.PENDOPO_SLA_LEGAL_CAP_DAYS,
      warningShare: e.PENDOPO_SLA_WARNING_SHARE,
    }),
  )
  if (!policy.success)
    throw new ConfigError(issuesOf(policy.error).map((i) => `PENDOPO_SLA (${i.path}): ${i.message}`))
  if (e.PENDOPO_MODE === 'production' && !e.PENDOPO_API_TOKEN) {
    throw new ConfigError(['PENDOPO_API_TOKEN: required in production mode'])
  }
  // Several processes share one log only through PostgreSQL: each would write its own SQLite file.
  if (e.REDIS_URL && !e.DATABASE_URL) {
    throw new ConfigError([
      'REDIS_URL: several processes need a shared store; set DATABASE_URL too (or unset REDIS_URL for one process on SQLite)',
    ])
  }
  return {
    port: e.PORT,
    host: e.HOST,
    mode: e.PENDOPO_MODE,
    dbPath: e.PENDOPO_DB,
    databaseUrl: e.DATABASE_URL,
    redisUrl: e.REDIS_URL,
    clusterName: e.PENDOPO_CLUSTER_NAME,
    apiToken: e.PENDOPO_API_TOKEN ?? DEMO_API_TOKEN,
    logLevel: e.PENDOPO_LOG_LEVEL,
    bodyLimit: e.PENDOPO_BODY_LIMIT,
    replayLimit: e.PENDOPO_REPLAY_LIMIT,
    ingestPerMinute: e.PENDOPO_INGEST_PER_MINUTE,
    allowedOrigins: e.PENDOPO_ALLOWED_ORIGINS,
    trustProxy: e.PENDOPO_TRUST_PROXY,
    kpisFile: e.PENDOPO_KPIS_FILE,
    wallFile: e.PENDOPO_WALL_FILE,
    webDir: e.PENDOPO_WEB_DIR ?? DEFAULT_WEB_DIR,
    policy: policy.data,
    sim: {
      enabled: e.PENDOPO_SIM === 'on',
      eventsPerMinute: e.PENDOPO_SIM_RATE,
      seed: e.PENDOPO_SIM_SEED,
      historyDays: e.PENDOPO_SIM_HISTORY_DAYS,
    },
  }
}

export type Config = ReturnType<typeof loadConfig>

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`invalid configuration:\n  ${problems.join('\n  ')}`)
    this.name = 'ConfigError'
  }
}

/** `https://host[:port]`, nothing after it but an optional slash. */
function isWebOrigin(value: string): boolean {
  if (!URL.canParse(value)) return false
  const url = new URL(value)
  return /^https?:$/.test(url.protocol) && url.origin === value.replace(/\/$/, '')
}

const dropUndefined = (o: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined))

/**
 * Express's `trust proxy`: how many proxies stand in front (`1`), or which addresses are ours (`loopback`,
 * `10.0.0.0/8, 192.168.1.4`). Behind nginx without it, every client has nginx's address: one rate-limit
 * budget for the whole regency, and cookies never marked Secure.
 */
function isTrustedProxy(value: string): boolean {
  if (/^\d+$/.test(value)) return true
  return value.split(',').every((item) => {
    const entry = item.trim()
    if (['loopback', 'linklocal', 'uniquelocal'].includes(entry)) return true
    const [address = '', bits, ...rest] = entry.split('/')
    const family = isIP(address)
    const maxBits = family === 6 ? 128 : 32
    return (
      family !== 0 &&
      rest.length === 0 &&
      (bits === undefined || (/^\d+$/.test(bits) && Number(bits) <= maxBits))
    )
  })
}
