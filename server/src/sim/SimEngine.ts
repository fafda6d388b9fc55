import {
  type ComplaintId,
  DEFAULT_SLA_POLICY,
  type OpdCode,
  type SlaPolicy,
  type WorkingCalendar,
} from '@pendopo/shared'

import { actOnComplaint } from '../actions/actOnComplaint.js'
import { actOnVillageIssue, reportVillageIssue } from '../actions/villageIssues.js'
import { receiveComplaint } from '../ingest/receiveComplaint.js'
import type { StoreSnapshot } from '../log/EventStore.js'

import { SimActors } from './actors.js'
import { factsOf, findUnplanned } from './adoption.js'
import { composeSubmission, MessageIds } from './arrivals.js'
import { CategoryDraw } from './categoryDraw.js'
import { type Arrival, ChannelMix } from './channelMix.js'
import { Incidents, type IncidentTask, type IssueActionTask, type ReportTask } from './incidents.js'
import { isOfficeTime } from './officeTime.js'
import { Places } from './places.js'
import { planComplaint, type PlanContext, planFromState, type Step } from './planner.js'
import { EarlyPool, isCurrent, type Plan, type StepTask } from './plans.js'
import { Random } from './random.js'
import { liveGapMs } from './rhythm.js'
import { seasonOf } from './seasons.js'
import type { SimulatorDeps } from './SimulatorDeps.js'
import { type SimStats, Submissions } from './submissions.js'
import { TaskQueue } from './TaskQueue.js'
import { HOUR_MS, MINUTE_MS, startOfHour } from './wib.js'

type Task = IncidentTask | StepTask

/** How often the live loop looks at the snapshot for complaints it has no plan for (see Simulator.ts). */
const ADOPT_EVERY_MS = 5 * MINUTE_MS
/** The live loop compresses an incident's stream of complaints to this share of its hours. */
const LIVE_BURST = 0.15
/**
 * A step taken early leaves its planned entry in the queue (a heap cannot remove from the middle); the
 * entries are skipped when they come up, days later. Past this many, the queue is swept, so a wall that
 * runs for weeks does not keep hundreds of thousands of them.
 */
const SWEEP_AFTER = 20_000

/**
 * The simulator's machinery: draws what happens, plans it, and submits it through the services when it
 * is due. One random stream drives everything, and every draw happens synchronously in the order tasks
 * leave the queue (never in the order outcomes come back), so a seed and a clock fix the whole run.
 * Simulator.ts drives it: hour by hour with a pinned clock for the history, tick by tick when live.
 */
export class SimEngine {
  readonly #submissions: Submissions
  readonly #rng: Random
  readonly #places: Places
  readonly #categories = new CategoryDraw()
  readonly #channels: ChannelMix
  readonly #actors: SimActors
  readonly #incidents: Incidents
  readonly #ids = new MessageIds()
  readonly #queue = new TaskQueue<Task>()
  /** Plans with steps left, by complaint id: what adoption must leave alone. */
  readonly #plans = new Map<ComplaintId, Plan>()
  readonly #early = new EarlyPool()
  readonly #knownIssues = new Set<string>()
  #calendar: WorkingCalendar | undefined
  #policy: SlaPolicy = DEFAULT_SLA_POLICY
  #live = false
  /** Start of the next hour whose incidents are still to be drawn. */
  #hourCursor: number | undefined
  #nextAdoption = -Infinity
  #adoptedIssues = false
  /** Queue entries left behind by steps taken early. */
  #stale = 0

  constructor(private readonly deps: SimulatorDeps) {
    this.#submissions = new Submissions(deps.log)
    this.#rng = new Random(deps.options.seed)
    this.#places = new Places(deps.reference.geo)
    this.#channels = new ChannelMix(this.#rng, this.#places)
    this.#actors = new SimActors(deps.reference)
    this.#incidents = new Incidents({ rng: this.#rng, places: this.#places, actors: this.#actors })
  }

  get stats(): Readonly<SimStats> {
    return this.#submissions.stats
  }

  get calendar(): WorkingCalendar {
    if (!this.#calendar) throw new Error('the simulator has no working calendar: call prepare() first')
    return this.#calendar
  }

  /** Reads the calendar and SLA policy in force; returns the snapshot it read them from. */
  async prepare(now: number): Promise<StoreSnapshot> {
    const snapshot = await this.deps.store.snapshot({ audience: 'staff', now })
    this.#policy = snapshot.policy
    this.#calendar = await this.deps.store.calendar()
    return snapshot
  }

  #planContext(): PlanContext {
    const { reference } = this.deps
    return {
      rng: this.#rng,
      calendar: this.calendar,
      policy: this.#policy,
      actors: this.#actors,
      opdName: (opd: OpdCode) => reference.opd(opd)?.shortName ?? opd,
    }
  }

