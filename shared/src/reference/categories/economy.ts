import type { CategoryRowsByTop } from '../categoryTops.js'

/**
 * Economy, farming, villages and the national aid programmes. Names are LAPOR!'s sub-category names in
 * title case; routing follows domain.md §4.4 ("Proposed Bojonegoro routing").
 */
export const ECONOMY_CATEGORY_ROWS: CategoryRowsByTop<
  'ekonomi' | 'konsumen' | 'pertanian' | 'desa' | 'pen' | 'topik-khusus' | 'corona'
> = {
  ekonomi: [
    {
      code: 'ekonomi.umkm',
      name: 'Koperasi, Usaha Kecil, dan Menengah',
      nameEn: 'Cooperatives and small business',
      opd: 'DINKOPUM',
      weight: 20,
    },
    {
      code: 'ekonomi.pajak-daerah',
      name: 'Pajak Daerah',
      nameEn: 'Regional taxes (PBB, BPHTB)',
      opd: 'BAPENDA',
      weight: 20,
    },
    {
      code: 'ekonomi.harga-bahan-pokok',
      name: 'Pemantauan Harga Bahan Pokok',
      nameEn: 'Staple food prices',
      opd: 'DISDAG',
      weight: 15,
    },
    // The procurement unit (UKPBJ) sits in the Sekretariat Daerah.
    {
      code: 'ekonomi.pengadaan',
      name: 'Pengadaan Barang/Jasa',
      nameEn: 'Public procurement',
      opd: 'SETDA',
      weight: 10,
    },
    {
      code: 'ekonomi.apbd',
      name: 'APBD',
      nameEn: 'Regency budget',
      opd: 'BPKAD',
      weight: 10,
    },
    {
      code: 'ekonomi.destinasi-pariwisata',
      name: 'Destinasi Pariwisata',
      nameEn: 'Tourist destinations',
      opd: 'DISBUDPAR',
      weight: 10,
    },
    // Online lenders are OJK's (national); forwarded.
    {
      code: 'ekonomi.fintech',
      name: 'Layanan Keuangan Digital/Fintech',
      nameEn: 'Online lending and fintech',
      opd: 'SETDA',
      weight: 10,
    },
    {
      code: 'ekonomi.penanaman-modal',
      name: 'Penanaman Modal/ Investasi',
      nameEn: 'Investment and business permits',
      opd: 'DPMPTSP',
      weight: 5,
    },
  ],
  konsumen: [
    {
      code: 'konsumen.e-commerce',
      name: 'Perlindungan Konsumen Terkait Transaksi Perdagangan melalui Sistem Elektronik (E-Commerce)',
      nameEn: 'Consumer protection: online shopping',
      opd: 'DISDAG',
      weight: 40,
    },
    {
      code: 'konsumen.listrik-gas',
      name: 'Perlindungan Konsumen Terkait Listrik dan Gas Rumah Tangga',
      nameEn: 'Consumer protection: household electricity and gas',
      opd: 'DISDAG',
      weight: 30,
    },
    {
      code: 'konsumen.obat-makanan',
      name: 'Perlindungan Konsumen Terkait Obat dan Makanan',
      nameEn: 'Consumer protection: medicines and food',
      opd: 'DINKES',
      weight: 30,
    },
  ],
  pertanian: [
    {
      code: 'pertanian.pupuk',
      name: 'Pupuk',
      nameEn: 'Subsidised fertiliser',
      opd: 'DKPP',
      weight: 35,
    },
    {
      code: 'pertanian.bantuan-pertanian',
      name: 'Bantuan Pertanian',
      nameEn: 'Farm aid',
      opd: 'DKPP',
      weight: 15,
    },
    {
      code: 'pertanian.irigasi',
      name: 'Irigasi Pertanian',
      nameEn: 'Irrigation',
      opd: 'DPUSDA',
      weight: 15,
    },
    {
      code: 'pertanian.peternakan',
      name: 'Peternakan',
      nameEn: 'Livestock',
      opd: 'DISNAKKAN',
      weight: 15,
    },
    // Jalan usaha tani (farm roads) are DKPP's, not Bina Marga's (domain.md §4.3).
    {
      code: 'pertanian.sarana-pertanian',
      name: 'Pengembangan Sarana Pertanian',
      nameEn: 'Farm infrastructure (farm roads)',
      opd: 'DKPP',
      weight: 10,
    },
    {
      code: 'pertanian.bencana-pertanian',
      name: 'Penanggulangan Bencana Pertanian',
      nameEn: 'Crop failure and pests',
      opd: 'DKPP',
      weight: 10,
    },
  ],
  desa: [
    {
      code: 'desa.dana-desa',
      name: 'Dana Desa',
      nameEn: 'Village funds',
      opd: 'DPMD',
      weight: 35,
    },
    // Misuse is an audit matter (domain.md §4.4: "dana desa → DPMD/Inspektorat").
    {
      code: 'desa.penyalahgunaan-dana-desa',
      name: 'Penyalahgunaan Dana Desa',
      nameEn: 'Misuse of village funds',
      opd: 'INSP',
      weight: 20,
    },
    {
      code: 'desa.pemerintahan-desa',
      name: 'Pemerintahan Desa',
      nameEn: 'Village government',
      opd: 'DPMD',
      weight: 20,
    },
    {
      code: 'desa.blt-dana-desa',
      name: 'BLT (Bantuan Langsung Tunai) Dana Desa',
      nameEn: 'Cash aid from village funds (BLT DD)',
      opd: 'DPMD',
      weight: 15,
    },
    {
      code: 'desa.bumdes',
      name: 'Badan Usaha Milik Desa',
      nameEn: 'Village-owned enterprises (BUMDes)',
      opd: 'DPMD',
      weight: 10,
    },
  ],
  pen: [
    {
      code: 'pen.umkm',
      name: 'UMKM',
      nameEn: 'Small business recovery aid',
      opd: 'DINKOPUM',
      weight: 60,
    },
    {
      code: 'pen.perlindungan-sosial',
      name: 'Perlindungan Sosial',
      nameEn: 'Social protection',
      opd: 'DINSOS',
      weight: 40,
    },
  ],
  'topik-khusus': [
    {
      code: 'topik-khusus.subsidi-lpg',
      name: 'Subsidi LPG',
      nameEn: 'LPG subsidy',
      opd: 'DISDAG',
      weight: 40,
    },
    {
      code: 'topik-khusus.bahan-pangan',
      name: 'Jenis, Mutu, dan Harga Bahan Pangan',
      nameEn: 'Food type, quality and price',
      opd: 'DKPP',
      weight: 30,
    },
    {
      code: 'topik-khusus.subsidi-listrik',
      name: 'Subsidi Listrik',
      nameEn: 'Electricity subsidy',
      opd: 'SETDA',
      weight: 30,
    },
  ],
  // Still filed in 2025 (38 of 3,278 reports), mostly about aid paid out during the pandemic.
  corona: [
    {
      code: 'corona.bansos-daerah',
      name: 'Bansos Daerah (Pemprov, Kab/Kota)',
      nameEn: 'Regional COVID-19 social aid',
      opd: 'DINSOS',
      weight: 40,
    },
    {
      code: 'corona.pelayanan-kesehatan',
      name: 'Pelayanan Kesehatan',
      nameEn: 'COVID-19 health care',
      opd: 'DINKES',
      weight: 30,
    },
    {
      code: 'corona.blt-dana-desa',
      name: 'Bantuan Langsung Tunai Dana Desa (BLT DD)',
      nameEn: 'COVID-19 cash aid from village funds',
      opd: 'DPMD',
      weight: 30,
    },
  ],
}
