import type { GeoDesa } from '@pendopo/shared'

import type { Random } from './random.js'

/** What BPBD, Dinas PU and Dinkes write about a village issue (written for the simulator). */

/** The agencies behind each reporting system, as their integration is named in the audit trail. */
export const AGENCY_NAMES: Readonly<Record<string, string>> = {
  bpbd: 'BPBD Bojonegoro',
  dpubmpr: 'Dinas PU Bina Marga',
  dinkes: 'Dinas Kesehatan',
}

/** BPBD's alert levels (the severity scale of village issues). */
const LEVEL = { 1: 'waspada', 2: 'siaga', 3: 'awas' } as const

const label = (desa: GeoDesa) => `${desa.type === 'kelurahan' ? 'Kelurahan' : 'Desa'} ${desa.name}`

/** The title BPBD gives a flood issue. */
export const floodTitle = (desa: GeoDesa) => `Banjir luapan Bengawan Solo di ${label(desa)}`

export function floodDescription(rng: Random, level: 1 | 2 | 3): string {
  const depth = rng.int(20, 40) * level
  return (
    `Air Bengawan Solo meluap dan merendam permukiman serta sawah. Ketinggian air di permukiman sekitar ` +
    `${depth} cm. Status ${LEVEL[level]}; petugas BPBD dan relawan siaga di lokasi.`
  )
}

export function floodUpdate(rng: Random, rising: boolean): string {
  return rising
    ? rng.pick([
        'Debit Bengawan Solo naik; sebagian warga mengungsi ke balai desa. Dapur umum didirikan.',
        'Hujan di hulu membuat air kembali naik; perahu karet dikerahkan untuk evakuasi lansia.',
      ])
    : rng.pick([
        'Air mulai surut; ketinggian di permukiman tinggal sekitar 20 cm.',
        'Genangan berangsur surut; akses jalan desa mulai bisa dilalui.',
      ])
}

export function floodResolved(rng: Random): string {
  return rng.pick([
    'Air telah surut. Warga kembali ke rumah dan membersihkan lumpur bersama relawan.',
    'Banjir surut sepenuhnya; bantuan logistik dan pemeriksaan kesehatan warga telah disalurkan.',
  ])
}

export const droughtTitle = (desa: GeoDesa) => `Kekeringan dan krisis air bersih di ${label(desa)}`
export const droughtDescription = () =>
  'Sumur warga mengering sejak awal kemarau. BPBD menyalurkan air bersih dengan truk tangki (6.000 liter per tangki).'
export const droughtUpdate = (rng: Random, week: number) =>
  `Dropping air bersih pekan ke-${week}: ${rng.int(3, 9)} tangki telah disalurkan.`
export const droughtResolved = () =>
  'Hujan mulai turun dan sumur warga kembali berair; dropping air bersih dihentikan.'

export const roadTitle = (desa: GeoDesa) => `Jalan poros desa rusak berat di ${label(desa)}`
export const roadDescription = (rng: Random) =>
  `Jalan poros sepanjang sekitar ${rng.int(3, 15) * 100} meter rusak berat dan sulit dilalui kendaraan roda empat.`
export const roadScheduled = () => 'Perbaikan masuk jadwal pemeliharaan; material sudah dikirim ke lokasi.'
export const roadRepaired = (rng: Random) =>
  rng.pick([
    'Perbaikan jalan selesai dengan pengecoran.',
    'Perbaikan selesai; jalan kembali dapat dilalui kendaraan roda empat.',
  ])

export const stuntingTitle = (desa: GeoDesa) => `Balita stunting terdata di ${label(desa)}`
export const stuntingDescription = (children: number) =>
  `Hasil penimbangan di posyandu: ${children} balita berstatus stunting. Pendampingan oleh TPPS desa dan puskesmas.`
export const stuntingUpdate = () =>
  'Pemberian makanan tambahan dan kunjungan rumah oleh kader posyandu berjalan.'
export const stuntingResolved = () =>
  'Kasus tertangani; pemantauan tumbuh kembang dilanjutkan oleh puskesmas.'

export const resolvedGeneric = () => 'Permasalahan telah tertangani; pemantauan dilanjutkan.'
