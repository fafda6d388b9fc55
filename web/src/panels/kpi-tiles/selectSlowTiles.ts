import type { Kpi } from '@pendopo/shared'

import { dateFormat } from '../../i18n/format.js'

export interface SlowTile {
  readonly code: string
  readonly label: string
  /** As configured: `78,38`, `12,0 %`. */
  readonly display: string
  readonly grade: string | null
  /** When the figure was published or measured, written out: `2024`, `Feb 2026`, `13 Feb 2026`. */
  readonly asOf: string
  /** Who published it; the wall shows `sourceShort`, the part before any parenthesis. */
  readonly source: string
  readonly sourceShort: string
}

/**
 * A KPI's as-of date (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`) as a reader says it, no more precise than given.
 *
 * @example
 * formatAsOf('2026-02', 'id') // 'Feb 2026'
 */
export function formatAsOf(asOf: string, language: string): string {
  const [year, month, day] = asOf.split('-')
  if (!month) return year ?? asOf
  const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day ?? 1)))
  return dateFormat(language, {
    timeZone: 'UTC',
    year: 'numeric',
    month: 'short',
    ...(day ? { day: 'numeric' } : {}),
  }).format(date)
}

/** The slow KPIs from configuration, in its order, named in the wall's language. */
export function selectSlowTiles(kpis: readonly Kpi[], language: string): readonly SlowTile[] {
  return kpis.map((k) => ({
    code: k.code,
    label: language === 'en' ? k.labelEn : k.label,
    display: k.display,
    grade: k.grade ?? null,
    asOf: formatAsOf(k.asOf, language),
    source: k.source,
    sourceShort: k.source.replace(/\s*\(.*$/, '') || k.source,
  }))
}
