import { z } from 'zod'

import type { KecamatanCode, OpdCode } from '../ids.js'
import { OpdCodeSchema } from '../ids.js'

import type { GeoIndex } from './geo.js'

/**
 * Bojonegoro's perangkat daerah (OPD): the agencies a complaint can be disposed to. Names follow domain.md
 * §4.3 (BPKAD letter-tracking data 2022, checked against 2024–2026 news and procurement listings; SOTK from
 * Perda 13/2016). Codes are Pendopo's, proposed in that table; the `shortName` is what staff say aloud.
 */

/** What kind of body an OPD is; `bumd` is a regency-owned company, not an OPD, but it takes complaints. */
export const OPD_KINDS = [
  'badan',
  'dinas',
  'sekretariat',
  'inspektorat',
  'satpol',
  'rsud',
  'kecamatan',
  'bumd',
] as const
export const OpdKindSchema = z.enum(OPD_KINDS)
export type OpdKind = z.infer<typeof OpdKindSchema>

export const OpdSchema = z.strictObject({
  code: OpdCodeSchema,
  /** Official Indonesian name. */
  name: z.string().trim().min(1),
  /** The abbreviation people say, e.g. `Dinas PU Bina Marga`. */
  shortName: z.string().trim().min(1),
  kind: OpdKindSchema,
})
export type Opd = z.infer<typeof OpdSchema>

type AgencyRow = { code: string; name: string; shortName: string; kind: OpdKind }

// Typed `as const` so that other tables (categories.ts) refer to an agency by a checked literal: a typo in a
// routing table is a compile error, not a complaint that lands nowhere.
const AGENCY_ROWS = [
  { code: 'SETDA', name: 'Sekretariat Daerah', shortName: 'Setda', kind: 'sekretariat' },
  {
    code: 'SETWAN',
    name: 'Sekretariat Dewan Perwakilan Rakyat Daerah',
    shortName: 'Setwan',
    kind: 'sekretariat',
  },
  { code: 'INSP', name: 'Inspektorat', shortName: 'Inspektorat', kind: 'inspektorat' },
  { code: 'BAPPEDA', name: 'Badan Perencanaan Pembangunan Daerah', shortName: 'Bappeda', kind: 'badan' },
  { code: 'BPKAD', name: 'Badan Pengelolaan Keuangan dan Aset Daerah', shortName: 'BPKAD', kind: 'badan' },
  { code: 'BAPENDA', name: 'Badan Pendapatan Daerah', shortName: 'Bapenda', kind: 'badan' },
  { code: 'BKPP', name: 'Badan Kepegawaian, Pendidikan dan Pelatihan', shortName: 'BKPP', kind: 'badan' },
  {
    code: 'BAKESBANGPOL',
    name: 'Badan Kesatuan Bangsa dan Politik',
    shortName: 'Bakesbangpol',
    kind: 'badan',
  },
  { code: 'BPBD', name: 'Badan Penanggulangan Bencana Daerah', shortName: 'BPBD', kind: 'badan' },
  { code: 'DISDIK', name: 'Dinas Pendidikan', shortName: 'Disdik', kind: 'dinas' },
  { code: 'DINKES', name: 'Dinas Kesehatan', shortName: 'Dinkes', kind: 'dinas' },
  { code: 'DINSOS', name: 'Dinas Sosial', shortName: 'Dinsos', kind: 'dinas' },
  {
    code: 'DISDUKCAPIL',
    name: 'Dinas Kependudukan dan Pencatatan Sipil',
    shortName: 'Dukcapil',
    kind: 'dinas',
  },
  {
    code: 'DPUBMPR',
    name: 'Dinas Pekerjaan Umum Bina Marga dan Penataan Ruang',
    shortName: 'Dinas PU Bina Marga',
    kind: 'dinas',
  },
  { code: 'DPUSDA', name: 'Dinas Pekerjaan Umum Sumber Daya Air', shortName: 'Dinas PU SDA', kind: 'dinas' },
  {
    code: 'DPKPCK',
    name: 'Dinas Perumahan, Kawasan Permukiman dan Cipta Karya',
    shortName: 'Dinas Perkim Cipta Karya',
    kind: 'dinas',
  },
  { code: 'DLH', name: 'Dinas Lingkungan Hidup', shortName: 'DLH', kind: 'dinas' },
  { code: 'DISHUB', name: 'Dinas Perhubungan', shortName: 'Dishub', kind: 'dinas' },
  { code: 'DAMKAR', name: 'Dinas Pemadam Kebakaran', shortName: 'Damkar', kind: 'dinas' },
  { code: 'SATPOLPP', name: 'Satuan Polisi Pamong Praja', shortName: 'Satpol PP', kind: 'satpol' },
  { code: 'DKOMINFO', name: 'Dinas Komunikasi dan Informatika', shortName: 'Diskominfo', kind: 'dinas' },
  { code: 'DPMD', name: 'Dinas Pemberdayaan Masyarakat dan Desa', shortName: 'DPMD', kind: 'dinas' },
  // The name has changed with the SOTK more than once (KB moved in and out); this is the 2022 form.
  {
    code: 'DP3AKB',
    name: 'Dinas Pemberdayaan Perempuan, Perlindungan Anak dan Keluarga Berencana',
    shortName: 'DP3AKB',
    kind: 'dinas',
  },
  {
    code: 'DPMPTSP',
    name: 'Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu',
    shortName: 'DPMPTSP',
    kind: 'dinas',
  },
  { code: 'DKPP', name: 'Dinas Ketahanan Pangan dan Pertanian', shortName: 'DKPP', kind: 'dinas' },
  { code: 'DISNAKKAN', name: 'Dinas Peternakan dan Perikanan', shortName: 'Disnakkan', kind: 'dinas' },
  { code: 'DISDAG', name: 'Dinas Perdagangan', shortName: 'Disdag', kind: 'dinas' },
  {
    code: 'DISPERINAKER',
    name: 'Dinas Perindustrian dan Tenaga Kerja',
    shortName: 'Disperinaker',
    kind: 'dinas',
  },
  { code: 'DINKOPUM', name: 'Dinas Koperasi dan Usaha Mikro', shortName: 'Dinkopum', kind: 'dinas' },
  { code: 'DISBUDPAR', name: 'Dinas Kebudayaan dan Pariwisata', shortName: 'Disbudpar', kind: 'dinas' },
  { code: 'DISPORA', name: 'Dinas Kepemudaan dan Olahraga', shortName: 'Dispora', kind: 'dinas' },
  { code: 'DISPUSIP', name: 'Dinas Perpustakaan dan Kearsipan', shortName: 'Dispusip', kind: 'dinas' },
  {
    code: 'RSUD-SOS',
    name: 'Rumah Sakit Umum Daerah Dr. R. Sosodoro Djatikoesoemo',
    shortName: 'RSUD Sosodoro',
    kind: 'rsud',
  },
  { code: 'RSUD-PDG', name: 'Rumah Sakit Umum Daerah Padangan', shortName: 'RSUD Padangan', kind: 'rsud' },
  {
    code: 'RSUD-SBR',
    name: 'Rumah Sakit Umum Daerah Sumberrejo',
    shortName: 'RSUD Sumberrejo',
    kind: 'rsud',
  },
  // RSUD-KPB (RS Kepohbaru) is left out on purpose: it was still being built in 2025 and takes no patients,
  // so nothing may be routed to it. Add it here when it opens.
  { code: 'PDAM', name: 'Perusahaan Umum Daerah Air Minum Bojonegoro', shortName: 'PDAM', kind: 'bumd' },
] as const satisfies readonly AgencyRow[]

