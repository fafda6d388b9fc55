import type { Channel, GeoDesa, WorkingCalendar } from '@pendopo/shared'

import type { Places } from './places.js'
import { type Random, WeightedTable } from './random.js'
import { complaintsPerHour } from './rhythm.js'
import { HOUR_MS, MINUTE_MS, startOfHour, wib } from './wib.js'

/**
 * Which channel a complaint comes through. SIAP LAPOR! merges every channel into one queue (domain.md
 * §1.8); LAPOR! and WhatsApp carry most of it. Three channels are events, not streams: the Friday
 * dialogue (Dialog Jumat, Fridays 08–11 WIB on Radio Malowopati), Sapa Bupati (the 17th of each month,
 * 10–12 WIB) and the Bupati's village visits (Sambang Desa, some working days, 09–12 WIB, one desa).
 */

/** Shares of the ordinary stream (our estimate of the mix; LAPOR! and WhatsApp lead, per the brief). */
const STREAM_WEIGHTS: readonly (readonly [Channel, number])[] = [
  ['lapor', 30],
  ['whatsapp', 27],
  ['social', 12],
  ['sms1708', 9],
  ['web', 8],
  ['radio', 8],
  ['ppid', 3],
]
/** Radio Malowopati takes calls while it is on air. */
const RADIO_HOURS = { from: 6, to: 21 }
/** The PPID desk records requests in office hours; at night only the web form feeds it. */
const PPID_NIGHT_SHARE = 0.2

// The events' hours are domain.md §1.8's; the counts are our estimates: some fifteen questions noted per
// Friday dialogue, eighteen per Sapa Bupati, nine per village visit (70 % about the desa visited, the rest
// from its neighbours), and a visit on about one working day in three.
const DIALOG_JUMAT = { weekday: 5, fromHour: 8, toHour: 11, perHour: 5 }
const SAPA_BUPATI = { day: 17, fromHour: 10, toHour: 12, perHour: 9 }
const SAMBANG_DESA = { chance: 0.3, fromHour: 9, toHour: 12, perHour: 3, sameDesaShare: 0.7 }
/** Days of village-visit decisions kept; older ones are never asked for again. */
const VISIT_MEMORY = 64

/** One complaint about to arrive: when, through which channel, and what is already fixed about it. */
export interface Arrival {
  readonly at: number
  readonly channel: Channel
  /** Fixed place: a village visit, a flooded desa. */
  readonly desa?: GeoDesa
  /** Fixed topic: an incident's complaints, as weighted category codes. */
  readonly topics?: readonly (readonly [string, number])[]
  /** For event channels: the citizen spoke no earlier than this (the event's start). */
  readonly spokenFrom?: number
}

/** A channel event in progress: it adds its own complaints on top of the ordinary stream. */
export interface ChannelEvent {
  readonly channel: Channel
  readonly perHour: number
  readonly startedAt: number
  readonly desa?: GeoDesa
}

function streamTable(hour: number): WeightedTable<Channel> {
  const onAir = hour >= RADIO_HOURS.from && hour < RADIO_HOURS.to
  const office = hour >= 7 && hour < 16
  return new WeightedTable(
    STREAM_WEIGHTS.map(([c, w]) => {
      if (c === 'radio') return [c, onAir ? w : 0] as const
      if (c === 'ppid') return [c, office ? w : w * PPID_NIGHT_SHARE] as const
      return [c, w] as const
    }),
  )
}

/** The channel mix over time. Village-visit days are drawn from their own stream per date, so that
 * whether the Bupati visits a desa on a given day does not depend on how many draws came before. */
export class ChannelMix {
  readonly #streams = Array.from({ length: 24 }, (_, hour) => streamTable(hour))
  readonly #visits = new Map<string, GeoDesa | null>()

  constructor(
    private readonly root: Random,
    private readonly places: Places,
  ) {}

