import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

import { PostgresEventStore } from '@pendopo/server/src/log/postgres/PostgresEventStore.js'
import { SqliteEventStore } from '@pendopo/server/src/log/sqlite/SqliteEventStore.js'
import { type ScratchSchema, scratchSchema } from '@pendopo/server/test/support/scratchSchema.js'
import { describeIfServices } from '@pendopo/server/test/support/services.js'
import { DEFAULT_SLA_POLICY, type DomainEvent, type QueuePage, QueueQuerySchema } from '@pendopo/shared'
import { pino } from 'pino'
import { afterAll, beforeAll, expect, it } from 'vitest'

import { bulkStore } from '../bench/bulkStore.js'

const ROOT = fileURLToPath(new URL('../..', import.meta.url))
/** About 5.9 events a complaint in the simulator's year: over 100,000 events. */
const COMPLAINTS = 18_000
const PAGE = 10_000

const migrate = (sqlitePath: string, databaseUrl: string) =>
  spawnSync(process.execPath, ['server/dist/src/cli/migrateToPostgres.js', sqlitePath], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: databaseUrl },
    encoding: 'utf8',
  })

describeIfServices('moving a regency from SQLite to PostgreSQL', { postgres: true }, () => {
  let dir: string
  let schema: ScratchSchema
  let dbPath: string
  let events: number
  const opened: Array<{ close(): Promise<void> }> = []
  const options = { decisions: { policy: DEFAULT_SLA_POLICY }, log: pino({ level: 'silent' }) }

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'pendopo-migrate-'))
    ;({ dbPath, events } = await bulkStore({ complaints: COMPLAINTS, dir }))
    schema = await scratchSchema()
  }, 180_000)
  afterAll(async () => {
    for (const store of opened) await store.close()
    await schema.drop()
    rmSync(dir, { recursive: true, force: true })
  })

  it('[MG1] copies a log of over 100,000 events and rebuilds projections identical to SQLite’s', async () => {
    expect(events).toBeGreaterThanOrEqual(100_000)
    const run = migrate(dbPath, schema.url)
    expect(run.status, run.stderr).toBe(0)
    const report = JSON.parse(run.stdout.trim().split('\n').at(-1) ?? '') as {
      events: number
      complaints: number
      projections: string
      seconds: { copy: number; rebuild: number; check: number }
    }
    expect(report).toMatchObject({ events, complaints: COMPLAINTS, projections: 'identical' })
    process.stdout.write(
      `MG1: migrated ${String(events)} events, seconds ${JSON.stringify(report.seconds)}\n`,
    )

    // Checked again from outside the command, through what the app reads: the log, event for event; the
    // dashboard; the queue; every timer still to fire.
    const sqlite = new SqliteEventStore({ path: dbPath, ...options })
    const postgres = await PostgresEventStore.open({ url: schema.url, ...options })
    opened.push(sqlite, postgres)
    expect(await postgres.headSeq()).toBe(events)
    for (let after = 0; after < events; after += PAGE) {
      const [a, b]: DomainEvent[][] = await Promise.all([
        sqlite.readAfter(after, PAGE),
        postgres.readAfter(after, PAGE),
      ])
      expect(b).toEqual(a)
    }
    const now = Date.now()
    expect(await postgres.snapshot({ audience: 'staff', now })).toEqual(
      await sqlite.snapshot({ audience: 'staff', now }),
    )
    for (const asked of [
      { sort: 'due' },
      { sort: 'received', order: 'desc', open: 'true' },
      { sort: 'updated', opd: '-,DPUBMPR', state: 'CLOSED' },
    ]) {
      const query = QueueQuerySchema.parse(asked)
      const [a, b]: QueuePage[] = await Promise.all([sqlite.queue(query), postgres.queue(query)])
      expect(b).toEqual(a)
      expect(a?.items.length).toBeGreaterThan(0)
    }
    expect(await postgres.dueTimers(Number.MAX_SAFE_INTEGER, 100_000)).toEqual(
      await sqlite.dueTimers(Number.MAX_SAFE_INTEGER, 100_000),
    )
  }, 300_000)

  it('[MG2] refuses a database that already holds a log, and leaves it as it was', async () => {
    const again = migrate(dbPath, schema.url)
    expect(again.status).toBe(1)
    expect(again.stderr).toMatch(/already holds a log \(head \d+\): migrate into an empty database/)
    const postgres = await PostgresEventStore.open({ url: schema.url, ...options })
    opened.push(postgres)
    expect(await postgres.headSeq()).toBe(events)
  })
})