/** Code of one of the 36 agencies (not a kantor kecamatan); checked by the compiler where it is written. */
export type AgencyCode = (typeof AGENCY_ROWS)[number]['code']

/**
 * The 36 agencies: badan, dinas, sekretariat, inspektorat, Satpol PP, the three RSUD and PDAM. The 28 kantor
 * kecamatan come from {@link kecamatanOffices}; kelurahan have no code of their own, because a kelurahan
 * complaint goes to the camat's office (the lurah works under the camat).
 */
export const OPD_AGENCIES: readonly Readonly<Opd>[] = Object.freeze(
  AGENCY_ROWS.map((row) => Object.freeze(OpdSchema.parse(row))),
)

/**
 * The code of a kantor kecamatan, `KEC-` plus the last two digits of the Kemendagri kecamatan code.
 *
 * @example
 * kecamatanOfficeCode('35.22.28') // 'KEC-28' (Gayam)
 */
export const kecamatanOfficeCode = (kecamatanCode: KecamatanCode): OpdCode =>
  OpdCodeSchema.parse(`KEC-${kecamatanCode.slice(-2)}`)

/**
 * One kantor kecamatan per kecamatan of the index, derived rather than typed so that it can never disagree
 * with the code list: `KEC-01` Kecamatan Ngraho … `KEC-28` Kecamatan Gayam.
 *
 * @example
 * kecamatanOffices(geo).find((o) => o.code === 'KEC-15')?.name // 'Kecamatan Bojonegoro'
 */
export function kecamatanOffices(geo: GeoIndex): readonly Readonly<Opd>[] {
  return Object.freeze(
    geo.kecamatan.map((kec) =>
      Object.freeze(
        OpdSchema.parse({
          code: kecamatanOfficeCode(kec.code),
          name: `Kecamatan ${kec.name}`,
          shortName: `Kec. ${kec.name}`,
          kind: 'kecamatan',
        }),
      ),
    ),
  )
}

/**
 * Every OPD a complaint can be disposed to: the agencies, then the kantor kecamatan in code order.
 *
 * @example
 * const opds = buildOpdList(geo) // 36 agencies + 28 kecamatan offices
 * const byCode = new Map(opds.map((o) => [o.code, o]))
 */
export function buildOpdList(geo: GeoIndex): readonly Readonly<Opd>[] {
  return Object.freeze([...OPD_AGENCIES, ...kecamatanOffices(geo)])
}
