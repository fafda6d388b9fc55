import Database from 'better-sqlite3'
import { describe, expect, it } from 'vitest'

import { MIGRATIONS } from './schema.js'
import { prepareStatements, type Statements } from './statements.js'

/** Statements run per request, per connection or per scheduler wake-up, with arguments to plan them. */
const HOT: ReadonlyArray<[keyof Statements, unknown[]]> = [
  ['headSeq', []],
  ['eventsAfter', [0, 10]],
  ['eventsOfSubject', ['x']],
  ['eventsByActor', ['x', 10, 10]],
  ['complaint', ['x']],
  ['complaintByExternal', ['web', 'x']],
  ['allOpenPoints', []],
  ['recentComplaints', [10]],
  ['dueComplaints', [0, 10]],
  ['nextTimer', []],
  ['countersInRange', ['a', 'b']],
  ['activeVillageIssues', []],
]

interface Op {
  opcode: string
  p1: number
  p2: number
}

/**
 * The tables a statement reads from their first row on (a cursor on the table's own b-tree that starts
 * with Rewind), as a full scan does. EXPLAIN QUERY PLAN cannot tell: it says `SEARCH complaints` both for
 * max(seq), which jumps to the last row, and for min() of an unindexed column, which reads every row.
 */
function tablesWalked(db: Database.Database, source: string, args: unknown[]): string[] {
  const tables = new Map(
    db
      .prepare<[], { rootpage: number; name: string }>(
        "SELECT rootpage, name FROM sqlite_schema WHERE type = 'table'",
      )
      .all()
      .map((t) => [t.rootpage, t.name]),
  )
  const ops = db.prepare<unknown[], Op>(`EXPLAIN ${source}`).all(...args)
  const cursors = new Map<number, string>()
  for (const op of ops) {
    const table = op.opcode === 'OpenRead' ? tables.get(op.p2) : undefined
    if (table) cursors.set(op.p1, table)
  }
  const walked = ops.filter((op) => op.opcode === 'Rewind').map((op) => cursors.get(op.p1))
  return walked.filter((t): t is string => t !== undefined)
}

describe('the SQLite statements', () => {
  it('never walk a whole table on a hot path, so their cost does not grow with the log', () => {
    const db = new Database(':memory:')
    for (const sql of MIGRATIONS) db.exec(sql)
    const statements = prepareStatements(db)
    const walks = HOT.flatMap(([name, args]) =>
      tablesWalked(db, statements[name].source, args).map((table) => `${name} walks ${table}`),
    )
    db.close()
    expect(walks).toEqual([])
  })
})
