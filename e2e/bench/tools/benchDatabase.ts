import { randomBytes } from 'node:crypto'

import { TEST_DATABASE_URL } from '@pendopo/server/test/support/services.js'
import pg from 'pg'

export interface BenchDatabase {
  /** A DATABASE_URL for the server processes. */
  readonly url: string
  /** Drops it with everything in it, ending any session still on it. */
  drop(): Promise<void>
}

/**
 * A PostgreSQL database of its own, on the server TEST_DATABASE_URL names, for one benchmark's servers.
 * A database rather than a scratch schema in the test database: the server takes the SLA scheduler's
 * lease on a fixed advisory-lock key (server/src/cluster/advisoryLock.ts), and advisory locks are
 * per database, so in the shared one a benchmark's servers would hold the lease that a concurrent
 * `e2e/specs/cluster.spec.ts` waits for.
 */
export async function createBenchDatabase(): Promise<BenchDatabase> {
  const name = `pendopo_bench_${randomBytes(6).toString('hex')}`
  await asAdmin((c) => c.query(`CREATE DATABASE ${name}`))
  const url = new URL(TEST_DATABASE_URL)
  url.pathname = `/${name}`
  return {
    url: url.toString(),
    // WITH (FORCE): a server killed mid-commit can leave its session a moment behind it.
    drop: () => asAdmin((c) => c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)),
  }
}

async function asAdmin(work: (client: pg.Client) => Promise<unknown>): Promise<void> {
  const client = new pg.Client({ connectionString: TEST_DATABASE_URL })
  await client.connect()
  try {
    await work(client)
  } finally {
    await client.end()
  }
}
