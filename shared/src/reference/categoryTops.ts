import { z } from 'zod'

import { VillageIssueKindSchema } from '../villageIssue.js'

import type { AgencyCode } from './opds.js'

/**
 * The 38 top-level complaint categories of SP4N-LAPOR! (2025), as listed in the `categories` dict of
 * `masp222/SP4NLAPOR-Category-Classification-` `classificationgemastik.ipynb` (domain.md §6.3, [S51]).
 *
 * `weight` is the observed share in percent of 3,278 categorised national reports (Jun–Jul 2025), printed by
 * the same notebook and quoted in domain.md §4.4; the trailing comment gives the report count behind it.
 * The simulator draws tops by these weights.
 */

/**
 * Weight of a top that the 3,278-report sample saw at most once: one report's share (1/3,278 ≈ 0.03 %).
 * Not zero, because the simulator must be able to produce every category; not the 0.6 % of the rarer
 * observed tops, because that would make a never-seen national topic six times as common as MBG.
 */
export const UNOBSERVED_TOP_WEIGHT = 0.03

// The order is the observed share, largest first, then the unobserved tops alphabetically: it is the order
// a category picker should offer them in.
const TOP_ROWS = [
  { code: 'lainnya', name: 'Topik Lainnya', nameEn: 'Other topics', weight: 22.8 }, // 746
  {
    code: 'pupr',
    name: 'Pekerjaan Umum dan Penataan Ruang',
    nameEn: 'Public works and spatial planning',
    weight: 16.7,
  }, // 546
  { code: 'ketenagakerjaan', name: 'Ketenagakerjaan', nameEn: 'Employment and civil service', weight: 8.0 }, // 262
  { code: 'sosial', name: 'Sosial dan Kesejahteraan', nameEn: 'Social affairs and welfare', weight: 6.5 }, // 212
  { code: 'pendidikan', name: 'Pendidikan dan Kebudayaan', nameEn: 'Education and culture', weight: 6.2 }, // 203
  {
    code: 'trantibum',
    name: 'Ketenteraman, Ketertiban Umum, dan Pelindungan Masyarakat',
    nameEn: 'Public order and community protection',
    weight: 5.9, // 194
  },
  { code: 'perhubungan', name: 'Perhubungan', nameEn: 'Transport', weight: 5.3 }, // 175
  {
    code: 'lingkungan',
    name: 'Lingkungan Hidup dan Kehutanan',
    nameEn: 'Environment and forestry',
    weight: 4.9,
  }, // 161
  {
    code: 'tik',
    name: 'Teknologi Informasi dan Komunikasi',
    nameEn: 'Information and communication technology',
    weight: 4.7, // 154
  },
  { code: 'kesehatan', name: 'Kesehatan', nameEn: 'Health', weight: 3.0 }, // 98
  { code: 'ekonomi', name: 'Ekonomi dan Keuangan', nameEn: 'Economy and finance', weight: 2.8 }, // 93
  { code: 'kependudukan', name: 'Kependudukan', nameEn: 'Population and civil registration', weight: 2.8 }, // 93
  {
    code: 'energi-sda',
    name: 'Energi dan Sumber Daya Alam',
    nameEn: 'Energy and natural resources',
    weight: 2.3,
  }, // 77
  { code: 'polhuk', name: 'Politik dan Hukum', nameEn: 'Politics and law', weight: 1.4 }, // 47
  // domain.md §4.4 stops at 1.4 ("21 more categories ≤1.3 each"); the rest are the notebook's own figures.
  { code: 'lapor', name: 'SP4N-LAPOR!', nameEn: 'The SP4N-LAPOR! service itself', weight: 1.3 }, // 44
  { code: 'corona', name: 'Corona Virus', nameEn: 'Coronavirus (COVID-19)', weight: 1.2 }, // 38
  { code: 'konsumen', name: 'Perlindungan Konsumen', nameEn: 'Consumer protection', weight: 0.9 }, // 28
  { code: 'agama', name: 'Agama', nameEn: 'Religion', weight: 0.6 }, // 20
  {
    code: 'desa',
    name: 'Pembangunan Desa, Daerah Tertinggal, dan Transmigrasi',
    nameEn: 'Village development, disadvantaged regions and transmigration',
    weight: 0.6, // 19
  },
  { code: 'pertanian', name: 'Pertanian dan Peternakan', nameEn: 'Agriculture and livestock', weight: 0.6 }, // 19
  { code: 'pen', name: 'Pemulihan Ekonomi Nasional', nameEn: 'National economic recovery', weight: 0.5 }, // 15
  {
    code: 'gender-inklusi',
    name: 'Kesetaraan Gender dan Sosial Inklusif',
    nameEn: 'Gender equality and social inclusion',
    weight: 0.2, // 5
  },
  {
    code: 'mbg',
    name: 'Program Makan Bergizi Gratis (MBG)',
    nameEn: 'Free nutritious meals programme (MBG)',
    weight: 0.1, // 4
  },
  {
    code: 'p4gn',
    name: 'Pencegahan dan Pemberantasan Penyalahgunaan dan Peredaran Gelap Narkotika dan Prekursor Narkotika (P4GN)',
    nameEn: 'Prevention of drug abuse and trafficking (P4GN)',
    weight: 0.1, // 4
  },
  {
    code: 'kekerasan-sekolah',
    name: 'Kekerasan di Satuan Pendidikan (Sekolah, Kampus, Lembaga Kursus)',
    nameEn: 'Violence in schools, campuses and course institutions',
    weight: 0.1, // 4
  },
  { code: 'politisasi-asn', name: 'Politisasi ASN', nameEn: 'Politicisation of civil servants', weight: 0.1 }, // 4
  { code: 'netralitas-asn', name: 'Netralitas ASN', nameEn: 'Civil servant neutrality', weight: 0.1 }, // 4
  { code: 'perairan', name: 'Perairan', nameEn: 'Waters and shipping', weight: 0.1 }, // 3
  { code: 'legalisasi-konsuler', name: 'Legalisasi Konsuler', nameEn: 'Consular legalisation', weight: 0.1 }, // 3
  { code: 'topik-khusus', name: 'Topik Khusus', nameEn: 'Special topics', weight: 0.1 }, // 2
  {
    code: 'pelindungan-wni',
    name: 'Pelindungan WNI',
    nameEn: 'Protection of Indonesian citizens abroad',
    weight: UNOBSERVED_TOP_WEIGHT, // 1 (printed as 0.0 %)
  },
  // Not seen at all in the sample.
  {
    code: 'hewan-liar',
    name: 'Evakuasi Hewan Liar',
    nameEn: 'Wild animal rescue',
    weight: UNOBSERVED_TOP_WEIGHT,
  },
  {
    code: 'diplomatik',
    name: 'Fasilitas Diplomatik',
    nameEn: 'Diplomatic facilities',
    weight: UNOBSERVED_TOP_WEIGHT,
  },
  {
    code: 'kerjasama-bilateral',
    name: 'Kerjasama Bilateral',
    nameEn: 'Bilateral cooperation',
    weight: UNOBSERVED_TOP_WEIGHT,
  },
  {
    code: 'kerjasama-multilateral',
    name: 'Kerjasama Multilateral',
    nameEn: 'Multilateral cooperation',
    weight: UNOBSERVED_TOP_WEIGHT,
  },
  {
    code: 'peniadaan-mudik',
    name: 'Peniadaan Mudik',
    nameEn: 'Holiday homecoming ban',
    weight: UNOBSERVED_TOP_WEIGHT,
  },
  {
    code: 'hakim-agung',
    name: 'Seleksi Calon Hakim Agung RI',
    nameEn: 'Selection of Supreme Court justices',
    weight: UNOBSERVED_TOP_WEIGHT,
  },
  // Our reading: Sistem Referensi Geospasial Indonesia (BIG's national geodetic reference).
  {
    code: 'srgi',
    name: 'SRGI',
    nameEn: 'Indonesian geospatial reference system (SRGI)',
    weight: UNOBSERVED_TOP_WEIGHT,
  },
] as const