  /** Draws the complaints and incidents of [from, to) (within one hour) into the queue: the history's pace. */
  planHour(from: number, to: number): void {
    for (const arrival of this.#channels.arrivalsBetween(this.#rng, { from, to }, this.calendar)) {
      this.#queue.push({ kind: 'arrival', at: arrival.at, arrival })
    }
    for (const task of this.#incidents.hour(from, 1)) this.#queue.push(task)
    this.#hourCursor = startOfHour(from) + HOUR_MS
  }

  /** In the rainy season, starts a flood at `at` unless one is on the map (BPBD's "siaga banjir"). */
  ensureFlood(at: number, burst = 1): void {
    if (seasonOf(at) !== 'rainy' || this.#incidents.floodActive(at)) return
    for (const task of this.#incidents.flood(at, burst)) this.#queue.push(task)
  }

  /**
   * Sends every task due before `until`, in time order, pinning the clock to each task's time (never
   * backwards). Does not await them, so they all share one group commit: await the promises returned.
   * A step whose complaint is still in this batch waits for the next one, just after `until`.
   */
  dispatchBefore(until: number, pinned: { last: number }): Promise<void>[] {
    const sent: Promise<void>[] = []
    const windowStart = pinned.last
    const deferTo = (at: number) => until + Math.max(0, Math.round((at - windowStart) / 10))
    for (let task = this.#queue.peek(); task && task.at < until; task = this.#queue.peek()) {
      this.#queue.pop()
      pinned.last = Math.max(task.at, pinned.last)
      this.deps.clock.pin(pinned.last)
      const promise = this.#dispatch(task, pinned.last, deferTo)
      if (promise) sent.push(promise)
    }
    return sent
  }

  /** Switches to live pacing: plans made from now on may be taken early (see `tick`). */
  goLive(): void {
    this.#live = true
  }

  /**
   * One live submission at the clock's time: a task that is due; else, often, an early step of a live
   * complaint (the wall must see lifecycles move, at far more than real speed; see `#earlyStep`); else a
   * new complaint. First draws the incidents of every hour begun since the last tick, and now and then
   * adopts complaints it has no plan for.
   */
  async tick(): Promise<void> {
    const now = this.deps.clock.now()
    if (!this.#calendar) await this.prepare(now)
    if (now >= this.#nextAdoption) {
      this.#nextAdoption = now + ADOPT_EVERY_MS
      await this.#adopt(now)
    }
    this.#hourCursor ??= startOfHour(now)
    for (; this.#hourCursor <= now; this.#hourCursor += HOUR_MS) {
      for (const task of this.#incidents.hour(this.#hourCursor, LIVE_BURST)) this.#queue.push(task)
    }
    const deferTo = () => now + 1000
    for (let task = this.#queue.peek(); task && task.at <= now; task = this.#queue.peek()) {
      this.#queue.pop()
      const sent = this.#dispatch(task, now, deferTo)
      if (sent) return sent
    }
    if (!this.#rng.chance(this.#early.newComplaintShare())) {
      const early = this.#earlyStep(now)
      const sent = early && this.#dispatch(early, now, deferTo)
      if (sent) return sent
    }
    const arrival: Arrival = this.#channels.arrivalAt(this.#rng, now, this.calendar)
    return this.#arrive(arrival, now)
  }

  /** Milliseconds until the next live tick. */
  nextGap(): number {
    const { clock, options } = this.deps
    return liveGapMs(this.#rng, clock.now(), {
      calendar: this.calendar,
      eventsPerMinute: options.eventsPerMinute,
    })
  }

  /** An early step to take now (see EarlyPool), sweeping the queue of the entries early steps leave behind. */
  #earlyStep(now: number): StepTask | undefined {
    const plan = this.#early.next(now, isOfficeTime(now, this.calendar))
    if (!plan) return undefined
    if (++this.#stale > SWEEP_AFTER) {
      this.#stale = 0
      this.#queue.retain((t) => t.kind !== 'step' || isCurrent(t))
    }
    return { kind: 'step', at: now, plan, index: plan.next }
  }

  #dispatch(task: Task, at: number, deferTo: (at: number) => number): Promise<void> | undefined {
    switch (task.kind) {
      case 'arrival':
        return this.#arrive(task.arrival, at)
      case 'step':
        return this.#step(task, at, deferTo)
      case 'report':
        return this.#report(task)
      case 'issueAction':
        return this.#issueAction(task, deferTo)
    }
  }

  #arrive(arrival: Arrival, at: number): Promise<void> {
    const externalId = this.#ids.next(arrival.channel, at)
    const { submission, facts } = composeSubmission(this.#rng, arrival, {
      places: this.#places,
      categories: this.#categories,
      at,
      externalId,
    })
    const plan = this.#newPlan(planComplaint(this.#planContext(), facts, at), { id: undefined, now: at })
    const actor = this.#actors.channel(arrival.channel)
    const call = () => receiveComplaint(this.deps.ingest, actor, submission)
    return this.#submissions.send('complaints', submission, call).then((outcome) => {
      if (outcome?.ok && outcome.result.kind === 'complaint' && outcome.result.created) {
        plan.id = outcome.result.id
        if (plan.next < plan.steps.length) this.#plans.set(plan.id, plan)
      } else plan.dead = true // refused, or a repeat of a message already delivered
    })
  }

  #newPlan(steps: readonly Step[], known: { id: ComplaintId | undefined; now: number }): Plan {
    const plan: Plan = { id: known.id, dead: false, steps, next: 0, live: this.#live, lastAt: known.now }
    const first = steps[0]
    if (!first) return plan
    this.#queue.push({ kind: 'step', at: first.at, plan, index: 0 })
    if (plan.live) this.#early.add(plan)
    if (known.id) this.#plans.set(known.id, plan)
    return plan
  }

  #step(task: StepTask, at: number, deferTo: (at: number) => number): Promise<void> | undefined {
    const { plan, index } = task
    const step = plan.steps[index]
    if (!isCurrent(task) || !step) return undefined // taken early, or the plan was dropped
    const id = plan.id
    if (id === undefined) {
      this.#queue.push({ ...task, at: deferTo(task.at) })
      return undefined
    }
    plan.next = index + 1
    plan.lastAt = at
    const following = plan.steps[index + 1]
    if (following) this.#queue.push({ kind: 'step', at: following.at, plan, index: index + 1 })
    else this.#plans.delete(id)
    const call = () => actOnComplaint(this.deps.actions, step.actor, { id, action: step.action })
    return this.#submissions.send('actions', step.action, call).then((outcome) => {
      if (outcome?.ok) return
      plan.dead = true // someone (or something) moved the complaint: this plan no longer applies
      this.#plans.delete(id)
    })
  }

  #report(task: ReportTask): Promise<void> {
    const call = () => reportVillageIssue(this.deps.ingest, task.actor, task.submission)
    return this.#submissions.send('issueReports', task.submission, call).then((outcome) => {
      if (outcome?.ok && outcome.result.kind === 'villageIssue' && outcome.result.created) {
        task.issue.id = outcome.result.id
        this.#knownIssues.add(outcome.result.id)
      } else task.issue.dead = true
    })
  }

  #issueAction(task: IssueActionTask, deferTo: (at: number) => number): Promise<void> | undefined {
    const { issue } = task
    const id = issue.id
    if (issue.dead) return undefined
    if (id === undefined) {
      this.#queue.push({ ...task, at: deferTo(task.at) })
      return undefined
    }
    const call = () => actOnVillageIssue(this.deps.ingest, task.actor, { id, action: task.action })
    return this.#submissions.send('issueActions', task.action, call).then((outcome) => {
      if (!outcome?.ok) issue.dead = true
    })
  }

  /** Plans unplanned recent complaints (see adoption.ts) and, once, the end of unknown active village issues. */
  async #adopt(now: number): Promise<void> {
    const { store, reference } = this.deps
    const { snapshot, records } = await findUnplanned(store, { now, planned: (id) => this.#plans.has(id) })
    for (const record of records) {
      const facts = factsOf(reference, record)
      if (facts)
        this.#newPlan(planFromState(this.#planContext(), record, { facts, now }), { id: record.id, now })
    }
    if (this.#adoptedIssues) return
    this.#adoptedIssues = true
    const unknown = snapshot.villageIssues.filter(
      (i) => i.resolvedAt === null && !this.#knownIssues.has(i.id),
    )
    for (const task of this.#incidents.adopt(unknown, now)) this.#queue.push(task)
    this.ensureFlood(now, LIVE_BURST)
  }
}
