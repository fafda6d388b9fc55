import type { DomainEvent, NewEvent } from '../events/index.js'
import { toMillis } from '../ids.js'
import { isOpen } from '../lifecycle.js'

/**
 * The dashboard's numbers as named counters, derived from each event alone (events carry their position
 * before and after). The server keeps them in the same transaction as the log; a browser applies the same
 * function to the events it receives, so snapshot + deltas equals a later snapshot by construction.
 *
 * Keys are `|`-separated; local dates and hours are in the regency's time zone.
 */
export const COUNTER_FAMILIES = {
  /** `p|<opd or ->|<state>|<colour>`: complaints now in that position (all, open and final). */
  position: 'p',
  /** `k|<kecamatanCode>|<colour>`: open complaints per kecamatan and colour. */
  kecamatan: 'k',
  /** `d|<desaCode>|<colour>`: open complaints per desa and colour (the map's choropleth). */
  desa: 'd',
  /**
   * `q|<YYYY-MM-DD>|<opd>|<colour>`: complaints by the day they were dispositioned to their OPD, in their
   * colour now — the Friday review's grid of OPDs by day.
   */
  dispositionCohort: 'q',
  /** `rh|<YYYY-MM-DDTHH>|<channel>`: complaints received per local hour and channel. */
  receivedHour: 'rh',
  /** `kh|<YYYY-MM-DDTHH>|<kecamatanCode>`: complaints received per local hour and kecamatan (spikes). */
  receivedHourKecamatan: 'kh',
  /** `rd|<YYYY-MM-DD>|<category>`: complaints received per local day and category. */
  receivedDay: 'rd',
  /** `fd|<YYYY-MM-DD>|<opd>|<met or late>`: follow-ups per day and OPD, on time or late. */
  followUpDay: 'fd',
  /** `fh|<YYYY-MM-DD>|<hours>`: follow-ups per day by working hours taken, in buckets of 4 h (the median). */
  followUpHours: 'fh',
  /** `cd|<YYYY-MM-DD>|<opd or ->`: complaints closed per day. */
  closedDay: 'cd',
  /** `bd|<YYYY-MM-DD>|<opd or ->|<clock>`: deadlines breached per day. */
  breachDay: 'bd',
  /** `rt|<YYYY-MM-DD>|<rating>`: satisfaction ratings per day. */
  ratingDay: 'rt',
} as const

/** Families keyed by a local date or hour; a snapshot sends only a recent window of them. */
export const DATED_FAMILIES: ReadonlySet<string> = new Set([
  'q',
  'rh',
  'kh',
  'rd',
  'fd',
  'fh',
  'cd',
  'bd',
  'rt',
])

const HOUR_MS = 3_600_000
/** Follow-up durations are counted in 4-working-hour buckets up to 200 h; that is enough for a median. */
const FOLLOW_UP_BUCKET_HOURS = 4
const FOLLOW_UP_MAX_HOURS = 200

export type CounterDeltas = Map<string, number>

/** The local hour of an instant, `YYYY-MM-DDTHH`: the key of hourly counters. */
export const localHour = (ms: number, utcOffsetMs: number): string =>
  new Date(ms + utcOffsetMs).toISOString().slice(0, 13)
/** The local date of an instant, `YYYY-MM-DD`: the key of daily counters. */
export const localDay = (ms: number, utcOffsetMs: number): string =>
  new Date(ms + utcOffsetMs).toISOString().slice(0, 10)

function add(deltas: CounterDeltas, key: string, n: number): void {
  const next = (deltas.get(key) ?? 0) + n
  if (next === 0) deltas.delete(key)
  else deltas.set(key, next)
}

/**
 * The counter changes one event makes.
 *
 * @example
 * counterDeltas(receivedEvent, 7 * 3_600_000) // Map { 'p|-|RECEIVED|green' => 1, 'd|35.22.15.1005|green' => 1, … }
 */
export function counterDeltas(event: DomainEvent | NewEvent, utcOffsetMs: number): CounterDeltas {
  const deltas: CounterDeltas = new Map()
  const day = (instant: string) => localDay(toMillis(instant), utcOffsetMs)
  if (event.type === 'complaint.received') {
    const c = event.data.summary
    add(deltas, `p|${c.opd ?? '-'}|${c.state}|${c.colour}`, 1)
    add(deltas, `k|${c.kecamatanCode}|${c.colour}`, 1)
    add(deltas, `d|${c.desaCode}|${c.colour}`, 1)
    const hour = localHour(toMillis(c.receivedAt), utcOffsetMs)
    add(deltas, `rh|${hour}|${c.channel}`, 1)
    add(deltas, `kh|${hour}|${c.kecamatanCode}`, 1)
    add(deltas, `rd|${day(c.receivedAt)}|${c.category}`, 1)
    return deltas
  }
  if (!('before' in event.data)) return deltas // village issues and the calendar are not counted here

  const { before, after, desaCode, kecamatanCode } = event.data
  add(deltas, `p|${before.opd ?? '-'}|${before.state}|${before.colour}`, -1)
  add(deltas, `p|${after.opd ?? '-'}|${after.state}|${after.colour}`, 1)
  if (isOpen(before.state)) {
    add(deltas, `k|${kecamatanCode}|${before.colour}`, -1)
    add(deltas, `d|${desaCode}|${before.colour}`, -1)
  }
  if (isOpen(after.state)) {
    add(deltas, `k|${kecamatanCode}|${after.colour}`, 1)
    add(deltas, `d|${desaCode}|${after.colour}`, 1)
  }
  if (before.opd && before.dispositionedAt) {
    add(deltas, `q|${day(before.dispositionedAt)}|${before.opd}|${before.colour}`, -1)
  }
  if (after.opd && after.dispositionedAt) {
    add(deltas, `q|${day(after.dispositionedAt)}|${after.opd}|${after.colour}`, 1)
  }

  switch (event.type) {
    case 'complaint.followed_up': {
      const outcome = event.data.clocks.followUp?.status === 'late' ? 'late' : 'met'
      add(deltas, `fd|${day(event.at)}|${before.opd ?? '-'}|${outcome}`, 1)
      const hours =
        Math.floor(event.data.responseWorkingMs / HOUR_MS / FOLLOW_UP_BUCKET_HOURS) * FOLLOW_UP_BUCKET_HOURS
      add(deltas, `fh|${day(event.at)}|${Math.min(hours, FOLLOW_UP_MAX_HOURS)}`, 1)
      break
    }
    case 'complaint.closed':
      add(deltas, `cd|${day(event.at)}|${after.opd ?? '-'}`, 1)
      break
    case 'sla.breached':
      add(deltas, `bd|${day(event.data.dueAt)}|${after.opd ?? '-'}|${event.data.clock}`, 1)
      break
    case 'complaint.rated':
      add(deltas, `rt|${day(event.at)}|${event.data.rating}`, 1)
      break
    default:
      break
  }
  return deltas
}

/** Applies deltas to a counter map in place, dropping counters that reach zero. */
export function applyCounterDeltas(counters: Map<string, number>, deltas: CounterDeltas): void {
  for (const [key, n] of deltas) add(counters, key, n)
}

/** The local date or hour a dated counter belongs to (`2026-11-23` or `2026-11-23T10`), else null. */
export function counterDate(key: string): string | null {
  const [family, when] = key.split('|', 2)
  return family !== undefined && DATED_FAMILIES.has(family) && when !== undefined ? when : null
}
