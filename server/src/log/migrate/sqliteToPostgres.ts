import { existsSync } from 'node:fs'

import type { Logger } from 'pino'

import type { DecisionContext } from '../../domain/decision.js'
import { PostgresEventStore } from '../postgres/PostgresEventStore.js'
import { differences, type ProjectionDigests } from '../projectionDigests.js'
import { SqliteEventStore } from '../sqlite/SqliteEventStore.js'

/** Events copied per transaction: big enough that a round trip is nothing, small enough to hold. */
const PAGE = 5_000

export interface MigrationOptions {
  readonly sqlitePath: string
  readonly databaseUrl: string
  readonly decisions: DecisionContext
  readonly log: Logger
  /** Told after every page copied. */
  readonly onProgress?: (copied: number, total: number) => void
}

export interface MigrationReport {
  readonly events: number
  readonly projections: ProjectionDigests
  readonly seconds: { readonly copy: number; readonly rebuild: number; readonly check: number }
}

/**
 * Moves a regency from its SQLite file to PostgreSQL: copies the log, event for event with its seq, into
 * an EMPTY database, rebuilds every projection there from the log alone, and checks that they hold
 * exactly the rows SQLite's do. Logins are not copied (sessions are state, not history): people log in
 * again. The SQLite file is only read — once brought to this build's schema, as a server start would.
 */
export async function migrateSqliteToPostgres(options: MigrationOptions): Promise<MigrationReport> {
  if (!existsSync(options.sqlitePath)) throw new Error(`no SQLite store at ${options.sqlitePath}`)
  const { decisions, log } = options
  const source = new SqliteEventStore({ path: options.sqlitePath, decisions, log })
  try {
    const target = await PostgresEventStore.open({ url: options.databaseUrl, decisions, log })
    try {
      return await copy(source, target, options)
    } finally {
      await target.close()
    }
  } finally {
    await source.close()
  }
}

async function copy(
  source: SqliteEventStore,
  target: PostgresEventStore,
  options: MigrationOptions,
): Promise<MigrationReport> {
  const head = await target.headSeq()
  if (head !== 0) {
    throw new Error(
      `the PostgreSQL database already holds a log (head ${String(head)}): migrate into an empty database`,
    )
  }
  const total = await source.headSeq()
  let started = performance.now()
  for (let after = 0; after < total;) {
    const page = await source.readAfter(after, PAGE)
    const last = page.at(-1)
    if (!last) break
    await target.importEvents(page)
    after = last.seq
    options.onProgress?.(after, total)
  }
  const copied = seconds(started)
  if ((await target.headSeq()) !== total) throw new Error('the copied log is shorter than the source')

  started = performance.now()
  await target.rebuildProjections()
  const rebuilt = seconds(started)

  started = performance.now()
  const [expected, got] = await Promise.all([source.projectionDigests(), target.projectionDigests()])
  const differ = differences(expected, got)
  if (differ.length > 0)
    throw new Error(`the rebuilt projections differ from SQLite's in ${differ.join(', ')}`)
  return {
    events: total,
    projections: got,
    seconds: { copy: copied, rebuild: rebuilt, check: seconds(started) },
  }
}

const seconds = (since: number) => Math.round(performance.now() - since) / 1000
