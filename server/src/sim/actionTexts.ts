import type { Category } from '@pendopo/shared'

import type { Random } from './random.js'

/**
 * What Kominfo, the OPDs and reporters write when they act: follow-ups in an office's voice, replies in
 * a citizen's, and the reasons LAPOR!'s admin guide lists for holding, archiving and "bukan wewenang"
 * (domain.md §1.3). Written for the simulator.
 */

const THANKS = [
  'Terima kasih atas laporan Bapak/Ibu.',
  'Terima kasih telah menyampaikan laporan melalui kanal pengaduan Pemkab Bojonegoro.',
  'Laporan Bapak/Ibu telah kami terima dan tindak lanjuti.',
]
/** What the office did, by category top; `{opd}` is its short name, `{desa}` the place. */
const DONE_BY_TOP: Readonly<Record<string, readonly string[]>> = {
  pupr: [
    'Tim {opd} telah meninjau lokasi di {desa}. Perbaikan dijadwalkan melalui anggaran pemeliharaan rutin.',
    'Petugas {opd} telah melakukan penambalan sementara di lokasi. Perbaikan permanen diusulkan pada tahun anggaran berikutnya.',
    'Saluran di lokasi telah dibersihkan oleh petugas {opd} bersama warga {desa}.',
  ],
  lingkungan: [
    'Petugas {opd} telah turun ke lokasi di {desa} dan berkoordinasi dengan pemerintah desa.',
    'Sampah telah diangkut dan jadwal pengangkutan di {desa} ditambah menjadi dua kali seminggu.',
  ],
  sosial: [
    'Data keluarga pelapor telah kami cek dan diusulkan dalam pemutakhiran DTKS melalui operator desa.',
    'Pendamping sosial telah mengunjungi keluarga pelapor di {desa}; bantuan akan disalurkan pada tahap berikutnya.',
  ],
  kependudukan: [
    'Dokumen pelapor telah selesai dicetak dan dapat diambil di kantor {opd} atau Mal Pelayanan Publik dengan membawa bukti pengajuan.',
    'Data pelapor telah disinkronkan; silakan mencoba kembali layanan yang dimaksud.',
  ],
  kesehatan: [
    'Petugas puskesmas telah melakukan kunjungan rumah dan penanganan di {desa}.',
    '{opd} telah menegur unit layanan terkait dan melakukan evaluasi jadwal petugas.',
  ],
  pendidikan: [
    '{opd} telah memanggil pihak sekolah untuk klarifikasi dan meminta sekolah mematuhi ketentuan yang berlaku.',
  ],
  trantibum: ['Petugas {opd} telah melakukan patroli dan penertiban di lokasi.'],
  perhubungan: [
    'Petugas {opd} telah memperbaiki lampu dan rambu di lokasi.',
    'Petugas {opd} telah menertibkan parkir di lokasi.',
  ],
  'energi-sda': [
    'Petugas telah memperbaiki gangguan di lokasi; aliran sudah normal kembali.',
    'Pemkab telah memfasilitasi pertemuan warga {desa} dengan pihak perusahaan untuk menyelesaikan keluhan.',
  ],
}
const DONE_DEFAULT = [
  'Laporan telah ditindaklanjuti oleh {opd} sesuai kewenangan. Untuk informasi lebih lanjut pelapor dapat menghubungi {opd}.',
  'Tim {opd} telah melakukan klarifikasi ke {desa} dan permasalahan sedang ditangani.',
]
const AGAIN = [
  'Pekerjaan di lokasi telah diselesaikan.',
  'Perbaikan lanjutan telah dilakukan dan akan terus kami pantau.',
  'Kendala di lapangan telah diatasi bersama pemerintah desa.',
]
const REPLIES = [
  'Terima kasih, tetapi sampai sekarang belum ada perbaikan di lokasi.',
  'Mohon maaf, jawaban belum sesuai dengan yang kami laporkan.',
  'Kapan pastinya akan dikerjakan? Warga sudah menunggu lama.',
  'Petugas belum datang ke lokasi, mohon dicek kembali.',
  'Masalahnya muncul lagi sejak kemarin.',
]
const HOLD_REASONS = [
  'Menunggu klarifikasi lokasi dari pelapor.',
  'Perlu kelengkapan data (NIK/KK) dari pelapor.',
  'Isi laporan kurang jelas; pelapor diminta melengkapi kronologi.',
]
const ARCHIVE_REASONS = [
  'Laporan duplikat dengan laporan sebelumnya.',
  'Isi laporan tidak jelas dan tidak dapat ditindaklanjuti.',
  'Bukan terkait kinerja penyelenggara pemerintahan.',
  'Laporan berisi promosi, bukan pengaduan.',
]
const ABANDONED_REASON = 'Pelapor tidak memberikan klarifikasi dalam batas waktu.'
const NOT_OURS = [
  'Bukan kewenangan {opd}; mohon diteruskan ke perangkat daerah terkait.',
  'Lokasi bukan aset yang dikelola {opd}.',
  'Permasalahan di luar tugas dan fungsi {opd}.',
]
const CLOSE_REASONS = [
  'Pelapor mengonfirmasi permasalahan telah selesai.',
  'Hasil pengecekan lapangan: permasalahan telah tertangani.',
]
const DISPOSE_NOTES = [
  'Mohon ditindaklanjuti sesuai kewenangan.',
  'Mohon segera ditangani dan dilaporkan hasilnya.',
]

