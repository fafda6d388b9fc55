/**
 * A real Pendopo SQLite store holding N complaints, written in bulk rather than through HTTP (a million
 * complaints over HTTP would take hours). The complaints are the simulator's — its arrival rhythm,
 * channels, places, categories, texts and planned lives (server/src/sim) — spread over the year before
 * now, and every one goes through the product's own path: the ingest and action services build the
 * commands, the group committer puts a day's worth in one transaction, the SQLite store decides and
 * projects them, and the SLA scheduler fires warnings, breaches and auto-closes as they fall due. So the
 * file is what a server that had run for that year would hold; a server started on it takes it as its
 * own, with nothing to rebuild or migrate. Most complaints are closed; the last weeks' are open, their
 * SLA clocks running.
 *
 * The store is cached under e2e/bench/.cache/ (see cacheEntry) and each call gets a copy.
 * `node --import tsx e2e/bench/bulkStore.ts <N> <dir>` does the same from the command line.
 */
import { copyFileSync, existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

import { actOnComplaint } from '@pendopo/server/src/actions/actOnComplaint.js'
import { type Clock, PinnableClock, systemClock } from '@pendopo/server/src/clock.js'
import type { Command, Outcome } from '@pendopo/server/src/domain/commands.js'
import { receiveComplaint } from '@pendopo/server/src/ingest/receiveComplaint.js'
import { GroupCommitter } from '@pendopo/server/src/log/GroupCommitter.js'
import { MIGRATIONS } from '@pendopo/server/src/log/sqlite/schema.js'
import { SqliteEventStore } from '@pendopo/server/src/log/sqlite/SqliteEventStore.js'
import { loadCalendarFile } from '@pendopo/server/src/reference/loadCalendarFile.js'
import { loadReference } from '@pendopo/server/src/reference/Reference.js'
import { SimActors } from '@pendopo/server/src/sim/actors.js'
import { composeSubmission, MessageIds } from '@pendopo/server/src/sim/arrivals.js'
import { CategoryDraw } from '@pendopo/server/src/sim/categoryDraw.js'
import { ChannelMix } from '@pendopo/server/src/sim/channelMix.js'
import { Places } from '@pendopo/server/src/sim/places.js'
import { planComplaint, type PlanContext, type Step } from '@pendopo/server/src/sim/planner.js'
import { Random } from '@pendopo/server/src/sim/random.js'
import { activity } from '@pendopo/server/src/sim/rhythm.js'
import { TaskQueue } from '@pendopo/server/src/sim/TaskQueue.js'
import { DAY_MS, HOUR_MS, startOfHour } from '@pendopo/server/src/sim/wib.js'
import { SlaScheduler } from '@pendopo/server/src/sla/SlaScheduler.js'
import { type ComplaintId, DEFAULT_SLA_POLICY, type OpdCode, SYSTEM_ACTOR } from '@pendopo/shared'
import { type Logger, pino } from 'pino'
import { monotonicFactory } from 'ulid'

/** Bump when what is generated changes: cached stores of older versions are then ignored. */
const GENERATOR_VERSION = 1
const CACHE_DIR = fileURLToPath(new URL('./.cache/', import.meta.url))
/**
 * A cached store stops receiving complaints when it is made; afterwards it only ages (its open
 * complaints breach and close, its recent days empty out of the snapshot's window). Past this age it no
 * longer looks like a live regency and is made again.
 */
const CACHE_MAX_AGE_MS = 2 * DAY_MS
const HISTORY_DAYS = 365
/**
 * Each day of history is one group commit, after the scheduler's rounds for the timers due by its start.
 * Every event still carries its own instant; only the seq order of timers among other complaints' events
 * shifts within a day, as it would behind a scheduler that fell a day behind.
 */
const WINDOW_MS = DAY_MS

export interface BulkStoreOptions {
  readonly complaints: number
  /** Where this run's copy goes, as `pendopo.db`. */
  readonly dir: string
  readonly seed?: string
}

export interface BulkStore {
  readonly dbPath: string
  /** Events in the log (its head seq). */
  readonly events: number
  /** How long this call took: generating, or bringing the cached store up to now and copying it. */
  readonly seconds: number
  /** Whether a cached store was reused. */
  readonly cached: boolean
}

interface CacheEntry {
  readonly db: string
  readonly info: string
}

interface CacheInfo {
  readonly complaints: number
  readonly events: number
  /** The schema version (migrations applied) the store is at. */
  readonly schema: number
  /** Planned steps the services refused (a complaint that moved on first): a few are normal. */
  readonly refused: number
  /** The instant the history ends: the store ages from there. */
  readonly madeAt: number
  readonly generationSeconds: number
}

const DEFAULT_SEED = 'bojonegoro'

/**
 * Keyed by N, this generator's version and the seed. Not by the schema version: a store made before a
 * new migration is brought up to date by the product's own migrations (see catchUp), in seconds, where
 * making a million complaints again takes many minutes. A store from a newer schema is made again.
 */
function cacheEntry(complaints: number, seed = DEFAULT_SEED): CacheEntry {
  const name = `pendopo-${complaints}-gen${GENERATOR_VERSION}-${seed}`
  return { db: join(CACHE_DIR, `${name}.db`), info: join(CACHE_DIR, `${name}.json`) }
}

function readInfo(entry: CacheEntry): CacheInfo | undefined {
  try {
    const info = JSON.parse(readFileSync(entry.info, 'utf8')) as CacheInfo
    const usable =
      existsSync(entry.db) && info.schema <= MIGRATIONS.length && Date.now() - info.madeAt < CACHE_MAX_AGE_MS
    return usable ? info : undefined
  } catch {
    return undefined
  }
}

/** Whether a store of this size is cached and fresh (a quick run may then take the larger one). */
export const cachedStoreExists = (complaints: number, seed?: string): boolean =>
  readInfo(cacheEntry(complaints, seed)) !== undefined

/** A copy of the cached store of `complaints` complaints in `dir` (made first if need be). */
export async function bulkStore(options: BulkStoreOptions): Promise<BulkStore> {
  const started = performance.now()
  const log = pino({ level: 'warn' })
  const entry = cacheEntry(options.complaints, options.seed)
  let info = readInfo(entry)
  const cached = info !== undefined
  if (!info) {
    mkdirSync(CACHE_DIR, { recursive: true })
    // Written under a temporary name and renamed when complete: an interrupted run leaves no half store.
    const partial = `${entry.db}.${process.pid}.partial`
    removeDb(partial)
    try {
      const made = await generate({ path: partial, complaints: options.complaints, seed: options.seed, log })
      info = { ...made, generationSeconds: (performance.now() - started) / 1000 }
      removeDb(entry.db)
      renameSync(partial, entry.db)
      writeFileSync(entry.info, `${JSON.stringify(info)}\n`)
    } finally {
      removeDb(partial)
    }
  }
  // Opened as a server opens it: migrations it lacks are applied, and what fell due since it was made
  // fires, as a restarted server would fire it first. Servers started on the copy have nothing left to do.
  const events = await catchUp(entry.db, log)
  if (events !== info.events || info.schema !== MIGRATIONS.length) {
    info = { ...info, events, schema: MIGRATIONS.length }
    writeFileSync(entry.info, `${JSON.stringify(info)}\n`)
  }
  mkdirSync(options.dir, { recursive: true })
  const dbPath = join(options.dir, 'pendopo.db')
  removeDb(dbPath)
  copyFileSync(entry.db, dbPath)
  return { dbPath, events, seconds: (performance.now() - started) / 1000, cached }
}

function removeDb(path: string): void {
  for (const suffix of ['', '-wal', '-shm', '-journal']) rmSync(`${path}${suffix}`, { force: true })
}

/**
 * Opens the store as a server does (migrations, WAL, full sync), fires every SLA timer due by now, closes
 * it (which checkpoints the WAL into the file: the copy is then one self-contained file).
 */
async function catchUp(path: string, log: Logger): Promise<number> {
  const store = new SqliteEventStore({ path, decisions: { policy: DEFAULT_SLA_POLICY }, log })
  try {
    await firingDue(store, systemClock, log)
    return await store.headSeq()
  } finally {
    await store.close()
  }
}

function firingDue(store: SqliteEventStore, clock: Clock, log: Logger): Promise<number> {
  const committer = new GroupCommitter(store, log)
  return new SlaScheduler({ store, submit: (c) => committer.submit(c), clock, log }).runDue()
}

/** A complaint's planned life, its next step waiting in the queue. */
interface StepTask {
  readonly at: number
  readonly id: ComplaintId
  readonly steps: readonly Step[]
  readonly index: number
}

/** Writes a year of `complaints` complaints into a new store at `path` (see the module comment). */
async function generate(options: {
  path: string
  complaints: number
  seed: string | undefined
  log: Logger
}): Promise<Omit<CacheInfo, 'generationSeconds'>> {
  const { log } = options
  const end = startOfHour(Date.now())
  const start = end - HISTORY_DAYS * DAY_MS
  const clock = new PinnableClock(systemClock)
  // A bulk load: no fsync and no write-ahead log while writing; catchUp() reopens it as a server would.
  const store = new SqliteEventStore({
    path: options.path,
    decisions: { policy: DEFAULT_SLA_POLICY },
    log,
    bulkLoad: true,
  })
  try {
    const committer = new GroupCommitter(store, log)
    const submit = (command: Command) => committer.submit(command)
    clock.pin(start - DAY_MS)
    const published = await submit({
      kind: 'publishCalendar',
      at: clock.now(),
      actor: SYSTEM_ACTOR,
      calendar: loadCalendarFile(),
    })
    if (!published.ok) throw new Error(`could not publish the calendar: ${published.body.error}`)
    const calendar = await store.calendar()
    if (!calendar) throw new Error('no calendar after publishing one')

    const reference = loadReference()
    const rng = new Random(options.seed ?? DEFAULT_SEED)
    const ids = rng.fork('ids')
    const ulid = monotonicFactory(() => ids.next())
    const places = new Places(reference.geo)
    const channels = new ChannelMix(rng, places)
    const categories = new CategoryDraw()
    const actors = new SimActors(reference)
    const messages = new MessageIds()
    const services = { submit, reference, clock }
    const plan: PlanContext = {
      rng,
      calendar,
      policy: DEFAULT_SLA_POLICY,
      actors,
      opdName: (opd: OpdCode) => reference.opd(opd)?.shortName ?? opd,
    }
    const queue = new TaskQueue<StepTask>()
    const perHour = hourlyCounts({ start, end, complaints: options.complaints }, (at) =>
      activity(at, calendar),
    )
    let refused = 0
    const count = (outcome: Outcome) => {
      if (!outcome.ok) refused++
    }

    /** Sends every planned step due before `until`, in time order. */
    const stepsBefore = (until: number, sent: Promise<void>[]) => {
      for (let task = queue.peek(); task && task.at < until; task = queue.peek()) {
        queue.pop()
        const step = task.steps[task.index]
        if (!step) continue
        clock.pin(task.at)
        const action = { id: task.id, action: step.action }
        sent.push(actOnComplaint(services, step.actor, action).then(count))
        const next = task.steps[task.index + 1]
        if (next) queue.push({ ...task, at: next.at, index: task.index + 1 })
      }
    }
    /** A complaint arrives at `at` (its steps before that have been sent), and its life is planned. */
    const arrive = (at: number, sent: Promise<void>[]) => {
      clock.pin(at)
      const arrival = channels.arrivalAt(rng, at, calendar)
      const externalId = messages.next(arrival.channel, at)
      const composed = composeSubmission(rng, arrival, { places, categories, at, externalId })
      const id = ulid(at) as ComplaintId
      const ingest = { ...services, newId: () => id }
      sent.push(receiveComplaint(ingest, actors.channel(arrival.channel), composed.submission).then(count))
      const steps = planComplaint(plan, composed.facts, at)
      if (steps[0]) queue.push({ at: steps[0].at, id, steps, index: 0 })
    }

    for (let from = start, hour = 0; from < end; from += WINDOW_MS) {
      const to = Math.min(from + WINDOW_MS, end)
      clock.pin(from)
      await firingDue(store, clock, log)
      const sent: Promise<void>[] = []
      for (; start + hour * HOUR_MS < to; hour++) {
        for (const at of instantsIn(rng, start + hour * HOUR_MS, perHour[hour] ?? 0)) {
          stepsBefore(at, sent)
          arrive(at, sent)
        }
      }
      stepsBefore(to, sent)
      // All of the day's commands went in during this turn: one group commit.
      await Promise.all(sent)
    }
    clock.pin(end)
    await firingDue(store, clock, log)
    return {
      complaints: options.complaints,
      events: await store.headSeq(),
      schema: MIGRATIONS.length,
      refused,
      madeAt: end,
    }
  } finally {
    await store.close()
  }
}

/** `count` instants in the hour from `hourStart`, in order. */
function instantsIn(rng: Random, hourStart: number, count: number): number[] {
  const instants = Array.from({ length: count }, () => hourStart + Math.floor(rng.next() * HOUR_MS))
  return instants.sort((a, b) => a - b)
}

/**
 * How many complaints arrive in each hour of [start, end): exactly `complaints` in all, shared out by the
 * simulator's rhythm (busy weekday mornings, quiet nights and holidays).
 */
function hourlyCounts(
  range: { start: number; end: number; complaints: number },
  weight: (at: number) => number,
): number[] {
  const hours = Math.ceil((range.end - range.start) / HOUR_MS)
  const weights = Array.from({ length: hours }, (_, i) => weight(range.start + i * HOUR_MS))
  const total = weights.reduce((a, b) => a + b, 0)
  const exact = weights.map((w) => (w / total) * range.complaints)
  const counts = exact.map(Math.floor)
  // The largest remainders get one more, so the counts add up to exactly `complaints`.
  const missing = range.complaints - counts.reduce((a, b) => a + b, 0)
  exact
    .map((x, i) => [x - Math.floor(x), i] as const)
    .sort((a, b) => b[0] - a[0])
    .slice(0, missing)
    .forEach(([, i]) => (counts[i] = (counts[i] ?? 0) + 1))
  return counts
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const [complaints, dir] = process.argv.slice(2)
  if (!complaints || !dir) throw new Error('usage: bulkStore.ts <complaints> <dir>')
  const result = await bulkStore({ complaints: Number(complaints), dir })
  process.stdout.write(`${JSON.stringify(result)}\n`)
}
