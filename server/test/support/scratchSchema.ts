import { randomBytes } from 'node:crypto'

import pg from 'pg'

import { TEST_DATABASE_URL } from './services.js'

export interface ScratchSchema {
  /** TEST_DATABASE_URL with this schema first on the search path: a store opened on it sees only it. */
  readonly url: string
  /** A plain connection on `url` (a second process, a blocker, a checker). */
  connect(): Promise<pg.Client>
  drop(): Promise<void>
}

/**
 * A schema of its own in the test database, so that test files running in parallel (and each test's
 * store) never see each other's tables. Dropped with everything in it by `drop`.
 */
export async function scratchSchema(): Promise<ScratchSchema> {
  const name = `t_${randomBytes(6).toString('hex')}`
  await withClient(TEST_DATABASE_URL, (c) => c.query(`CREATE SCHEMA ${name}`))
  const url = new URL(TEST_DATABASE_URL)
  url.searchParams.set('options', `-c search_path=${name}`)
  return {
    url: url.toString(),
    connect: async () => {
      const client = new pg.Client({ connectionString: url.toString() })
      await client.connect()
      return client
    },
    drop: () => withClient(TEST_DATABASE_URL, (c) => c.query(`DROP SCHEMA ${name} CASCADE`)),
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
