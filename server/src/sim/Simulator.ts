import { SimEngine } from './SimEngine.js'
import type { SimulatorDeps } from './SimulatorDeps.js'
import { DAY_MS, HOUR_MS, startOfHour, wib } from './wib.js'

export type { SimulatorDeps, SimulatorOptions } from './SimulatorDeps.js'
export type { SimStats } from './submissions.js'

/**
 * The built-in simulator: Kabupaten Bojonegoro's citizens, Kominfo and the OPDs, driven through the very
 * services the HTTP routes call (receiveComplaint, actOnComplaint, reportVillageIssue, actOnVillageIssue),
 * as actors of kind `simulator` with real roles. Nothing it sends skips validation.
 *
 * **History.** On a log with no complaint, `backfill()` writes `historyDays` of past weeks: it pins the
 * clock at each instant it submits for, step by step (two hours by day, the night as one step, see
 * DAY_STEP_HOURS), and lets the SLA scheduler fire each step's warnings, breaches and auto-closes in
 * order. A step's submissions share one group commit. The volume is a regency's, not the live rate's:
 * about 115 complaints a day with the incidents (rhythm.ts), some 140 on a weekday and 60 on a Sunday,
 * whatever `eventsPerMinute` says. Four weeks (about 13,000 events) take about 2 s on two cores.
 *
 * **Live.** `start()` submits about `eventsPerMinute` things a minute, shaped by the hour and the day
 * (busiest in office hours, when Kominfo and the OPDs work; never more than 10 s apart between 06:00 and
 * 22:00): due steps of any plan first; else, often, an early step of a complaint received live (at demo
 * speed the wall must see lifecycles move); else a new complaint. Planned late follow-ups are never
 * taken early, and the history's plans keep their real times, so the Friday review keeps its reds.
 *
 * **Restart.** Plans live in memory only. After a restart `backfill()` finds complaints and writes
 * nothing; the live loop then adopts, every few minutes, the complaints of the snapshot's recent list
 * that wait for Kominfo or an OPD and have no plan (also ones posted by real clients), and plans the
 * end of active village issues once. Older open complaints stay where they are, as in an office that
 * lost its to-do list: the SLA scheduler still breaches and closes them.
 */
export interface Simulator {
  /** Writes the history if the log has no complaint yet; does nothing otherwise. Call before listening. */
  backfill(): Promise<void>
  /** Starts the live loop (timers are unref'd: they never keep the process alive). */
  start(): void
  /** Stops the live loop and waits for submissions in flight. */
  stop(): Promise<void>
}

/** In its last hours the history makes sure a flood is on the map in the rainy season ("siaga banjir"). */
const FLOOD_GUARANTEE_MS = 12 * HOUR_MS
/**
 * A wall opened right after start-up should see the feed move at once, whatever the hour: the first
 * ticks come quickly, then the rhythm takes over.
 */
const FIRST_TICK_MS = 300
const WARM_UP_TICKS = 10
const WARM_UP_GAP_MS = 1_000
/** The gap used when the engine cannot say (the store is down). */
const FALLBACK_GAP_MS = 10_000

/**
 * How the history is walked: in steps of two hours by day (06:00–22:00 WIB) and one step for the whole
 * night, each step one group commit (plus one for the SLA timers it finds due): half the commits of
 * one-hour steps, for a start-up that stays well inside its 5-second promise. What the coarser step
 * changes is invisible: every event still carries its own instant, and an action on a
 * complaint whose deadline passed inside the step meets the verdict first (the decision settles due
 * timers before it acts), so only the seq order of SLA events among other complaints' events shifts.
 */
const DAY_STEP_HOURS = 2
const NIGHT = { from: 22, to: 6 }

/** Where the history step starting at `from` ends (see DAY_STEP_HOURS). */
function stepEnd(from: number, end: number): number {
  const hour = wib(from).hour
  const hours =
    hour >= NIGHT.to && hour < NIGHT.from
      ? DAY_STEP_HOURS - ((hour - NIGHT.to) % DAY_STEP_HOURS)
      : (NIGHT.to - hour + 24) % 24
  return Math.min(startOfHour(from) + hours * HOUR_MS, end)
}

/** Writes the history (see the module comment). Exported for tests, which read the engine's stats. */
export async function backfill(engine: SimEngine, deps: SimulatorDeps): Promise<void> {
  const { clock, scheduler, log, options } = deps
  const end = clock.now()
  const snapshot = await engine.prepare(end)
  if (snapshot.recent.length > 0) {
    log.info('the log already holds complaints: no simulated history written')
    return
  }
  if (options.historyDays <= 0) return
  const started = performance.now()
  const pinned = { last: end - options.historyDays * DAY_MS }
  // Made up, and written before anyone connects: one sync at the end instead of one per step.
  await deps.store.unsynced(async () => {
    try {
      for (let from = pinned.last; from < end;) {
        const to = stepEnd(from, end)
        clock.pin(Math.max(from, pinned.last))
        pinned.last = Math.max(from, pinned.last)
        await scheduler.runDue()
        if (end - from <= FLOOD_GUARANTEE_MS) engine.ensureFlood(from)
        for (let hour = from; hour < to; hour = startOfHour(hour) + HOUR_MS) {
          engine.planHour(hour, Math.min(startOfHour(hour) + HOUR_MS, to))
        }
        await Promise.all(engine.dispatchBefore(to, pinned))
        from = to
      }
      clock.pin(end)
      await scheduler.runDue()
    } finally {
      clock.release()
    }
  })
  const { complaints, actions, unexpected } = engine.stats
  const ms = Math.round(performance.now() - started)
  log.info({ days: options.historyDays, complaints, actions, unexpected, ms }, 'simulated history written')
}

class LiveSimulator implements Simulator {
  #timer: NodeJS.Timeout | undefined
  #running = false
  #ticks = 0
  readonly #inFlight = new Set<Promise<void>>()

  constructor(
    readonly engine: SimEngine,
    private readonly deps: SimulatorDeps,
  ) {}

  backfill(): Promise<void> {
    return backfill(this.engine, this.deps)
  }

  start(): void {
    if (this.#running) return
    this.#running = true
    this.engine.goLive()
    this.#schedule(FIRST_TICK_MS)
  }

  async stop(): Promise<void> {
    this.#running = false
    clearTimeout(this.#timer)
    await Promise.all(this.#inFlight)
  }

  #schedule(delay: number): void {
    this.#timer = setTimeout(() => void this.#run(), delay)
    this.#timer.unref()
  }

  async #run(): Promise<void> {
    if (!this.#running) return
    const tick = this.engine.tick().catch((error: unknown) => {
      this.deps.log.error({ err: error }, 'a simulator tick failed')
    })
    this.#inFlight.add(tick)
    await tick
    this.#inFlight.delete(tick)
    if (!this.#running) return
    let gap = FALLBACK_GAP_MS
    try {
      gap = this.engine.nextGap()
    } catch (error) {
      this.deps.log.error({ err: error }, 'the simulator could not pace its next tick')
    }
    this.#schedule(++this.#ticks <= WARM_UP_TICKS ? Math.min(gap, WARM_UP_GAP_MS) : gap)
  }
}

/** The simulator `main.ts` runs unless `PENDOPO_SIM=off`. */
export function createSimulator(deps: SimulatorDeps): Simulator {
  return new LiveSimulator(new SimEngine(deps), deps)
}
