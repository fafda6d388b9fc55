import type { Colour, ReferenceData } from '@pendopo/shared'

import { entries } from '../../../panels/common/counters.js'

/** Open complaints by colour; grey (archived) is never open. */
export type Tally = Readonly<Record<Exclude<Colour, 'grey'>, number>>
export const TALLY_COLOURS = ['red', 'yellow', 'green', 'blue'] as const satisfies ReadonlyArray<keyof Tally>

export interface AreaRow {
  readonly code: string
  readonly name: string
  /** Open complaints now, by colour. */
  readonly tally: Tally
  readonly open: number
  readonly overdue: number
  /** Received in the range; null where no counter says (a desa). */
  readonly received: number | null
}

const EMPTY: Tally = { red: 0, yellow: 0, green: 0, blue: 0 }

function tallyOf(counters: ReadonlyMap<string, number>, family: 'k' | 'd'): Map<string, Tally> {
  const out = new Map<string, Tally>()
  for (const { parts, n } of entries(counters, family)) {
    const [code = '', colour] = parts
    if (colour !== 'red' && colour !== 'yellow' && colour !== 'green' && colour !== 'blue') continue
    const t = out.get(code) ?? EMPTY
    out.set(code, { ...t, [colour]: t[colour] + n })
  }
  return out
}

const total = (t: Tally) => t.red + t.yellow + t.green + t.blue

/** The most overdue first, then the busiest, then by name: the order a Bupati asks about them. */
export const byConcern = (a: AreaRow, b: AreaRow): number =>
  b.overdue - a.overdue || b.open - a.open || a.name.localeCompare(b.name, 'id')

function row(area: { code: string; name: string }, tally: Tally, received: number | null): AreaRow {
  return { code: area.code, name: area.name, tally, open: total(tally), overdue: tally.red, received }
}

/**
 * Every kecamatan, with its open complaints now by colour (`k|`) and what it received in the range
 * (`kh|`, hourly, summed over the range's dates).
 */
export function selectKecamatanRows(input: {
  counters: ReadonlyMap<string, number>
  reference: Pick<ReferenceData, 'kecamatan'>
  dates: readonly string[]
}): AreaRow[] {
  const tallies = tallyOf(input.counters, 'k')
  const days = new Set(input.dates)
  const received = new Map<string, number>()
  for (const { parts, n } of entries(input.counters, 'kh')) {
    const [hour = '', code = ''] = parts
    if (days.has(hour.slice(0, 10))) received.set(code, (received.get(code) ?? 0) + n)
  }
  return input.reference.kecamatan
    .map((k) => row(k, tallies.get(k.code) ?? EMPTY, received.get(k.code) ?? 0))
    .sort(byConcern)
}

/**
 * The desa of one kecamatan, with their open complaints now by colour (`d|`, the map's choropleth). Desa
 * with nothing open are listed too (last): "nothing here" is an answer.
 */
export function selectDesaRows(input: {
  counters: ReadonlyMap<string, number>
  reference: Pick<ReferenceData, 'desa'>
  kecamatan: string
}): AreaRow[] {
  const tallies = tallyOf(input.counters, 'd')
  return input.reference.desa
    .filter((d) => d.kecamatanCode === input.kecamatan)
    .map((d) => row(d, tallies.get(d.code) ?? EMPTY, null))
    .sort(byConcern)
}
