import type { Kpi } from '@pendopo/shared'
import { describe, expect, it } from 'vitest'

import { formatAsOf, selectSlowTiles } from './selectSlowTiles.js'

const sakip: Kpi = {
  code: 'sakip',
  label: 'SAKIP',
  labelEn: 'SAKIP',
  value: 78.38,
  display: '78,38',
  grade: 'BB',
  asOf: '2026-02',
  source: 'KemenPANRB evaluation 2025 (bojonegorotimes.id, 13 Feb 2026)',
  better: 'higher',
}

describe('formatAsOf', () => {
  it('says a year, a month or a day, no more precisely than configured', () => {
    expect(formatAsOf('2024', 'id')).toBe('2024')
    expect(formatAsOf('2026-02', 'id')).toBe('Feb 2026')
    expect(formatAsOf('2026-08', 'id')).toBe('Agu 2026')
    expect(formatAsOf('2026-08', 'en')).toBe('Aug 2026')
    expect(formatAsOf('2026-02-13', 'id')).toBe('13 Feb 2026')
  })
})

describe('selectSlowTiles', () => {
  it('names each KPI in the wall’s language, keeps its configured display and grade, and shortens its source', () => {
    const stunting: Kpi = {
      ...sakip,
      code: 'stunting-ski',
      label: 'Stunting (survei SKI)',
      labelEn: 'Stunting (SKI survey)',
      display: '12,0 %',
      asOf: '2024',
      source: 'Survei Kesehatan Indonesia 2024',
      better: 'lower',
    }
    const { grade: _grade, ...noGrade } = stunting
    expect(selectSlowTiles([sakip, noGrade], 'en')).toEqual([
      {
        code: 'sakip',
        label: 'SAKIP',
        display: '78,38',
        grade: 'BB',
        asOf: 'Feb 2026',
        source: 'KemenPANRB evaluation 2025 (bojonegorotimes.id, 13 Feb 2026)',
        sourceShort: 'KemenPANRB evaluation 2025', // the parenthesis is for the reader up close
      },
      {
        code: 'stunting-ski',
        label: 'Stunting (SKI survey)',
        display: '12,0 %',
        grade: null,
        asOf: '2024',
        source: 'Survei Kesehatan Indonesia 2024',
        sourceShort: 'Survei Kesehatan Indonesia 2024',
      },
    ])
  })
})
