import {
  type ComplaintRecord,
  nextDue,
  NO_OPD,
  type QueuePage,
  type QueueQuery,
  summarize,
} from '@pendopo/shared'
import type Database from 'better-sqlite3'

/** The SQL sort key per `sort`; a complaint with no deadline sorts after every deadline. */
const SORT_COLUMN = {
  due: 'coalesce(due_at, 9007199254740991)',
  received: 'received_at',
  updated: 'updated_at',
} as const

const encodeCursor = (value: number, id: string) =>
  Buffer.from(JSON.stringify([value, id])).toString('base64url')

function decodeCursor(cursor: string): [number, string] | undefined {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'))
    if (Array.isArray(parsed) && typeof parsed[0] === 'number' && typeof parsed[1] === 'string')
      return [parsed[0], parsed[1]]
  } catch {
    // a cursor the client made up: treated as no cursor
  }
  return undefined
}

/**
 * One page of the queue: the filters as SQL parameters (never spliced in), keyset pagination on the sort
 * key and the id, so page 100 costs what page 1 does.
 */
export function queryQueue(db: Database.Database, query: QueueQuery): QueuePage {
  const where: string[] = []
  const params: unknown[] = []
  const inList = (column: string, values: readonly string[] | undefined) => {
    if (!values?.length) return
    where.push(`${column} IN (${values.map(() => '?').join(', ')})`)
    params.push(...values)
  }
  // `-` is "not dispositioned yet", alone or beside named OPDs.
  const opds = query.opd?.filter((opd) => opd !== NO_OPD) ?? []
  const unassigned = query.opd?.includes(NO_OPD) ?? false
  if (opds.length || unassigned) {
    const terms = opds.length ? [`opd IN (${opds.map(() => '?').join(', ')})`] : []
    if (unassigned) terms.push('opd IS NULL')
    where.push(`(${terms.join(' OR ')})`)
    params.push(...opds)
  }
  inList('state', query.state)
  inList('colour', query.colour)
  inList('channel', query.channel)
  inList('category', query.category)
  inList('desa', query.desa)
  inList('substr(desa, 1, 8)', query.kecamatan)
  if (query.from) {
    where.push('received_at >= ?')
    params.push(Date.parse(query.from))
  }
  if (query.to) {
    where.push('received_at < ?')
    params.push(Date.parse(query.to))
  }
  if (query.open === 'true') where.push("state NOT IN ('CLOSED', 'ARCHIVED')")
  if (query.open === 'false') where.push("state IN ('CLOSED', 'ARCHIVED')")

  const filter = where.length ? `WHERE ${where.join(' AND ')}` : ''
  const total = (db.prepare(`SELECT count(*) AS n FROM complaints ${filter}`).get(...params) as { n: number })
    .n

  const key = SORT_COLUMN[query.sort]
  const direction = query.order === 'desc' ? 'DESC' : 'ASC'
  const after = query.after ? decodeCursor(query.after) : undefined
  const pageWhere = [...where]
  const pageParams = [...params]
  if (after) {
    const op = query.order === 'desc' ? '<' : '>'
    pageWhere.push(`(${key} ${op} ? OR (${key} = ? AND id ${op} ?))`)
    pageParams.push(after[0], after[0], after[1])
  }
  const rows = db
    .prepare(
      `SELECT id, ${key} AS sort_key, record FROM complaints
       ${pageWhere.length ? `WHERE ${pageWhere.join(' AND ')}` : ''}
       ORDER BY ${key} ${direction}, id ${direction} LIMIT ?`,
    )
    .all(...pageParams, query.limit + 1) as Array<{ id: string; sort_key: number; record: string }>
  const more = rows.length > query.limit
  const page = more ? rows.slice(0, query.limit) : rows
  const last = page.at(-1)
  return {
    items: page.map((row) => {
      const record = JSON.parse(row.record) as ComplaintRecord
      return { ...summarize(record), ...nextDue(record) }
    }),
    total,
    next: more && last ? encodeCursor(last.sort_key, last.id) : null,
  }
}