/** Slug of a top-level category, e.g. `pupr`, `kesehatan`, `lingkungan`. */
export type CategoryTopCode = (typeof TOP_ROWS)[number]['code']
export const CATEGORY_TOP_CODES = TOP_ROWS.map((t) => t.code) as [CategoryTopCode, ...CategoryTopCode[]]
export const CategoryTopCodeSchema = z.enum(CATEGORY_TOP_CODES)

export const CategoryTopSchema = z.strictObject({
  code: CategoryTopCodeSchema,
  /** As LAPOR! writes it, in title case. */
  name: z.string().trim().min(1),
  nameEn: z.string().trim().min(1),
  /** Observed national share in percent; the tops sum to about 100. */
  weight: z.number().positive(),
})
export type CategoryTop = z.infer<typeof CategoryTopSchema>

/**
 * The 38 tops, largest observed share first.
 *
 * @example
 * CATEGORY_TOPS.find((t) => t.code === 'pupr')?.weight // 16.7
 */
export const CATEGORY_TOPS: readonly Readonly<CategoryTop>[] = Object.freeze(
  TOP_ROWS.map((row) => Object.freeze(CategoryTopSchema.parse(row))),
)

/**
 * The village problems a category can be evidence of: a complaint in such a category counts towards the
 * village-issue layer of the map. Every kind but `other`, which would mark any unrelated complaint.
 */
export const CategoryVillageIssueSchema = VillageIssueKindSchema.exclude(['other'])
export type CategoryVillageIssue = z.infer<typeof CategoryVillageIssueSchema>

/**
 * One sub-category as written in the data tables (`categories/*.ts`). The code's prefix is checked against
 * its top, and `opd` against the agency list, by the compiler.
 */
export type CategoryRow<T extends CategoryTopCode> = {
  readonly code: `${T}.${string}`
  readonly name: string
  readonly nameEn: string
  /** The default route; the verifier may dispose elsewhere (e.g. a kantor kecamatan). */
  readonly opd: AgencyCode
  /** Relative weight within its top, for the simulator. */
  readonly weight: number
  readonly villageIssue?: CategoryVillageIssue
}

/** Sub-category rows for a group of tops; every top in the group needs at least one row. */
export type CategoryRowsByTop<T extends CategoryTopCode> = {
  readonly [K in T]: readonly [CategoryRow<K>, ...CategoryRow<K>[]]
}
