import { randomBytes } from 'node:crypto'

import pg from 'pg'

import { TEST_DATABASE_URL } from './services.js'

/** The PostgreSQL schemas the app-level suites make: the project's setup drops those a run left. */
export const APP_SCHEMA_PREFIX = 'app_'

export interface ScratchSchema {
  /** TEST_DATABASE_URL with this schema first on the search path: a store opened on it sees only it. */
  readonly url: string
  /** A plain connection on `url` (a second process, a blocker, a checker). */
  connect(): Promise<pg.Client>
  drop(): Promise<void>
}

/**
 * A schema of its own in the test database, so that test files running in parallel (and each test's
 * store) never see each other's tables. Dropped with everything in it by `drop`. A `name` (lower-case
 * letters, digits, `_`) opens the same schema again: a server restarting on the same database.
 */
export async function scratchSchema(name = `t_${randomBytes(6).toString('hex')}`): Promise<ScratchSchema> {
  if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`not a schema name for tests: ${name}`)
  await withClient(TEST_DATABASE_URL, (c) => c.query(`CREATE SCHEMA IF NOT EXISTS ${name}`))
  const url = new URL(TEST_DATABASE_URL)
  url.searchParams.set('options', `-c search_path=${name}`)
  return {
    url: url.toString(),
    connect: async () => {
      const client = new pg.Client({ connectionString: url.toString() })
      await client.connect()
      return client
    },
    drop: () => withClient(TEST_DATABASE_URL, (c) => c.query(`DROP SCHEMA IF EXISTS ${name} CASCADE`)),
  }
}

async function withClient(url: string, work: (client: pg.Client) => Promise<unknown>): Promise<void> {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    await work(client)
  } finally {
    await client.end()
  }
}

/** Drops every schema whose name starts with `prefix` (what earlier runs left behind). */
export async function dropSchemas(prefix: string): Promise<void> {
  await withClient(TEST_DATABASE_URL, async (c) => {
    const { rows } = await c.query<{ name: string }>(
      'SELECT nspname AS name FROM pg_namespace WHERE starts_with(nspname, $1)',
      [prefix],
    )
    for (const { name } of rows) await c.query(`DROP SCHEMA IF EXISTS ${name} CASCADE`)
  })
}
