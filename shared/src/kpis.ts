import { z } from 'zod'

/**
 * The slow KPIs an executive watches (domain.md §5): published once a year or so by KemenPANRB, the
 * Ombudsman or a health survey, so they come from configuration with their as-of dates, never from the log.
 */
export const KpiSchema = z.strictObject({
  code: z.string().regex(/^[a-z0-9-]+$/, 'must be a lower-case code like sakip'),
  label: z.string().min(1).max(60),
  labelEn: z.string().min(1).max(60),
  value: z.number(),
  /** How it is written: `78.38`, `12,0 %`; a grade or predicate goes in `grade`. */
  display: z.string().min(1).max(20),
  grade: z.string().max(30).optional(),
  /** `2025`, `2026-02` or `2026-02-13`: when the figure was published or measured. */
  asOf: z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'must be YYYY, YYYY-MM or YYYY-MM-DD'),
  source: z.string().min(1).max(200),
  /** Whether a larger value is better (stunting prevalence: lower). */
  better: z.enum(['higher', 'lower']),
})
export type Kpi = z.infer<typeof KpiSchema>

export const KpiFileSchema = z.strictObject({ kpis: z.array(KpiSchema).max(12) })
