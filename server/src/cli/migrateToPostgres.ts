/**
 * `DATABASE_URL=postgres://… npm run migrate-to-postgres -- <SQLite file>`: moves a regency's log from its
 * SQLite file into an empty PostgreSQL database, rebuilds the projections there and checks them against
 * SQLite's. Stop the server first, or migrate from a copy made by `npm run backup`.
 */
import { pino } from 'pino'

import { ConfigError, loadConfig } from '../config.js'
import { migrateSqliteToPostgres } from '../log/migrate/sqliteToPostgres.js'

const source = process.argv[2]
if (!source || process.argv.length > 3) {
  console.error('usage: DATABASE_URL=postgres://… npm run migrate-to-postgres -- <SQLite file>')
  process.exit(2)
}
try {
  const config = loadConfig(process.env)
  if (!config.databaseUrl) throw new ConfigError(['DATABASE_URL: set it to the PostgreSQL database to fill'])
  const report = await migrateSqliteToPostgres({
    sqlitePath: source,
    databaseUrl: config.databaseUrl,
    decisions: { policy: config.policy },
    log: pino({ level: 'warn' }),
    onProgress: (copied, total) =>
      process.stderr.write(`copied ${String(copied)} of ${String(total)} events\n`),
  })
  process.stdout.write(
    `${JSON.stringify({
      source,
      events: report.events,
      complaints: report.projections.complaints.rows,
      projections: 'identical',
      seconds: report.seconds,
    })}\n`,
  )
} catch (error) {
  console.error(`pendopo: migration failed: ${error instanceof Error ? error.message : String(error)}`)
  process.exit(error instanceof ConfigError ? 2 : 1)
}
