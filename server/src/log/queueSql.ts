import {
  type ComplaintRecord,
  nextDue,
  NO_OPD,
  type QueuePage,
  type QueueQuery,
  summarize,
} from '@pendopo/shared'

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

/** The queue's two queries, for a store's own SQL placeholders (`?` in SQLite, `$1` in PostgreSQL). */
export interface QueueSql {
  /** `SELECT count(*) AS n`, the filters alone. */
  readonly count: { readonly sql: string; readonly params: unknown[] }
  /** `SELECT id, sort_key, record`, the filters and the cursor, one row more than a page. */
  readonly page: { readonly sql: string; readonly params: unknown[] }
}

export interface QueueRow {
  readonly id: string
  readonly sort_key: number
  readonly record: string
}

/**
 * One page of the queue as SQL: the filters as parameters (never spliced in), keyset pagination on the
 * sort key and the id, so page 100 costs what page 1 does. `placeholder(n)` names the n-th parameter.
 */
export function queueSql(query: QueueQuery, placeholder: (n: number) => string): QueueSql {
  const where: string[] = []
  const params: unknown[] = []
  const bind = (value: unknown) => {
    params.push(value)
    return placeholder(params.length)
  }
  const inList = (column: string, values: readonly string[] | undefined) => {
    if (values?.length) where.push(`${column} IN (${values.map(bind).join(', ')})`)
  }
  // `-` is "not dispositioned yet", alone or beside named OPDs.
  const opds = query.opd?.filter((opd) => opd !== NO_OPD) ?? []
  const unassigned = query.opd?.includes(NO_OPD) ?? false
  if (opds.length || unassigned) {
    const terms = opds.length ? [`opd IN (${opds.map(bind).join(', ')})`] : []
    if (unassigned) terms.push('opd IS NULL')
    where.push(`(${terms.join(' OR ')})`)
  }
  inList('state', query.state)
  inList('colour', query.colour)
  inList('channel', query.channel)
  inList('category', query.category)
  inList('desa', query.desa)
  inList('substr(desa, 1, 8)', query.kecamatan)
  if (query.from) where.push(`received_at >= ${bind(Date.parse(query.from))}`)
  if (query.to) where.push(`received_at < ${bind(Date.parse(query.to))}`)
  if (query.open === 'true') where.push("state NOT IN ('CLOSED', 'ARCHIVED')")
  if (query.open === 'false') where.push("state IN ('CLOSED', 'ARCHIVED')")
  const count = {
    sql: `SELECT count(*) AS n FROM complaints ${where.length ? `WHERE ${where.join(' AND ')}` : ''}`,
    params: [...params],
  }

  const key = SORT_COLUMN[query.sort]
  const direction = query.order === 'desc' ? 'DESC' : 'ASC'
  const after = query.after ? decodeCursor(query.after) : undefined
  if (after) {
    const op = query.order === 'desc' ? '<' : '>'
    const [value, id] = after
    where.push(`(${key} ${op} ${bind(value)} OR (${key} = ${bind(value)} AND id ${op} ${bind(id)}))`)
  }
  const page = `SELECT id, ${key} AS sort_key, record FROM complaints
     ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
     ORDER BY ${key} ${direction}, id ${direction} LIMIT ${bind(query.limit + 1)}`
  return { count, page: { sql: page, params } }
}

/** The page the rows make (`queueSql`'s page query: one row more than `limit` when there is more). */
export function queuePage(rows: readonly QueueRow[], total: number, query: QueueQuery): QueuePage {
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
