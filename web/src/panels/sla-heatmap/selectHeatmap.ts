import { type Colour, NO_OPD, type State } from '@pendopo/shared'

import { entries } from '../common/counters.js'

/** A cell's colour: the worst of what it holds; `null` when it holds nothing. Archived (grey) is not counted. */
export type HeatColour = Exclude<Colour, 'grey'>

/** Worst first: one overdue complaint turns the whole cell red, as at the Friday review. */
const SEVERITY: readonly HeatColour[] = ['red', 'yellow', 'green', 'blue']

/**
 * The stages view's columns, in lifecycle order. Everything still with Kominfo (received, verified, on hold,
 * or back as "bukan wewenang" awaiting re-disposition) is one stage: only Kominfo's own row holds it, and
 * seven columns would not fit a 1rem header. ARCHIVED is left out (outside the review).
 */
export const STAGES = [
  { id: 'verification', states: ['RECEIVED', 'VERIFIED', 'ON_HOLD', 'NOT_AUTHORITY'] },
  { id: 'dispositioned', states: ['DISPOSITIONED'] },
  { id: 'replied', states: ['REPORTER_REPLIED'] },
  { id: 'followedUp', states: ['FOLLOWED_UP'] },
  { id: 'closed', states: ['CLOSED'] },
] as const satisfies readonly { id: string; states: readonly State[] }[]
export type StageId = (typeof STAGES)[number]['id']

const STAGE_OF = new Map<string, StageId>(
  STAGES.flatMap((s) => s.states.map((state) => [state, s.id] as const)),
)
const OPEN_STAGES: ReadonlySet<string> = new Set(STAGES.filter((s) => s.id !== 'closed').map((s) => s.id))

/** The `p|` counters' OPD for "not yet dispositioned": Kominfo's queue. */
export const KOMINFO_QUEUE = NO_OPD

export interface HeatCell {
  readonly n: number
  readonly colour: HeatColour | null
}

export interface HeatRow {
  /** OPD code, or `-` for Kominfo's queue. */
  readonly code: string
  readonly name: string
  readonly cells: readonly HeatCell[]
  /** Red complaints in the row: the ranking, and the number at the row's end. */
  readonly overdue: number
  /** What the overdue share is taken of: all counted complaints (days), the open ones (stages). */
  readonly base: number
}

export interface HeatmapView {
  /** Dates (`YYYY-MM-DD`) in the days view, stage ids in the stages view. */
  readonly columns: readonly string[]
  readonly rows: readonly HeatRow[]
  /** Rows that had something to show but did not fit. */
  readonly hidden: number
  /** Overdue in every row, shown or not. */
  readonly overdue: number
}

export interface HeatmapInput {
  readonly counters: ReadonlyMap<string, number>
  /** OPD code → short name (`state.reference.opds`). */
  readonly names: ReadonlyMap<string, string>
  /** The name of Kominfo's verification queue, already translated. */
  readonly queueName: string
  /** `filter.opds`: these rows and no others (even empty ones); undefined = every OPD with something to show. */
  readonly opds: readonly string[] | undefined
  readonly limit: number
}

/** Tallies of one cell by colour, before it is reduced to a count and its worst colour. */
type Tally = Partial<Record<HeatColour, number>>

function cellOf(tally: Tally | undefined): HeatCell {
  if (!tally) return { n: 0, colour: null }
  const n = SEVERITY.reduce((sum, c) => sum + (tally[c] ?? 0), 0)
  return { n, colour: SEVERITY.find((c) => (tally[c] ?? 0) > 0) ?? null }
}

const isHeatColour = (c: string | undefined): c is HeatColour => SEVERITY.includes(c as HeatColour)

/** rows × columns of tallies, filled from counters whose key gives (row, column, colour). */
class Grid {
  readonly tallies = new Map<string, Map<string, Tally>>()
  add(row: string, column: string, counted: { colour: HeatColour; n: number }): void {
    let cells = this.tallies.get(row)
    if (!cells) this.tallies.set(row, (cells = new Map<string, Tally>()))
    const tally = cells.get(column) ?? {}
    tally[counted.colour] = (tally[counted.colour] ?? 0) + counted.n
    cells.set(column, tally)
  }
}

