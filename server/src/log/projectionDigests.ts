import { createHash, type Hash } from 'node:crypto'

import { PROJECTION_TABLES } from './Projector.js'

export type ProjectionTable = (typeof PROJECTION_TABLES)[number]

/** Each projection table's key: its first column, unique, compared byte by byte in every store. */
export const PROJECTION_KEYS: Record<ProjectionTable, string> = {
  complaints: 'id',
  counters: 'key',
  village_issues: 'id',
  calendar: 'id',
  meta: 'key',
  tokens: 'id',
  users: 'id',
}

/** A table's rows, counted and hashed in key order: two stores hold the same rows when these agree. */
export interface TableDigest {
  readonly rows: number
  readonly sha256: string
}
export type ProjectionDigests = Record<ProjectionTable, TableDigest>

/** Hashes one table's rows, given in key order. */
export class TableDigester {
  #rows = 0
  readonly #hash: Hash = createHash('sha256')

  constructor(private readonly table: ProjectionTable) {}

  /**
   * A row as every store gives it: columns by name (their order differs: SQLite's grew by ALTER TABLE).
   * A counter at zero is no counter (every reader skips them): SQLite keeps the row of a counter that
   * went up and back down over two commits; a rebuild that sums both in one batch never writes it.
   */
  add(row: Record<string, unknown>): void {
    if (this.table === 'counters' && row.n === 0) return
    const columns = Object.keys(row).sort()
    this.#hash.update(JSON.stringify(columns.map((c) => [c, row[c]])))
    this.#hash.update('\n')
    this.#rows++
  }

  finish(): TableDigest {
    return { rows: this.#rows, sha256: this.#hash.digest('hex') }
  }
}

/** The tables whose digests differ, with both sides' row counts. */
export function differences(a: ProjectionDigests, b: ProjectionDigests): string[] {
  return PROJECTION_TABLES.filter((t) => a[t].sha256 !== b[t].sha256).map(
    (t) => `${t} (${String(a[t].rows)} rows against ${String(b[t].rows)})`,
  )
}
