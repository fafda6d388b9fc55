import { readFileSync } from 'node:fs'

import { describe, expect, it } from 'vitest'

import { OpdCodeSchema } from '../ids.js'

import type { GeoIndex } from './geo.js'
import { createGeoIndex, WilayahSchema } from './geo.js'
import { buildOpdList, kecamatanOffices, OPD_AGENCIES, OPD_KINDS, OpdSchema } from './opds.js'

const createGeo = (): GeoIndex =>
  createGeoIndex(
    WilayahSchema.parse(
      JSON.parse(readFileSync(new URL('../../data/geo/bojonegoro-wilayah.json', import.meta.url), 'utf8')),
    ),
  )

describe('OPD_AGENCIES', () => {
  it('holds the 36 agencies of domain.md §4.3, in the order of its table', () => {
    expect(OPD_AGENCIES.map((o) => o.code)).toEqual([
      'SETDA', 'SETWAN', 'INSP', 'BAPPEDA', 'BPKAD', 'BAPENDA', 'BKPP', 'BAKESBANGPOL', 'BPBD',
      'DISDIK', 'DINKES', 'DINSOS', 'DISDUKCAPIL', 'DPUBMPR', 'DPUSDA', 'DPKPCK', 'DLH', 'DISHUB', 'DAMKAR',
      'SATPOLPP', 'DKOMINFO', 'DPMD', 'DP3AKB', 'DPMPTSP', 'DKPP', 'DISNAKKAN', 'DISDAG', 'DISPERINAKER',
      'DINKOPUM', 'DISBUDPAR', 'DISPORA', 'DISPUSIP', 'RSUD-SOS', 'RSUD-PDG', 'RSUD-SBR', 'PDAM',
    ]) // prettier-ignore
  })

  it('leaves out the hospital that is not open yet and the kelurahan', () => {
    const codes = OPD_AGENCIES.map((o) => o.code as string)
    expect(codes).not.toContain('RSUD-KPB')
    expect(codes.filter((c) => c.startsWith('KEL-') || c.startsWith('KEC-'))).toEqual([])
  })

  it('gives every agency an official name, a short name and a kind', () => {
    for (const opd of OPD_AGENCIES) {
      expect(OpdSchema.parse(opd)).toEqual(opd)
      expect(opd.name.length).toBeGreaterThanOrEqual(opd.shortName.length)
    }
    expect(OPD_AGENCIES.find((o) => o.code === 'DPUBMPR')).toEqual({
      code: 'DPUBMPR',
      name: 'Dinas Pekerjaan Umum Bina Marga dan Penataan Ruang',
      shortName: 'Dinas PU Bina Marga',
      kind: 'dinas',
    })
    expect(OPD_AGENCIES.find((o) => o.code === 'PDAM')?.kind).toBe('bumd')
  })
})

describe('kecamatanOffices', () => {
  it('derives KEC-01 … KEC-28 from the code list, named after the kecamatan', () => {
    const offices = kecamatanOffices(createGeo())
    expect(offices).toHaveLength(28)
    expect(offices[0]).toEqual({
      code: 'KEC-01',
      name: 'Kecamatan Ngraho',
      shortName: 'Kec. Ngraho',
      kind: 'kecamatan',
    })
    expect(offices.find((o) => o.code === 'KEC-15')?.name).toBe('Kecamatan Bojonegoro')
    expect(offices[27]).toMatchObject({ code: 'KEC-28', name: 'Kecamatan Gayam' })
  })
})

describe('buildOpdList', () => {
  it('has 36 agencies + 28 kecamatan offices, each code unique and valid', () => {
    const opds = buildOpdList(createGeo())
    expect(opds).toHaveLength(64)
    const codes = opds.map((o) => o.code)
    expect(new Set(codes).size).toBe(codes.length)
    for (const code of codes) expect(OpdCodeSchema.safeParse(code).success).toBe(true)
    for (const opd of opds) expect(OPD_KINDS).toContain(opd.kind)
    expect(Object.isFrozen(opds)).toBe(true)
  })
})
