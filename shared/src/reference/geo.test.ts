import { readFileSync } from 'node:fs'

import { describe, expect, it } from 'vitest'
import { z } from 'zod'

import type { Wilayah } from './geo.js'
import { createGeoIndex, WilayahSchema } from './geo.js'

// Tests may do I/O; shared/src itself may not. The file is the one the product ships.
const readWilayahJson = (): unknown =>
  JSON.parse(readFileSync(new URL('../../data/geo/bojonegoro-wilayah.json', import.meta.url), 'utf8'))

const createWilayah = (): Wilayah => WilayahSchema.parse(readWilayahJson())

/** A deep copy of the real file with one change, for the refusal cases. */
const createBrokenWilayahJson = (edit: (json: RawWilayah) => void): unknown => {
  const json = structuredClone(readWilayahJson()) as RawWilayah
  edit(json)
  return json
}
type RawWilayah = {
  kabupaten: Record<string, unknown>
  kecamatan: (Record<string, unknown> & { desa: Record<string, unknown>[] })[]
}

const issuesOf = (input: unknown): { path: string; message: string }[] => {
  const result = WilayahSchema.safeParse(input)
  expect(result.success).toBe(false)
  return (result.error?.issues ?? []).map((issue) => ({ path: issue.path.join('.'), message: issue.message }))
}

describe('WilayahSchema', () => {
  it('accepts the shipped bojonegoro-wilayah.json', () => {
    expect(WilayahSchema.safeParse(readWilayahJson()).success).toBe(true)
  })

  it('refuses a malformed desa code and names where it is', () => {
    const input = createBrokenWilayahJson((json) => {
      json.kecamatan[3]!.desa[7]!.code = '35.22.04.3008'
    })
    expect(issuesOf(input)).toContainEqual({
      path: 'kecamatan.3.desa.7.code',
      message: 'must be a desa code like 35.22.01.2001',
    })
  })

  it('refuses a label written as [lat, lon]', () => {
    const input = createBrokenWilayahJson((json) => {
      json.kecamatan[0]!.desa[0]!.label = [-7.26752, 111.48546]
    })
    expect(issuesOf(input).map((i) => i.path)).toEqual(['kecamatan.0.desa.0.label.1'])
  })

  it('refuses a desa filed under the wrong kecamatan', () => {
    const input = createBrokenWilayahJson((json) => {
      json.kecamatan[0]!.desa[0]!.code = '35.22.02.2099'
    })
    expect(issuesOf(input)).toContainEqual({
      path: 'kecamatan.0.desa.0.code',
      message: 'desa 35.22.02.2099 is not in kecamatan 35.22.01',
    })
  })

  it('refuses a type that contradicts the code', () => {
    const input = createBrokenWilayahJson((json) => {
      json.kecamatan[14]!.desa[0]!.type = 'desa'
    })
    expect(issuesOf(input)).toContainEqual({
      path: 'kecamatan.14.desa.0.type',
      message: '35.22.15.1001 is a kelurahan by its code, not a desa',
    })
  })

  it('refuses a duplicate code', () => {
    const input = createBrokenWilayahJson((json) => {
      json.kecamatan[0]!.desa[1]!.code = json.kecamatan[0]!.desa[0]!.code
    })
    expect(issuesOf(input)).toContainEqual({
      path: 'kecamatan.0.desa.1.code',
      message: 'duplicate code 35.22.01.2001',
    })
  })

  it('reports a missing field with a readable path', () => {
    const input = createBrokenWilayahJson((json) => {
      delete json.kecamatan[2]!.name
    })
    expect(z.prettifyError(WilayahSchema.safeParse(input).error!)).toContain('at kecamatan[2].name')
  })
})

