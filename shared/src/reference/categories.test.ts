import { describe, expect, it } from 'vitest'

import { CategoryCodeSchema } from '../ids.js'
import { VILLAGE_ISSUE_KINDS } from '../villageIssue.js'

import {
  CATEGORIES,
  categoriesOfTop,
  CATEGORY_TOPS,
  categoryByCode,
  CategorySchema,
  UNOBSERVED_TOP_WEIGHT,
} from './categories.js'
import { OPD_AGENCIES } from './opds.js'

// The 38 keys of the `categories` dict in masp222/SP4NLAPOR-Category-Classification-
// classificationgemastik.ipynb, as written there.
const LAPOR_TOPS_2025 = [
  'AGAMA', 'CORONA VIRUS', 'EKONOMI DAN KEUANGAN', 'KESEHATAN', 'KESETARAAN GENDER DAN SOSIAL INKLUSIF',
  'KETENTERAMAN, KETERTIBAN UMUM, DAN PELINDUNGAN MASYARAKAT', 'LINGKUNGAN HIDUP DAN KEHUTANAN',
  'PEKERJAAN UMUM DAN PENATAAN RUANG', 'PEMBANGUNAN DESA, DAERAH TERTINGGAL, DAN TRANSMIGRASI',
  'PENDIDIKAN DAN KEBUDAYAAN', 'PERTANIAN DAN PETERNAKAN', 'POLITIK DAN HUKUM', 'POLITISASI ASN',
  'SOSIAL DAN KESEJAHTERAAN', 'SP4N-LAPOR!', 'ENERGI DAN SUMBER DAYA ALAM', 'EVAKUASI HEWAN LIAR',
  'FASILITAS DIPLOMATIK', 'KEKERASAN DI SATUAN PENDIDIKAN (SEKOLAH, KAMPUS, LEMBAGA KURSUS)', 'KEPENDUDUKAN',
  'KERJASAMA BILATERAL', 'KERJASAMA MULTILATERAL', 'KETENAGAKERJAAN', 'LEGALISASI KONSULER', 'NETRALITAS ASN',
  'PELINDUNGAN WNI', 'PEMULIHAN EKONOMI NASIONAL',
  'PENCEGAHAN DAN PEMBERANTASAN PENYALAHGUNAAN DAN PEREDARAN GELAP NARKOTIKA DAN PREKURSOR NARKOTIKA (P4GN)',
  'PENIADAAN MUDIK', 'PERAIRAN', 'PERHUBUNGAN', 'PERLINDUNGAN KONSUMEN', 'PROGRAM MAKAN BERGIZI GRATIS (MBG)',
  'SELEKSI CALON HAKIM AGUNG RI', 'SRGI', 'TEKNOLOGI INFORMASI DAN KOMUNIKASI', 'TOPIK KHUSUS', 'TOPIK LAINNYA',
] // prettier-ignore

const sum = (xs: readonly number[]): number => xs.reduce((a, b) => a + b, 0)

describe('CATEGORY_TOPS', () => {
  it('has the 38 LAPOR! tops, named as LAPOR! writes them', () => {
    expect(CATEGORY_TOPS).toHaveLength(38)
    expect(CATEGORY_TOPS.map((t) => t.name.toUpperCase()).sort()).toEqual([...LAPOR_TOPS_2025].sort())
    expect(new Set(CATEGORY_TOPS.map((t) => t.code)).size).toBe(38)
  })

  it('weights the tops by the observed 2025 shares, summing to 100.24', () => {
    const byCode = new Map(CATEGORY_TOPS.map((t) => [t.code, t.weight]))
    expect(byCode.get('lainnya')).toBe(22.8)
    expect(byCode.get('pupr')).toBe(16.7)
    expect(byCode.get('polhuk')).toBe(1.4)
    expect(byCode.get('lapor')).toBe(1.3) // notebook, below domain.md's table
    expect(byCode.get('srgi')).toBe(UNOBSERVED_TOP_WEIGHT)
    // 100.0 for the 30 tops the notebook prints with a share ≥ 0.1 %, plus 8 × 0.03 for the rest.
    expect(sum(CATEGORY_TOPS.map((t) => t.weight))).toBeCloseTo(100.24, 6)
  })

  it('lists the tops largest share first', () => {
    const weights = CATEGORY_TOPS.map((t) => t.weight)
    expect(weights).toEqual([...weights].sort((a, b) => b - a))
  })
})

