import Database from 'better-sqlite3'

/** The most pages a backup step may copy (SQLite's own ceiling for a step's count). */
const ALL_PAGES = 0x7fffffff

export interface Backup {
  readonly destination: string
  readonly pages: number
  /** The last event the copy holds. */
  readonly headSeq: number
}

/**
 * Copies a store's SQLite file to `destination` while its server goes on: SQLite's online backup reads
 * one consistent state of the database (in WAL mode the server's writes are not held up; a commit made
 * meanwhile is in the next backup, not half in this one). The copy is checked before it is called a backup.
 */
export async function backupSqlite(source: string, destination: string): Promise<Backup> {
  const live = new Database(source, { readonly: true, fileMustExist: true })
  let pages: number
  try {
    // All pages in one step, under one read transaction: copied in steps, the backup starts over whenever
    // the server commits in between, and under steady ingest it would never end.
    ;({ totalPages: pages } = await live.backup(destination, { progress: () => ALL_PAGES }))
  } finally {
    live.close()
  }
  const copy = new Database(destination, { readonly: true, fileMustExist: true })
  try {
    const integrity = copy.pragma('integrity_check', { simple: true })
    if (integrity !== 'ok') throw new Error(`the backup at ${destination} is damaged: ${String(integrity)}`)
    const head = copy.prepare<[], { seq: number | null }>('SELECT max(seq) AS seq FROM events').get()
    return { destination, pages, headSeq: head?.seq ?? 0 }
  } finally {
    copy.close()
  }
}
