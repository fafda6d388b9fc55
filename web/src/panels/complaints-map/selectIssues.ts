import { VILLAGE_ISSUE_KINDS, type VillageIssue, type VillageIssueKind } from '@pendopo/shared'

/** One symbol on the map. Several issues in one desa stand side by side: `slot` of `slots`, centred. */
export interface IssueMarker {
  readonly id: string
  readonly kind: VillageIssueKind
  readonly severity: 1 | 2 | 3
  readonly title: string
  readonly desaCode: string
  readonly lon: number
  readonly lat: number
  readonly slot: number
  readonly slots: number
}

/**
 * The active village issues of the scene's kecamatan, placed at their desa's label point (guaranteed inside
 * the desa). Ordered from the least severe to the most, so that where symbols overlap the severe one is
 * drawn last, on top. An issue whose desa is unknown is left out rather than put in a wrong place.
 */
export function selectIssueMarkers(
  issues: ReadonlyMap<string, VillageIssue>,
  o: {
    kecamatan: readonly string[] | undefined
    labelOf: (desaCode: string) => readonly [number, number] | undefined
  },
): IssueMarker[] {
  const byDesa = new Map<string, VillageIssue[]>()
  for (const issue of issues.values()) {
    if (issue.resolvedAt !== null) continue
    if (o.kecamatan && !o.kecamatan.includes(issue.kecamatanCode)) continue
    const list = byDesa.get(issue.desaCode) ?? []
    list.push(issue)
    byDesa.set(issue.desaCode, list)
  }
  const out: IssueMarker[] = []
  for (const [desaCode, list] of byDesa) {
    const label = o.labelOf(desaCode)
    if (!label) continue
    list.sort((a, b) => b.severity - a.severity || a.id.localeCompare(b.id))
    list.forEach((issue, slot) =>
      out.push({
        id: issue.id,
        kind: issue.kind,
        severity: issue.severity,
        title: issue.title,
        desaCode,
        lon: label[0],
        lat: label[1],
        slot,
        slots: list.length,
      }),
    )
  }
  return out.sort((a, b) => a.severity - b.severity || a.id.localeCompare(b.id))
}

/** The kinds on the map, in the canonical order: the legend lists only these. */
export function kindsShown(markers: readonly IssueMarker[]): VillageIssueKind[] {
  const present = new Set(markers.map((m) => m.kind))
  return VILLAGE_ISSUE_KINDS.filter((k) => present.has(k))
}
