import { isOpen, type State } from '@pendopo/shared'

import { entries } from '../../../panels/common/counters.js'
import { type Rate, selectRates } from '../../../panels/rates/selectRates.js'
import { KOMINFO_QUEUE } from '../../../panels/sla-heatmap/selectHeatmap.js'
import { type Tally, TALLY_COLOURS } from '../areas/selectAreas.js'

export interface OpdRow {
  /** OPD code, or `-` for Kominfo's verification queue (complaints not yet dispositioned). */
  readonly code: string
  readonly name: string
  readonly tally: Tally
  readonly open: number
  readonly overdue: number
  /** Closed in the range (`cd|`). */
  readonly closed: number
  /** Follow-ups in the range on time (`fd|`), as the wall's rates panel counts them. */
  readonly onTime: Rate
}

export interface OpdRowsInput {
  readonly counters: ReadonlyMap<string, number>
  /** OPD code → the name shown. */
  readonly names: ReadonlyMap<string, string>
  /** The verification queue's name, translated. */
  readonly queueName: string
  readonly dates: readonly string[]
}

const EMPTY: Tally = { red: 0, yellow: 0, green: 0, blue: 0 }
const isTallied = (c: string | undefined): c is keyof Tally => TALLY_COLOURS.includes(c as keyof Tally)

/**
 * One row per OPD with something open now (`p|`, open states, by colour) or something done in the range:
 * Kominfo's queue first (every complaint starts there), then the most overdue. The on-time rate is the
 * wall's (`selectRates`), over the range's dates.
 */
export function selectOpdRows(input: OpdRowsInput): OpdRow[] {
  const { counters, names, dates } = input
  const tallies = new Map<string, Tally>()
  for (const { parts, n } of entries(counters, 'p')) {
    const [opd = '', state, colour] = parts
    if (!isOpen(state as State) || !isTallied(colour)) continue
    const t = tallies.get(opd) ?? EMPTY
    tallies.set(opd, { ...t, [colour]: t[colour] + n })
  }
  const days = new Set(dates)
  const closed = new Map<string, number>()
  for (const { parts, n } of entries(counters, 'cd')) {
    const [day = '', opd = ''] = parts
    if (days.has(day)) closed.set(opd, (closed.get(opd) ?? 0) + n)
  }
  const followedUp = new Set(
    entries(counters, 'fd')
      .filter(({ parts }) => days.has(parts[0] ?? ''))
      .map(({ parts }) => parts[1] ?? ''),
  )
  const codes = [...new Set([...tallies.keys(), ...closed.keys(), ...followedUp])]
  const rates = new Map(
    selectRates({ counters, window: dates, names, opds: codes, limit: codes.length }).worst.map((r) => [
      r.code,
      r.onTime,
    ]),
  )
  return codes
    .map((code): OpdRow => {
      const tally = tallies.get(code) ?? EMPTY
      return {
        code,
        name: code === KOMINFO_QUEUE ? input.queueName : (names.get(code) ?? code),
        tally,
        open: tally.red + tally.yellow + tally.green + tally.blue,
        overdue: tally.red,
        closed: closed.get(code) ?? 0,
        onTime: rates.get(code) ?? { n: 0, of: 0, share: null },
      }
    })
    .sort(
      (a, b) =>
        Number(b.code === KOMINFO_QUEUE) - Number(a.code === KOMINFO_QUEUE) ||
        b.overdue - a.overdue ||
        b.open - a.open ||
        a.name.localeCompare(b.name, 'id'),
    )
}
