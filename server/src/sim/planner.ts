import type {
  ActionRequest,
  Actor,
  Category,
  Channel,
  ComplaintRecord,
  KecamatanCode,
  OpdCode,
  Rating,
  SlaPolicy,
  WorkingCalendar,
} from '@pendopo/shared'

import * as say from './actionTexts.js'
import type { SimActors } from './actors.js'
import { addOfficeTime } from './officeTime.js'
import { alternateOpd, drawFollowUpDays } from './opdSpeed.js'
import type { Random } from './random.js'

/**
 * A complaint's future, decided when it arrives: Kominfo verifies within 0–3 working days (mostly the
 * same day) and disposes to the category's OPD (sometimes a neighbouring one); a few are held, archived
 * or found to be a national agency's; the OPD follows up at its own speed (opdSpeed.ts), now and then
 * answering "bukan wewenang" first; some reporters reply, some rate. Closing is left to the SLA
 * scheduler (10 working days after the follow-up), except for a few closes by Kominfo.
 */

/** One planned action: when, by whom, what. */
export interface Step {
  readonly at: number
  readonly actor: Actor
  readonly action: ActionRequest
  /**
   * Whether the live loop may take it before its time (to keep the wall busy). A follow-up planned to
   * come late may not: it must stay late, or the Friday review would never show red.
   */
  readonly early: boolean
}

/** What planning draws with and against: the seeded stream, the calendar and SLA policy in force, the actors. */
export interface PlanContext {
  readonly rng: Random
  readonly calendar: WorkingCalendar
  readonly policy: Pick<SlaPolicy, 'followUpWorkingDays' | 'autoCloseWorkingDays'>
  readonly actors: SimActors
  /** The OPD's short name, as its follow-ups sign. */
  readonly opdName: (opd: OpdCode) => string
}

/** What the planner needs to know about a complaint. */
export interface ComplaintFacts {
  readonly category: Readonly<Category>
  readonly suggestedOpd: OpdCode
  readonly kecamatan: KecamatanCode
  readonly desaName: string
  readonly channel: Channel
}

/** Shares of Kominfo's first decision (our estimates; LAPOR!'s admin guide lists the options, §1.3). */
const HOLD_SHARE = 0.03
const ARCHIVE_SHARE = 0.03
const RESUME_AFTER_HOLD = 0.6
/** Disposed somewhere other than the category's usual OPD (the kantor kecamatan, a neighbour). */
const OTHER_OPD_SHARE = 0.12
/** Dispositions answered "bukan wewenang" (the brief: about 5 %). */
const NOT_AUTHORITY_SHARE = 0.05
/** Follow-ups the reporter answers (about 15 %), and complaints Kominfo closes by hand. */
const REPLY_SHARE = 0.15
const MANUAL_CLOSE_SHARE = 0.03
/** Closed complaints that get a rating (about 40 %). */
const RATE_SHARE = 0.4
/** A second follow-up, after a reply, comes faster: the file is already on the desk. */
const SECOND_FOLLOW_UP_SPEED = 0.6

const RATINGS: Readonly<Record<'onTime' | 'late' | 'replied', readonly (readonly [Rating, number])[]>> = {
  onTime: [
    ['sangat_puas', 55],
    ['puas', 25],
    ['cukup_puas', 12],
    ['tidak_puas', 8],
  ],
  late: [
    ['sangat_puas', 25],
    ['puas', 30],
    ['cukup_puas', 20],
    ['tidak_puas', 25],
  ],
  replied: [
    ['sangat_puas', 35],
    ['puas', 30],
    ['cukup_puas', 20],
    ['tidak_puas', 15],
  ],
}

/** Builds a plan step by step; `at` is the time of the last step (or where planning starts). */
class Script {
  readonly steps: Step[] = []

  constructor(
    readonly ctx: PlanContext,
    public at: number,
  ) {}

  /** Adds an action `officeDays` of office time after the previous one; the live loop may take it early. */
  after(officeDays: number, actor: Actor, action: ActionRequest): void {
    this.at = addOfficeTime(this.ctx.calendar, this.at, officeDays)
    this.steps.push({ at: this.at, actor, action, early: true })
  }
}