describe('CATEGORIES', () => {
  it('has unique, valid codes that start with their top', () => {
    const codes = CATEGORIES.map((c) => c.code)
    expect(new Set(codes).size).toBe(codes.length)
    for (const category of CATEGORIES) {
      expect(CategoryCodeSchema.safeParse(category.code).success).toBe(true)
      expect(category.code.startsWith(`${category.top}.`)).toBe(true)
      expect(CategorySchema.parse(category)).toEqual(category)
    }
  })

  it('routes every sub-category to an existing agency', () => {
    const agencies = new Set<string>(OPD_AGENCIES.map((o) => o.code))
    const unknown = CATEGORIES.filter((c) => !agencies.has(c.opd)).map((c) => `${c.code} → ${c.opd}`)
    expect(unknown).toEqual([])
  })

  it('gives every top at least one sub-category, and 2–8 to the big regency topics', () => {
    for (const top of CATEGORY_TOPS) expect(categoriesOfTop(top.code).length).toBeGreaterThanOrEqual(1)
    const big = ['pupr', 'lingkungan', 'energi-sda', 'kesehatan', 'pendidikan', 'sosial', 'kependudukan']
    for (const top of [
      ...big,
      'trantibum',
      'perhubungan',
      'ketenagakerjaan',
      'pertanian',
      'tik',
      'lainnya',
    ]) {
      expect(categoriesOfTop(top).length, top).toBeGreaterThanOrEqual(2)
      expect(categoriesOfTop(top).length, top).toBeLessThanOrEqual(8)
    }
  })

  it('has positive weights', () => {
    expect(CATEGORIES.filter((c) => !(c.weight > 0))).toEqual([])
  })

  it('maps the village problems: banjir, kekeringan, jalan rusak, air bersih, stunting', () => {
    expect(categoryByCode('lingkungan.banjir')?.villageIssue).toBe('flood')
    expect(categoryByCode('lingkungan.kekeringan')?.villageIssue).toBe('drought')
    expect(categoryByCode('pupr.jalan-berlubang')?.villageIssue).toBe('road')
    expect(categoryByCode('pupr.jalan-desa')?.villageIssue).toBe('road')
    expect(categoryByCode('energi-sda.gangguan-air')?.villageIssue).toBe('clean_water')
    expect(categoryByCode('kesehatan.stunting')?.villageIssue).toBe('stunting')
    expect(categoryByCode('lingkungan.longsor')?.villageIssue).toBe('landslide')
    expect(categoryByCode('trantibum.pemadaman-kebakaran')?.villageIssue).toBe('fire')
    const used = new Set(CATEGORIES.map((c) => c.villageIssue))
    expect(VILLAGE_ISSUE_KINDS.filter((k) => k !== 'other' && !used.has(k))).toEqual([])
    expect(used.has('other' as never)).toBe(false)
  })

  it('follows the proposed Bojonegoro routing (domain.md §4.4)', () => {
    const routeOf = (code: string): string | undefined => categoryByCode(code)?.opd
    expect(routeOf('pupr.jalan-berlubang')).toBe('DPUBMPR')
    expect(routeOf('pupr.jalan-desa')).toBe('DPMD')
    expect(routeOf('pupr.jembatan')).toBe('DPUBMPR')
    expect(routeOf('pupr.drainase')).toBe('DPKPCK')
    expect(routeOf('pupr.penerangan-jalan')).toBe('DPKPCK')
    expect(routeOf('perhubungan.lampu-pju')).toBe('DISHUB')
    expect(routeOf('lingkungan.banjir')).toBe('DPUSDA')
    expect(routeOf('lingkungan.kekeringan')).toBe('BPBD')
    expect(routeOf('energi-sda.tarif-pdam')).toBe('PDAM')
    expect(routeOf('kesehatan.stunting')).toBe('DINKES')
    expect(routeOf('sosial.dtks')).toBe('DINSOS')
    expect(routeOf('kependudukan.ktp')).toBe('DISDUKCAPIL')
    expect(routeOf('lingkungan.pengelolaan-sampah')).toBe('DLH')
    expect(routeOf('trantibum.ketertiban-umum')).toBe('SATPOLPP')
    expect(routeOf('pertanian.pupuk')).toBe('DKPP')
    expect(routeOf('ketenagakerjaan.gaji-pekerja')).toBe('DISPERINAKER')
    expect(routeOf('ekonomi.penanaman-modal')).toBe('DPMPTSP')
  })

  it('sends national-only topics to SETDA, which forwards them', () => {
    for (const code of [
      'polhuk.imigrasi',
      'polhuk.pemilihan-umum',
      'diplomatik.umum',
      'srgi.umum',
      'ekonomi.fintech',
    ]) {
      expect(categoryByCode(code)?.opd, code).toBe('SETDA')
    }
  })
})

describe('categoryByCode and categoriesOfTop', () => {
  it('answer undefined and [] for unknown codes', () => {
    expect(categoryByCode('pupr.jalan-tol')).toBeUndefined()
    expect(categoryByCode('pupr')).toBeUndefined()
    expect(categoriesOfTop('pariwisata')).toEqual([])
  })

  it('keep table order within a top', () => {
    expect(categoriesOfTop('lingkungan')[0]?.code).toBe('lingkungan.banjir')
    expect(categoriesOfTop('pupr').every((c) => c.top === 'pupr')).toBe(true)
  })
})