/**
 * Matters that belong to a national or provincial agency (instansi vertikal): Kominfo marks them "bukan
 * wewenang" before disposition and forwards them through LAPOR!. The share is how often it happens.
 */
export const VERTICAL: Readonly<Record<string, { readonly agency: string; readonly share: number }>> = {
  'energi-sda.pemadaman-listrik': { agency: 'PLN UP3 Bojonegoro', share: 0.6 },
  'pupr.pertanahan': { agency: 'Kantor Pertanahan (BPN) Bojonegoro', share: 0.5 },
  'trantibum.kriminalitas': { agency: 'Polres Bojonegoro', share: 0.5 },
  'perhubungan.perkeretaapian': { agency: 'PT KAI Daop 4', share: 0.6 },
  'polhuk.imigrasi': { agency: 'Kantor Imigrasi', share: 0.8 },
  'ekonomi.fintech': { agency: 'Otoritas Jasa Keuangan', share: 0.7 },
  'tik.blokir-nomor': { agency: 'Kementerian Komunikasi dan Digital', share: 0.7 },
  'energi-sda.kelangkaan-bbm-elpiji': { agency: 'Pertamina Patra Niaga', share: 0.2 },
  'agama.haji-umroh': { agency: 'Kantor Kementerian Agama Bojonegoro', share: 0.7 },
}

const fill = (s: string, values: Record<string, string>) =>
  s.replace(/\{(\w+)\}/g, (w, k: string) => values[k] ?? w)

/** The OPD's follow-up. */
export function followUpText(
  rng: Random,
  ctx: { category: Category; opdName: string; desaName: string },
): string {
  const values = { opd: ctx.opdName, desa: ctx.desaName }
  return fill(`${rng.pick(THANKS)} ${rng.pick(DONE_BY_TOP[ctx.category.top] ?? DONE_DEFAULT)}`, values)
}

/** The OPD's second follow-up, after the reporter replied. */
export function secondFollowUpText(rng: Random, ctx: { opdName: string }): string {
  return `Menindaklanjuti tanggapan pelapor, petugas ${ctx.opdName} telah kembali ke lokasi. ${rng.pick(AGAIN)}`
}

// One line each: what the name says, drawn from the lists above.
/** A reporter's reply to a follow-up. */
export const replyText = (rng: Random): string => rng.pick(REPLIES)
export const holdReason = (rng: Random): string => rng.pick(HOLD_REASONS)
export const archiveReason = (rng: Random): string => rng.pick(ARCHIVE_REASONS)
export const abandonedReason = (): string => ABANDONED_REASON
export const closeReason = (rng: Random): string => rng.pick(CLOSE_REASONS)
export const disposeNote = (rng: Random): string => rng.pick(DISPOSE_NOTES)
export const notOursReason = (rng: Random, opdName: string): string =>
  fill(rng.pick(NOT_OURS), { opd: opdName })
export const verticalReason = (agency: string): string =>
  `Kewenangan ${agency}; laporan diteruskan melalui SP4N-LAPOR!.`
export const forwardedReason = (agency: string): string => `Telah diteruskan kepada ${agency}.`
export const resumeNote = (): string => 'Pelapor telah melengkapi keterangan.'