/** How long Kominfo takes to verify, in office days: mostly within the day, rarely past the 3-day limit. */
function verifyDays(rng: Random): number {
  const r = rng.next()
  if (r < 0.8) return rng.uniform(0.04, 0.9)
  if (r < 0.95) return rng.uniform(0.9, 2.2)
  return rng.uniform(2.2, 3.6)
}

const disposeDays = (rng: Random) => rng.uniform(0.01, 0.3)

/** Plans a complaint received at `receivedAt`. */
export function planComplaint(ctx: PlanContext, facts: ComplaintFacts, receivedAt: number): Step[] {
  const { rng, actors } = ctx
  const script = new Script(ctx, receivedAt)
  const kominfo = actors.kominfo
  const vertical = say.VERTICAL[facts.category.code]
  if (vertical && rng.chance(vertical.share)) {
    script.after(verifyDays(rng), kominfo, {
      type: 'not_authority',
      reason: say.verticalReason(vertical.agency),
    })
    script.after(rng.uniform(0.05, 0.5), kominfo, {
      type: 'archive',
      reason: say.forwardedReason(vertical.agency),
    })
    return script.steps
  }
  const r = rng.next()
  if (r < HOLD_SHARE) {
    script.after(verifyDays(rng), kominfo, { type: 'hold', reason: say.holdReason(rng) })
    if (!rng.chance(RESUME_AFTER_HOLD)) {
      script.after(rng.uniform(3, 6), kominfo, { type: 'archive', reason: say.abandonedReason() })
      return script.steps
    }
    script.after(rng.uniform(0.5, 3), kominfo, { type: 'resume', note: say.resumeNote() })
    script.after(rng.uniform(0.05, 0.5), kominfo, { type: 'verify' })
  } else if (r < HOLD_SHARE + ARCHIVE_SHARE) {
    script.after(verifyDays(rng), kominfo, { type: 'archive', reason: say.archiveReason(rng) })
    return script.steps
  } else {
    script.after(verifyDays(rng), kominfo, { type: 'verify' })
  }
  const opd = rng.chance(OTHER_OPD_SHARE)
    ? alternateOpd(rng, facts.suggestedOpd, { kecamatan: facts.kecamatan, exclude: [] })
    : facts.suggestedOpd
  script.after(disposeDays(rng), kominfo, { type: 'dispose', opd, note: say.disposeNote(rng) })
  planOpd(script, facts, { opd, refused: [] })
  return script.steps
}

/** From a disposition (at `script.at`) to the OPD's answer and what follows it. */
function planOpd(
  script: Script,
  facts: ComplaintFacts,
  to: { opd: OpdCode; refused: readonly OpdCode[] },
): void {
  const { rng, actors, calendar, policy } = script.ctx
  const { opd } = to
  const operator = actors.operator(opd)
  if (to.refused.length === 0 && rng.chance(NOT_AUTHORITY_SHARE)) {
    const reason = say.notOursReason(rng, script.ctx.opdName(opd))
    script.after(Math.max(0.05, drawFollowUpDays(rng, opd) * 0.4), operator, {
      type: 'not_authority',
      reason,
    })
    const next = alternateOpd(rng, opd, { kecamatan: facts.kecamatan, exclude: [opd] })
    script.after(rng.uniform(0.1, 1), actors.kominfo, {
      type: 'dispose',
      opd: next,
      note: say.disposeNote(rng),
    })
    planOpd(script, facts, { opd: next, refused: [opd] })
    return
  }
  const disposedAt = script.at
  const followUp = addOfficeTime(calendar, disposedAt, drawFollowUpDays(rng, opd))
  const late = followUp > calendar.addWorkingDays(disposedAt, policy.followUpWorkingDays)
  const text = say.followUpText(rng, {
    category: facts.category,
    opdName: script.ctx.opdName(opd),
    desaName: facts.desaName,
  })
  script.at = followUp
  script.steps.push({ at: followUp, actor: operator, action: { type: 'follow_up', text }, early: !late })
  planAfterFollowUp(script, facts, { opd, late })
}

