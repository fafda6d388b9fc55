import { connect } from 'node:net'

import { defineConfig } from 'vitest/config'

/**
 * The app-level server suites run a second time on PostgreSQL (server/vitest.postgres.config.ts).
 * Outside CI, a machine without PostgreSQL skips that project, saying so; under CI=true it always runs,
 * and fails if the database is missing.
 */
const postgresProject = 'server/vitest.postgres.config.ts'
const databaseUrl = new URL(
  process.env.PENDOPO_TEST_DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/test',
)

function listening(host: string, port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host, port, timeout: 1_000 })
    const done = (up: boolean) => {
      socket.destroy()
      resolve(up)
    }
    socket.once('connect', () => done(true))
    socket.once('error', () => done(false))
    socket.once('timeout', () => done(false))
  })
}

const withPostgres =
  process.env.CI === 'true' || (await listening(databaseUrl.hostname, Number(databaseUrl.port || 5432)))
if (!withPostgres)
  console.warn(`skipping the server-postgres project: nothing listens at ${databaseUrl.host}`)

export default defineConfig({
  test: {
    projects: ['shared', 'server', ...(withPostgres ? [postgresProject] : []), 'web', 'e2e'],
  },
})
