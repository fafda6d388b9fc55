/**
 * The resume benchmark's baseline, in its own process: what reading the missed events costs the store
 * alone. Opens the server's SQLite file read-only and reads and parses the event bodies after a seq with the
 * store's own query (server/src/log/sqlite/statements.ts `eventsAfter`).
 *
 * `node --import tsx readEventsAfter.ts <db> <afterSeq> <limit> [<times>]` reads once unmeasured, as the
 * server's own connection is warm (its page cache, the JIT), then `times` more (3 unless given), each timed
 * from the query to the last body parsed, and prints `{"ms":<median>,"events":N,"lastSeq":N}`.
 */
import Database from 'better-sqlite3'

const [path, afterArg, limitArg, timesArg] = process.argv.slice(2)
if (!path || !afterArg || !limitArg)
  throw new Error('usage: readEventsAfter.ts <db> <afterSeq> <limit> [<times>]')

const db = new Database(path, { readonly: true, fileMustExist: true })
try {
  const eventsAfter = db.prepare<[number, number], { body: string }>(
    'SELECT body FROM events WHERE seq > ? ORDER BY seq LIMIT ?',
  )
  const read = () => {
    const started = performance.now()
    const events = eventsAfter
      .all(Number(afterArg), Number(limitArg))
      .map((r) => JSON.parse(r.body) as { seq: number })
    return { ms: performance.now() - started, events }
  }
  const { events } = read()
  const times = Array.from({ length: Number(timesArg ?? 3) }, () => read().ms).sort((a, b) => a - b)
  const ms = times[Math.floor(times.length / 2)] ?? 0
  process.stdout.write(
    `${JSON.stringify({ ms, events: events.length, lastSeq: events.at(-1)?.seq ?? null })}\n`,
  )
} finally {
  db.close()
}
