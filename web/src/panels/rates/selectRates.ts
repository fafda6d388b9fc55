import { entries } from '../common/counters.js'

/**
 * An OPD needs this many follow-ups in the window before it can be called the worst: one late reply out of
 * two is bad luck, not a pattern worth a Bupati's minute.
 */
export const MIN_FOLLOW_UPS = 5

export interface Rate {
  /** What went well (closed; followed up on time) of `of` (all but archived; all follow-ups). */
  readonly n: number
  readonly of: number
  /** n / of, or null when there is nothing to divide. */
  readonly share: number | null
}

export interface OpdRates {
  readonly code: string
  readonly name: string
  readonly onTime: Rate
  readonly completion: Rate
}

export interface RatesView {
  readonly completion: Rate
  readonly onTime: Rate
  /** How many days the on-time rate is taken over (the dated counters held, at most 30). */
  readonly days: number
  /** Lowest on-time rate first. */
  readonly worst: readonly OpdRates[]
}

export interface RatesInput {
  readonly counters: ReadonlyMap<string, number>
  /** Local dates of the window for the on-time rate. */
  readonly window: readonly string[]
  /** OPD code → name. */
  readonly names: ReadonlyMap<string, string>
  /** `filter.opds`: every figure for these OPDs only, and all of them listed. */
  readonly opds: readonly string[] | undefined
  readonly limit: number
}

const rate = (n: number, of: number): Rate => ({ n, of, share: of > 0 ? n / of : null })

interface Tally {
  closed: number
  counted: number
  met: number
  late: number
}

/**
 * Completion (closed / everything but archived, from `p|`: a count since the log began) and on-time
 * follow-up (met / met + late within the 5-working-day limit, from `fd|` over the window), overall and for
 * the OPDs with the lowest on-time rate.
 */
export function selectRates(input: RatesInput): RatesView {
  const wanted = (opd: string) => !input.opds || input.opds.includes(opd)
  const byOpd = new Map<string, Tally>()
  const tallyOf = (opd: string): Tally => {
    let t = byOpd.get(opd)
    if (!t) byOpd.set(opd, (t = { closed: 0, counted: 0, met: 0, late: 0 }))
    return t
  }
  for (const { parts, n } of entries(input.counters, 'p')) {
    const [opd = '', state] = parts
    if (!wanted(opd) || state === 'ARCHIVED') continue
    const t = tallyOf(opd)
    t.counted += n
    if (state === 'CLOSED') t.closed += n
  }
  const inWindow = new Set(input.window)
  for (const { parts, n } of entries(input.counters, 'fd')) {
    const [date = '', opd = '', outcome] = parts
    if (!inWindow.has(date) || !wanted(opd)) continue
    if (outcome === 'met') tallyOf(opd).met += n
    else if (outcome === 'late') tallyOf(opd).late += n
  }

  const all = [...byOpd.values()]
  const add = (key: keyof Tally) => all.reduce((sum, t) => sum + t[key], 0)
  const late = add('late')
  const met = add('met')

  const codes = input.opds ?? [...byOpd.keys()].filter((code) => code !== '-')
  const rows = codes
    .map((code): OpdRates => {
      const t = byOpd.get(code) ?? { closed: 0, counted: 0, met: 0, late: 0 }
      return {
        code,
        name: input.names.get(code) ?? code,
        onTime: rate(t.met, t.met + t.late),
        completion: rate(t.closed, t.counted),
      }
    })
    // Without a filter, only OPDs with enough follow-ups compete for "worst"; a scene's own OPDs all show.
    .filter((r) => input.opds !== undefined || r.onTime.of >= MIN_FOLLOW_UPS)
    .sort(
      (a, b) =>
        (a.onTime.share ?? 2) - (b.onTime.share ?? 2) ||
        b.onTime.of - b.onTime.n - (a.onTime.of - a.onTime.n) ||
        a.name.localeCompare(b.name),
    )

  return {
    completion: rate(add('closed'), add('counted')),
    onTime: rate(met, met + late),
    days: input.window.length,
    worst: rows.slice(0, Math.max(0, input.limit)),
  }
}
