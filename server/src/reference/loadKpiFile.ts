import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

import { issuesOf, type Kpi, KpiFileSchema } from '@pendopo/shared'

/** The shipped Bojonegoro figures; a regency points `PENDOPO_KPIS_FILE` at its own. */
export const DEFAULT_KPI_FILE = fileURLToPath(
  import.meta.resolve('@pendopo/shared/data/kpis/bojonegoro.json'),
)

/** The slow KPIs (SAKIP, IPP, SPBE, stunting…) from a JSON file; an invalid file stops the start. */
export function loadKpiFile(path: string = DEFAULT_KPI_FILE): Kpi[] {
  const parsed = KpiFileSchema.safeParse(JSON.parse(readFileSync(path, 'utf8')))
  if (!parsed.success) {
    const problems = issuesOf(parsed.error).map((i) => `${i.path}: ${i.message}`)
    throw new Error(`${path} is not a valid KPI file: ${problems.join('; ')}`)
  }
  return parsed.data.kpis
}