/** Replies, a second follow-up, a close by hand, a rating: whatever the reporter and Kominfo do next. */
function planAfterFollowUp(
  script: Script,
  facts: ComplaintFacts,
  answer: { opd: OpdCode; late: boolean },
): void {
  const { rng, actors, policy } = script.ctx
  const channel = actors.channel(facts.channel)
  // Replies and hand closes come well inside the auto-close window, so the scheduler never beats them.
  const window = Math.max(0.5, policy.autoCloseWorkingDays * 0.6)
  const r = rng.next()
  let mood: keyof typeof RATINGS = answer.late ? 'late' : 'onTime'
  const tail: Step[] = []
  if (r < REPLY_SHARE) {
    script.after(rng.uniform(0.3, window), channel, { type: 'reporter_reply', text: say.replyText(rng) })
    const text = say.secondFollowUpText(rng, { opdName: script.ctx.opdName(answer.opd) })
    const days = drawFollowUpDays(rng, answer.opd) * SECOND_FOLLOW_UP_SPEED
    script.after(days, actors.operator(answer.opd), { type: 'follow_up', text })
    mood = 'replied'
  } else if (r < REPLY_SHARE + MANUAL_CLOSE_SHARE) {
    const closeAt = addOfficeTime(script.ctx.calendar, script.at, rng.uniform(1, window))
    tail.push({
      at: closeAt,
      actor: actors.kominfo,
      action: { type: 'close', reason: say.closeReason(rng) },
      early: true,
    })
  }
  if (rng.chance(RATE_SHARE)) {
    const rateAt = addOfficeTime(script.ctx.calendar, script.at, rng.uniform(0.1, 8))
    tail.push({
      at: rateAt,
      actor: channel,
      action: { type: 'rate', rating: rng.weighted(RATINGS[mood]) },
      early: true,
    })
  }
  script.steps.push(...tail.sort((a, b) => a.at - b.at))
}

/**
 * A plan for a complaint found in the log in `record.state` (after a restart, or one this process did
 * not create): the rest of its path from now on. Empty when nothing is anyone's move but the reporter's.
 */
export function planFromState(
  ctx: PlanContext,
  record: ComplaintRecord,
  context: { readonly facts: ComplaintFacts; readonly now: number },
): Step[] {
  const { rng, actors } = ctx
  const { facts, now } = context
  const script = new Script(ctx, now)
  const kominfo = actors.kominfo
  switch (record.state) {
    case 'RECEIVED':
      return planComplaint(ctx, facts, now)
    case 'ON_HOLD':
      script.after(rng.uniform(0.2, 2), kominfo, { type: 'resume', note: say.resumeNote() })
      script.after(rng.uniform(0.05, 0.5), kominfo, { type: 'verify' })
      break
    case 'VERIFIED':
      break
    case 'NOT_AUTHORITY': {
      const refused = record.dispositions.filter((d) => d.notAuthority).map((d) => d.opd)
      const last = refused.at(-1) ?? facts.suggestedOpd
      const opd = alternateOpd(rng, last, { kecamatan: facts.kecamatan, exclude: refused })
      script.after(rng.uniform(0.05, 0.5), kominfo, { type: 'dispose', opd, note: say.disposeNote(rng) })
      planOpd(script, facts, { opd, refused: refused.length > 0 ? refused : [last] })
      return script.steps
    }
    case 'DISPOSITIONED':
    case 'REPORTER_REPLIED': {
      if (!record.opd) return []
      // The OPD's clock started at the disposition (or the reply); what is already overdue is answered soon.
      const started = Date.parse(record.clocks.followUp?.startedAt ?? record.updatedAt)
      const due = addOfficeTime(ctx.calendar, started, drawFollowUpDays(rng, record.opd))
      const text = say.followUpText(rng, {
        category: facts.category,
        opdName: ctx.opdName(record.opd),
        desaName: facts.desaName,
      })
      script.at = Math.max(due, addOfficeTime(ctx.calendar, now, rng.uniform(0.01, 0.3)))
      script.steps.push({
        at: script.at,
        actor: actors.operator(record.opd),
        action: { type: 'follow_up', text },
        early: false,
      })
      planAfterFollowUp(script, facts, { opd: record.opd, late: record.colour === 'red' })
      return script.steps
    }
    default:
      return []
  }
  script.after(disposeDays(rng), kominfo, {
    type: 'dispose',
    opd: facts.suggestedOpd,
    note: say.disposeNote(rng),
  })
  planOpd(script, facts, { opd: facts.suggestedOpd, refused: [] })
  return script.steps
}