  /** The channel events in progress during the hour containing `at`. */
  eventsAt(at: number, calendar: WorkingCalendar): ChannelEvent[] {
    const t = wib(at)
    const hourStart = startOfHour(at)
    const since = (fromHour: number) => hourStart - (t.hour - fromHour) * HOUR_MS
    const events: ChannelEvent[] = []
    const working = calendar.isWorkingDay(t.date)
    if (
      working &&
      t.weekday === DIALOG_JUMAT.weekday &&
      t.hour >= DIALOG_JUMAT.fromHour &&
      t.hour < DIALOG_JUMAT.toHour
    ) {
      events.push({
        channel: 'dialog_jumat',
        perHour: DIALOG_JUMAT.perHour,
        startedAt: since(DIALOG_JUMAT.fromHour),
      })
    }
    if (t.day === SAPA_BUPATI.day && t.hour >= SAPA_BUPATI.fromHour && t.hour < SAPA_BUPATI.toHour) {
      events.push({
        channel: 'sapa_bupati',
        perHour: SAPA_BUPATI.perHour,
        startedAt: since(SAPA_BUPATI.fromHour),
      })
    }
    if (working && t.hour >= SAMBANG_DESA.fromHour && t.hour < SAMBANG_DESA.toHour) {
      const desa = this.#visitOn(t.date)
      if (desa) {
        events.push({
          channel: 'sambang_desa',
          perHour: SAMBANG_DESA.perHour,
          startedAt: since(SAMBANG_DESA.fromHour),
          desa,
        })
      }
    }
    return events
  }

  #visitOn(date: string): GeoDesa | null {
    let desa = this.#visits.get(date)
    if (desa === undefined) {
      const rng = this.root.fork(`sambang-desa:${date}`)
      desa = rng.chance(SAMBANG_DESA.chance) ? this.places.ruralDesa(rng) : null
      this.#visits.set(date, desa)
      if (this.#visits.size > VISIT_MEMORY) this.#visits.delete(this.#visits.keys().next().value ?? date)
    }
    return desa
  }

  /** The complaints arriving in [from, to), which must lie within one hour, in time order. */
  arrivalsBetween(rng: Random, range: { from: number; to: number }, calendar: WorkingCalendar): Arrival[] {
    const { from, to } = range
    const share = (to - from) / HOUR_MS
    const events = this.eventsAt(from, calendar)
    const stream = complaintsPerHour(from, calendar)
    const total = (stream + events.reduce((sum, e) => sum + e.perHour, 0)) * share
    const count = rng.poisson(total)
    const instants = Array.from({ length: count }, () => from + Math.floor(rng.next() * (to - from)))
    instants.sort((a, b) => a - b)
    return instants.map((at) => this.#arrival(rng, at, { stream, events }))
  }

  /** One complaint arriving now (the live loop decides how often). */
  arrivalAt(rng: Random, at: number, calendar: WorkingCalendar): Arrival {
    return this.#arrival(rng, at, {
      stream: complaintsPerHour(at, calendar),
      events: this.eventsAt(at, calendar),
    })
  }

  #arrival(rng: Random, at: number, rates: { stream: number; events: readonly ChannelEvent[] }): Arrival {
    let x = rng.next() * (rates.stream + rates.events.reduce((sum, e) => sum + e.perHour, 0)) - rates.stream
    for (const event of rates.events) {
      if (x < 0) break
      x -= event.perHour
      if (x < 0) return this.#eventArrival(rng, at, event)
    }
    const stream = this.#streams[wib(at).hour]
    if (!stream) throw new RangeError(`no channel mix for ${at}`)
    return { at, channel: stream.draw(rng) }
  }

  #eventArrival(rng: Random, at: number, event: ChannelEvent): Arrival {
    const base = { at, channel: event.channel, spokenFrom: event.startedAt }
    if (!event.desa) return base
    // Neighbours come along to a village visit and speak about their own desa.
    const desa = rng.chance(SAMBANG_DESA.sameDesaShare)
      ? event.desa
      : this.places.desaIn(rng, event.desa.kecamatanCode)
    return { ...base, desa }
  }
}

/** How long before receipt the citizen wrote (minutes): mean, and at most. Slower channels lag more. */
const LAG_MINUTES: Record<Channel, { readonly mean: number; readonly max: number }> = {
  web: { mean: 0.5, max: 3 },
  sms1708: { mean: 1, max: 10 },
  whatsapp: { mean: 2, max: 20 },
  lapor: { mean: 15, max: 180 },
  social: { mean: 60, max: 360 },
  radio: { mean: 30, max: 120 },
  ppid: { mean: 240, max: 1440 },
  dialog_jumat: { mean: 20, max: 90 },
  sapa_bupati: { mean: 20, max: 90 },
  sambang_desa: { mean: 30, max: 120 },
}

/** When the citizen reported what arrives now: a few minutes to hours earlier, never before the event began. */
export function reportedAt(rng: Random, arrival: Arrival): number {
  const lag = LAG_MINUTES[arrival.channel]
  const minutes = Math.min(lag.max, rng.exponential(lag.mean))
  return Math.max(arrival.spokenFrom ?? -Infinity, arrival.at - Math.round(minutes * MINUTE_MS))
}