describe('createGeoIndex', () => {
  it('lists 28 kecamatan and 430 villages: 419 desa and 11 kelurahan, all kelurahan in 35.22.15', () => {
    const geo = createGeoIndex(createWilayah())
    expect(geo.kabupaten).toEqual({ code: '35.22', name: 'Kabupaten Bojonegoro' })
    expect(geo.kecamatan).toHaveLength(28)
    expect(geo.desa).toHaveLength(430)
    expect(geo.desa.filter((d) => d.type === 'desa')).toHaveLength(419)
    const kelurahan = geo.desa.filter((d) => d.type === 'kelurahan')
    expect(kelurahan).toHaveLength(11)
    expect(new Set(kelurahan.map((d) => d.kecamatanCode))).toEqual(new Set(['35.22.15']))
  })

  it('sorts kecamatan by code and gives each its desa codes', () => {
    const geo = createGeoIndex(createWilayah())
    const codes = geo.kecamatan.map((k) => k.code)
    expect(codes).toEqual([...codes].sort())
    expect(codes[0]).toBe('35.22.01')
    expect(codes[27]).toBe('35.22.28')
    expect(geo.kecamatan.reduce((n, k) => n + k.desaCodes.length, 0)).toBe(430)
    expect(geo.kecamatanByCode('35.22.03')?.desaCodes).toHaveLength(5) // Ngambon, domain.md §4.2
  })

  it('looks up a desa and its kecamatan by code', () => {
    const geo = createGeoIndex(createWilayah())
    expect(geo.desaByCode('35.22.15.1005')).toEqual({
      code: '35.22.15.1005',
      name: 'Kepatihan',
      type: 'kelurahan',
      kecamatanCode: '35.22.15',
      label: [111.88209, -7.15421],
    })
    expect(geo.kecamatanOfDesa('35.22.15.1005')?.name).toBe('Bojonegoro')
    expect(geo.kecamatanByCode('35.22.28')?.name).toBe('Gayam')
  })

  it('keeps the previous spelling as nameAlt where it differs', () => {
    const geo = createGeoIndex(createWilayah())
    expect(geo.desaByCode('35.22.03.2001')).toMatchObject({ name: 'Nglampin', nameAlt: 'Nglamping' })
    expect(geo.kecamatanByCode('35.22.12')).toMatchObject({ name: 'Sumberrejo', nameAlt: 'Sumberejo' })
    expect(geo.desaByCode('35.22.01.2001')).not.toHaveProperty('nameAlt')
  })

  it('answers undefined or false for unknown and malformed codes', () => {
    const geo = createGeoIndex(createWilayah())
    for (const code of ['35.22.99.2001', '35.22.01.2999', '35.23.01.2001', 'Kepatihan', '']) {
      expect(geo.desaByCode(code)).toBeUndefined()
      expect(geo.kecamatanOfDesa(code)).toBeUndefined()
      expect(geo.isDesaCode(code)).toBe(false)
    }
    expect(geo.kecamatanByCode('35.22.29')).toBeUndefined()
    expect(geo.kecamatanByCode('35.22.15.1005')).toBeUndefined()
    expect(geo.isDesaCode('35.22.15.1005')).toBe(true)
  })

  it('is frozen all the way down', () => {
    const geo = createGeoIndex(createWilayah())
    expect(Object.isFrozen(geo)).toBe(true)
    expect(Object.isFrozen(geo.desa)).toBe(true)
    expect(Object.isFrozen(geo.desa[0])).toBe(true)
    expect(Object.isFrozen(geo.desa[0]!.label)).toBe(true)
    expect(Object.isFrozen(geo.kecamatan[0]!.desaCodes)).toBe(true)
  })

  it('does not depend on the order of the input', () => {
    const wilayah = createWilayah()
    const shuffled: Wilayah = {
      ...wilayah,
      kecamatan: [...wilayah.kecamatan].reverse().map((k) => ({ ...k, desa: [...k.desa].reverse() })),
    }
    expect(createGeoIndex(shuffled).desa).toEqual(createGeoIndex(wilayah).desa)
  })
})
