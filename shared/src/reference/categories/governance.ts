import type { CategoryRowsByTop } from '../categoryTops.js'

/**
 * The catch-all, the complaint service itself, digital services, religion and the integrity topics.
 * Names are LAPOR!'s sub-category names in title case unless marked "Pendopo".
 */
export const GOVERNANCE_CATEGORY_ROWS: CategoryRowsByTop<
  'lainnya' | 'lapor' | 'tik' | 'agama' | 'p4gn' | 'politisasi-asn' | 'netralitas-asn'
> = {
  // LAPOR! has no sub-categories under TOPIK LAINNYA, yet it is the largest top (22.8 %). The rows below are
  // Pendopo's, so that a regency verifier can still route what lands there; the first keeps LAPOR!'s name.
  lainnya: [
    {
      code: 'lainnya.umum',
      name: 'Topik Lainnya',
      nameEn: 'Other',
      opd: 'SETDA',
      weight: 60,
    },
    // Pendopo. Bagian Organisasi in the Sekretariat Daerah owns public-service standards (domain.md §4.3).
    {
      code: 'lainnya.pelayanan-publik',
      name: 'Pelayanan Publik',
      nameEn: 'Conduct of public service counters and staff',
      opd: 'SETDA',
      weight: 20,
    },
    // Pendopo. Proposals belong in the musrenbang planning round, which Bappeda runs.
    {
      code: 'lainnya.usulan-pembangunan',
      name: 'Usulan Pembangunan',
      nameEn: 'Development proposals',
      opd: 'BAPPEDA',
      weight: 15,
    },
    // Pendopo. Public information requests go to the PPID, which Kominfo runs.
    {
      code: 'lainnya.informasi-publik',
      name: 'Permintaan Informasi Publik',
      nameEn: 'Public information request',
      opd: 'DKOMINFO',
      weight: 5,
    },
  ],
  // Kominfo is the regency's LAPOR! admin instansi.
  lapor: [
    {
      code: 'lapor.gangguan-aplikasi',
      name: 'Gangguan Aplikasi SP4N-LAPOR!',
      nameEn: 'SP4N-LAPOR! app not working',
      opd: 'DKOMINFO',
      weight: 50,
    },
    {
      code: 'lapor.kritik-saran',
      name: 'Kritik dan Saran untuk SP4N-LAPOR!',
      nameEn: 'Feedback on SP4N-LAPOR!',
      opd: 'DKOMINFO',
      weight: 30,
    },
    {
      code: 'lapor.penghapusan-laporan',
      name: 'Penghapusan Laporan SP4N-LAPOR!',
      nameEn: 'Deleting a SP4N-LAPOR! report',
      opd: 'DKOMINFO',
      weight: 20,
    },
  ],
  tik: [
    {
      code: 'tik.jaringan-internet',
      name: 'Jaringan Internet',
      nameEn: 'Internet coverage',
      opd: 'DKOMINFO',
      weight: 30,
    },
    {
      code: 'tik.aplikasi-pemerintah',
      name: 'Layanan Online/Aplikasi Pemerintah',
      nameEn: 'Government apps and online services',
      opd: 'DKOMINFO',
      weight: 20,
    },
    {
      code: 'tik.tiang-jaringan',
      name: 'Tiang Jaringan Internet',
      nameEn: 'Telecom poles and cables',
      opd: 'DKOMINFO',
      weight: 15,
    },
    // Blocking is the ministry's; the regency's Kominfo forwards and warns the public.
    {
      code: 'tik.konten-penipuan',
      name: 'Konten Penipuan',
      nameEn: 'Online fraud',
      opd: 'DKOMINFO',
      weight: 15,
    },
    {
      code: 'tik.perjudian-online',
      name: 'Perjudian Online',
      nameEn: 'Online gambling',
      opd: 'DKOMINFO',
      weight: 15,
    },
    {
      code: 'tik.blokir-nomor',
      name: 'Blokir Nomor Telepon',
      nameEn: 'Blocking a phone number',
      opd: 'DKOMINFO',
      weight: 5,
    },
  ],
  // Religious affairs are Kemenag's (national); the regency's Bagian Kesra in SETDA handles places of worship.
  agama: [
    {
      code: 'agama.fasilitas-ibadah',
      name: 'Penyediaan Fasilitas Ibadah',
      nameEn: 'Places of worship',
      opd: 'SETDA',
      weight: 40,
    },
    {
      code: 'agama.haji-umroh',
      name: 'Haji dan Umroh',
      nameEn: 'Hajj and umrah',
      opd: 'SETDA',
      weight: 40,
    },
    {
      code: 'agama.pendidikan-agama',
      name: 'Pendidikan Agama',
      nameEn: 'Religious education',
      opd: 'DISDIK',
      weight: 20,
    },
  ],
  // BNN is national; Kesbangpol coordinates P4GN in the regency.
  p4gn: [
    {
      code: 'p4gn.penyalahgunaan-narkotika',
      name: 'Penyalahgunaan Narkotika',
      nameEn: 'Drug abuse',
      opd: 'BAKESBANGPOL',
      weight: 60,
    },
    {
      code: 'p4gn.transaksi-narkotika',
      name: 'Transaksi Narkotika',
      nameEn: 'Drug dealing',
      opd: 'BAKESBANGPOL',
      weight: 40,
    },
  ],
  // Misuse of office for politics is an audit matter; campaigning is a staff-discipline matter.
  'politisasi-asn': [
    {
      code: 'politisasi-asn.fasilitas-negara',
      name: 'Pemanfaatan Fasilitas Negara untuk Kepentingan Politik',
      nameEn: 'Use of state facilities for politics',
      opd: 'INSP',
      weight: 50,
    },
    {
      code: 'politisasi-asn.jabatan',
      name: 'Pemanfaatan Jabatan untuk Kepentingan Politik',
      nameEn: 'Use of office for politics',
      opd: 'INSP',
      weight: 50,
    },
  ],
  'netralitas-asn': [
    {
      code: 'netralitas-asn.media-sosial',
      name: 'ASN Kampanye Politik di Media Sosial',
      nameEn: 'Civil servant campaigning on social media',
      opd: 'BKPP',
      weight: 50,
    },
    {
      code: 'netralitas-asn.kampanye',
      name: 'ASN Turut Serta dalam Kampanye Offline',
      nameEn: 'Civil servant joining a campaign event',
      opd: 'BKPP',
      weight: 50,
    },
  ],
}
