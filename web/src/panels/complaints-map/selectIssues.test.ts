import type { VillageIssue } from '@pendopo/shared'
import { describe, expect, it } from 'vitest'

import { kindsShown, selectIssueMarkers } from './selectIssues.js'

/** An active flood in Luwihaji (Ngraho), unless told otherwise; plain strings stand for the branded codes. */
function issue(overrides: { id: string } & Record<string, unknown>): VillageIssue {
  return {
    source: { system: 'bpbd', externalId: overrides.id },
    kind: 'flood',
    desaCode: '35.22.01.2001',
    kecamatanCode: '35.22.01',
    severity: 1,
    title: `Issue ${overrides.id}`,
    description: null,
    affected: null,
    startedAt: '2026-11-20T01:00:00.000Z',
    updatedAt: '2026-11-20T01:00:00.000Z',
    resolvedAt: null,
    ...overrides,
  } as unknown as VillageIssue
}
const labels: Record<string, [number, number]> = {
  '35.22.01.2001': [111.5, -7.2],
  '35.22.02.2001': [111.6, -7.3],
}
const labelOf = (code: string) => labels[code]
const issues = (...list: VillageIssue[]) => new Map(list.map((i) => [i.id as string, i]))

describe('selectIssueMarkers()', () => {
  it("places an issue at its desa's label point", () => {
    expect(selectIssueMarkers(issues(issue({ id: 'a' })), { kecamatan: undefined, labelOf })).toEqual([
      {
        id: 'a',
        kind: 'flood',
        severity: 1,
        title: 'Issue a',
        desaCode: '35.22.01.2001',
        lon: 111.5,
        lat: -7.2,
        slot: 0,
        slots: 1,
      },
    ])
  })

  it("keeps to the scene's kecamatan and leaves out resolved issues and unknown desa", () => {
    const markers = selectIssueMarkers(
      issues(
        issue({ id: 'here' }),
        issue({ id: 'there', desaCode: '35.22.02.2001', kecamatanCode: '35.22.02' }),
        issue({ id: 'over', resolvedAt: '2026-11-21T01:00:00.000Z' }),
        issue({ id: 'lost', desaCode: '35.22.01.2999' }),
      ),
      { kecamatan: ['35.22.01'], labelOf },
    )
    expect(markers.map((m) => m.id)).toEqual(['here'])
  })

  it('sets issues of one desa side by side, the most severe first, and draws the severe last', () => {
    const markers = selectIssueMarkers(
      issues(
        issue({ id: 'a', severity: 1 }),
        issue({ id: 'b', severity: 3, kind: 'fire' }),
        issue({ id: 'c', severity: 2 }),
      ),
      { kecamatan: undefined, labelOf },
    )
    expect(markers.map((m) => [m.id, m.slot, m.slots])).toEqual([
      ['a', 2, 3],
      ['c', 1, 3],
      ['b', 0, 3],
    ])
  })
})

describe('kindsShown()', () => {
  it('lists the kinds on the map once each, in the canonical order', () => {
    const markers = selectIssueMarkers(
      issues(
        issue({ id: 'a', kind: 'road' }),
        issue({ id: 'b', kind: 'flood' }),
        issue({ id: 'c', kind: 'road' }),
      ),
      { kecamatan: undefined, labelOf },
    )
    expect(kindsShown(markers)).toEqual(['flood', 'road'])
  })
})
