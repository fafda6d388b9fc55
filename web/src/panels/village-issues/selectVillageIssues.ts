import type { DashboardState, ReferenceData, VillageIssue } from '@pendopo/shared'

import type { SceneFilter } from '../common/scene.js'

export interface IssueRow {
  readonly id: string
  readonly kind: VillageIssue['kind']
  readonly severity: VillageIssue['severity']
  readonly title: string
  readonly place: string
  readonly startedAt: string
  readonly households: number | null
}

/** Active village issues of the scene's kecamatan, the most severe and most recent first. */
export function selectVillageIssues(
  dashboard: DashboardState,
  options: { reference: ReferenceData; filter: SceneFilter },
): IssueRow[] {
  const desa = new Map(options.reference.desa.map((d) => [d.code as string, d.name]))
  const kecamatan = new Map(options.reference.kecamatan.map((k) => [k.code as string, k.name]))
  return [...dashboard.villageIssues.values()]
    .filter((i) => !options.filter.kecamatan || options.filter.kecamatan.includes(i.kecamatanCode))
    .sort((a, b) => b.severity - a.severity || b.startedAt.localeCompare(a.startedAt))
    .map((i) => ({
      id: i.id,
      kind: i.kind,
      severity: i.severity,
      title: i.title,
      place: [desa.get(i.desaCode), kecamatan.get(i.kecamatanCode)].filter(Boolean).join(', '),
      startedAt: i.startedAt,
      households: i.affected?.households ?? null,
    }))
}