/**
 * Worst first: most overdue, then the larger overdue share, then the busier, then by name — a stable order,
 * so rows do not swap places between two identical batches.
 */
function byWorst(a: HeatRow, b: HeatRow): number {
  const share = (r: HeatRow) => (r.base > 0 ? r.overdue / r.base : 0)
  return b.overdue - a.overdue || share(b) - share(a) || b.base - a.base || a.name.localeCompare(b.name)
}

function finish(
  input: HeatmapInput,
  table: { columns: readonly string[]; grid: Grid; baseOf: (cells: readonly HeatCell[]) => number },
): HeatmapView {
  const { columns, grid, baseOf } = table
  // Kominfo's queue is where every complaint starts, not an OPD to rank: it leads when it is shown.
  const order = (a: HeatRow, b: HeatRow) =>
    Number(b.code === KOMINFO_QUEUE) - Number(a.code === KOMINFO_QUEUE) || byWorst(a, b)
  const codes = input.opds ?? [...grid.tallies.keys()]
  const rows = codes
    .map((code): HeatRow => {
      const tallies = grid.tallies.get(code)
      const cells = columns.map((column) => cellOf(tallies?.get(column)))
      const overdue = [...(tallies?.values() ?? [])].reduce((sum, t) => sum + (t.red ?? 0), 0)
      const name = code === KOMINFO_QUEUE ? input.queueName : (input.names.get(code) ?? code)
      return { code, name, cells, overdue, base: baseOf(cells) }
    })
    .filter((row) => input.opds !== undefined || row.cells.some((c) => c.n > 0))
    .sort(order)
  const shown = rows.slice(0, Math.max(0, input.limit))
  const overdue = rows.reduce((sum, r) => sum + r.overdue, 0)
  return { columns, rows: shown, hidden: rows.length - shown.length, overdue }
}

/**
 * The Friday review's grid: OPDs × the given working days; a cell holds the complaints dispositioned to that
 * OPD that day (`q|<date>|<opd>|<colour>`), coloured by the worst of their colours now.
 */
export function selectHeatmapDays(input: HeatmapInput & { readonly days: readonly string[] }): HeatmapView {
  const wanted = new Set(input.days)
  const grid = new Grid()
  for (const { parts, n } of entries(input.counters, 'q')) {
    const [date, opd, colour] = parts
    if (date && opd && wanted.has(date) && isHeatColour(colour)) grid.add(opd, date, { colour, n })
  }
  return finish(input, {
    columns: input.days,
    grid,
    baseOf: (cells) => cells.reduce((sum, c) => sum + c.n, 0),
  })
}

/**
 * OPDs × lifecycle stages from the position counters (`p|<opd>|<state>|<colour>`), Kominfo's queue as its
 * own first row. Only stages that hold something in some row are columns. The overdue share is of the open
 * complaints: the closed ones pile up over the years and would drown it.
 */
export function selectHeatmapStages(input: HeatmapInput): HeatmapView {
  const grid = new Grid()
  for (const { parts, n } of entries(input.counters, 'p')) {
    const [opd, state, colour] = parts
    const stage = state ? STAGE_OF.get(state) : undefined
    if (opd && stage && isHeatColour(colour)) grid.add(opd, stage, { colour, n })
  }
  const used = new Set<string>()
  const rowCodes = input.opds ?? [...grid.tallies.keys()]
  for (const code of rowCodes) for (const stage of grid.tallies.get(code)?.keys() ?? []) used.add(stage)
  const columns = STAGES.map((s) => s.id).filter((id) => used.has(id))
  const openOnly = (cells: readonly HeatCell[]) =>
    cells.reduce((sum, c, i) => sum + (OPEN_STAGES.has(columns[i] ?? '') ? c.n : 0), 0)
  return finish(input, { columns, grid, baseOf: openOnly })
}
