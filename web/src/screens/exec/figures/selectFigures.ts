import { isOpen, type State } from '@pendopo/shared'

import { entries } from '../../../panels/common/counters.js'

export const FIGURES = ['open', 'overdue', 'received', 'closed', 'onTime', 'breached'] as const
export type FigureId = (typeof FIGURES)[number]

/** What a figure is counted over. A counter carries an area or an OPD, never both: each figure says which. */
export type Coverage =
  | { readonly kind: 'regency' }
  | { readonly kind: 'kecamatan'; readonly code: string }
  | { readonly kind: 'desa'; readonly code: string }
  | { readonly kind: 'opd'; readonly code: string }

export interface Figure {
  readonly id: FigureId
  /** Null when there is nothing to divide (an on-time rate without follow-ups). */
  readonly value: number | null
  /** For a rate: how many it is taken of (`value` is then a share, 0–1). */
  readonly of?: number
  /** Now (positions) or over the range (dated counters). */
  readonly when: 'now' | 'range'
  readonly covers: Coverage
}

export interface FigureScope {
  readonly kecamatan: string | null
  readonly desa: string | null
  readonly opd: string | null
}

export interface FiguresInput {
  readonly counters: ReadonlyMap<string, number>
  /** The range's local dates that the counters hold. */
  readonly dates: readonly string[]
  readonly scope: FigureScope
}

const sum = (list: ReadonlyArray<{ n: number }>): number => list.reduce((total, e) => total + e.n, 0)
const REGENCY: Coverage = { kind: 'regency' }

/**
 * Open and overdue now, at the narrowest the counters allow: a desa (`d|`), a kecamatan (`k|`), an OPD
 * (`p|`, open states), or the regency (`p|`). An area wins over an OPD, as on the wall.
 */
function openNow(input: FiguresInput): { open: number; overdue: number; covers: Coverage } {
  const { counters, scope } = input
  const area = scope.desa
    ? { family: 'd', code: scope.desa, covers: { kind: 'desa', code: scope.desa } as const }
    : scope.kecamatan
      ? { family: 'k', code: scope.kecamatan, covers: { kind: 'kecamatan', code: scope.kecamatan } as const }
      : null
  if (area) {
    const here = entries(counters, area.family).filter(({ parts }) => parts[0] === area.code)
    return {
      open: sum(here),
      overdue: sum(here.filter(({ parts }) => parts[1] === 'red')),
      covers: area.covers,
    }
  }
  const open = entries(counters, 'p').filter(
    ({ parts }) => isOpen(parts[1] as State) && (!scope.opd || parts[0] === scope.opd),
  )
  return {
    open: sum(open),
    overdue: sum(open.filter(({ parts }) => parts[2] === 'red')),
    covers: scope.opd ? { kind: 'opd', code: scope.opd } : REGENCY,
  }
}

/**
 * The key figures of the tablet's header for a range and a selection:
 * - open, overdue (now): desa, kecamatan or OPD;
 * - received (range): kecamatan (`kh|`; a desa shows its kecamatan's) — a complaint has no OPD yet;
 * - closed, on-time follow-up, deadlines breached (range): OPD (`cd|`, `fd|`, `bd|` by due date).
 * Each says what it covers, so a figure that cannot follow the selection does not pretend to.
 */
export function selectFigures(input: FiguresInput): Figure[] {
  const { counters, scope } = input
  const days = new Set(input.dates)
  const { open, overdue, covers } = openNow(input)
  const opdCovers: Coverage = scope.opd ? { kind: 'opd', code: scope.opd } : REGENCY
  const forOpd = (opd: string | undefined) => !scope.opd || opd === scope.opd

  const kecamatan = scope.kecamatan
  const received = kecamatan
    ? sum(
        entries(counters, 'kh').filter(
          ({ parts }) => days.has(parts[0]?.slice(0, 10) ?? '') && parts[1] === kecamatan,
        ),
      )
    : sum(entries(counters, 'rh').filter(({ parts }) => days.has(parts[0]?.slice(0, 10) ?? '')))
  const inRange = (family: string) =>
    entries(counters, family).filter(({ parts }) => days.has(parts[0] ?? '') && forOpd(parts[1]))
  const followUps = inRange('fd')
  const met = sum(followUps.filter(({ parts }) => parts[2] === 'met'))
  const all = sum(followUps)

  return [
    { id: 'open', value: open, when: 'now', covers },
    { id: 'overdue', value: overdue, when: 'now', covers },
    {
      id: 'received',
      value: received,
      when: 'range',
      covers: kecamatan ? { kind: 'kecamatan', code: kecamatan } : REGENCY,
    },
    { id: 'closed', value: sum(inRange('cd')), when: 'range', covers: opdCovers },
    { id: 'onTime', value: all > 0 ? met / all : null, of: all, when: 'range', covers: opdCovers },
    { id: 'breached', value: sum(inRange('bd')), when: 'range', covers: opdCovers },
  ]
}
