import type { CategoryRowsByTop } from '../categoryTops.js'

/**
 * Civil registration, work and the civil service, public order, politics and law. Names are LAPOR!'s
 * sub-category names in title case. Topics the regency has no authority over (police, courts, immigration,
 * elections, PLN) go to SETDA, which forwards them: "no wrong door".
 */
export const CIVIL_CATEGORY_ROWS: CategoryRowsByTop<
  'kependudukan' | 'ketenagakerjaan' | 'trantibum' | 'polhuk'
> = {
  kependudukan: [
    {
      code: 'kependudukan.ktp',
      name: 'KTP (Kartu Tanda Penduduk)',
      nameEn: 'Identity card (KTP-el)',
      opd: 'DISDUKCAPIL',
      weight: 30,
    },
    {
      code: 'kependudukan.kartu-keluarga',
      name: 'Kartu Keluarga',
      nameEn: 'Family card (KK)',
      opd: 'DISDUKCAPIL',
      weight: 20,
    },
    {
      code: 'kependudukan.akta-kelahiran',
      name: 'Akta Kelahiran',
      nameEn: 'Birth certificate',
      opd: 'DISDUKCAPIL',
      weight: 15,
    },
    {
      code: 'kependudukan.akta-kematian',
      name: 'Akta Kematian',
      nameEn: 'Death certificate',
      opd: 'DISDUKCAPIL',
      weight: 5,
    },
    {
      code: 'kependudukan.pindah-domisili',
      name: 'Pindah Domisili',
      nameEn: 'Change of residence',
      opd: 'DISDUKCAPIL',
      weight: 10,
    },
    // A NIK that BPJS or the bansos register cannot match is fixed at Dukcapil.
    {
      code: 'kependudukan.sinkronisasi-data',
      name: 'Sinkronisasi Data Kependudukan',
      nameEn: 'Population data mismatch (NIK)',
      opd: 'DISDUKCAPIL',
      weight: 10,
    },
    {
      code: 'kependudukan.penyuluhan-kb',
      name: 'Penyuluhan KB',
      nameEn: 'Family planning counselling',
      opd: 'DP3AKB',
      weight: 7,
    },
    {
      code: 'kependudukan.batas-wilayah',
      name: 'Batas Wilayah Kab/Kota/Provinsi',
      nameEn: 'Administrative boundaries',
      opd: 'SETDA',
      weight: 3,
    },
  ],
  ketenagakerjaan: [
    {
      code: 'ketenagakerjaan.gaji-pekerja',
      name: 'Gaji Pekerja',
      nameEn: 'Wages (minimum wage, unpaid wages)',
      opd: 'DISPERINAKER',
      weight: 20,
    },
    // Includes local hiring at the oil and gas projects, a standing Bojonegoro grievance.
    {
      code: 'ketenagakerjaan.rekrutmen',
      name: 'Rekrutmen Tenagakerja',
      nameEn: 'Recruitment and local hiring',
      opd: 'DISPERINAKER',
      weight: 20,
    },
    {
      code: 'ketenagakerjaan.tenaga-honorer',
      name: 'Tenaga Honorer',
      nameEn: 'Non-permanent government staff (honorer, PPPK)',
      opd: 'BKPP',
      weight: 20,
    },
    {
      code: 'ketenagakerjaan.kinerja-asn',
      name: 'Pangkat, Jabatan, dan Kinerja ASN',
      nameEn: 'Civil servant rank, post and performance',
      opd: 'BKPP',
      weight: 10,
    },
    {
      code: 'ketenagakerjaan.tunjangan-guru',
      name: 'Tunjangan Profesi Guru',
      nameEn: 'Teacher professional allowance',
      opd: 'DISDIK',
      weight: 10,
    },
    {
      code: 'ketenagakerjaan.jaminan-sosial',
      name: 'Jaminan Sosial Ketenagakerjaan',
      nameEn: "Workers' social security (BPJS Ketenagakerjaan)",
      opd: 'DISPERINAKER',
      weight: 10,
    },
    {
      code: 'ketenagakerjaan.pekerja-migran',
      name: 'Perlindungan Pekerja Migran Indonesia (PMI)',
      nameEn: 'Protection of migrant workers',
      opd: 'DISPERINAKER',
      weight: 5,
    },
    {
      code: 'ketenagakerjaan.keselamatan-pekerja',
      name: 'Keselamatan Pekerja',
      nameEn: 'Workplace safety',
      opd: 'DISPERINAKER',
      weight: 5,
    },
  ],
  trantibum: [
    {
      code: 'trantibum.ketertiban-umum',
      name: 'Ketertiban Umum',
      nameEn: 'Public order (street vendors, bylaws)',
      opd: 'SATPOLPP',
      weight: 35,
    },
    {
      code: 'trantibum.keresahan-masyarakat',
      name: 'Keresahan Masyarakat',
      nameEn: 'Community disturbance',
      opd: 'SATPOLPP',
      weight: 20,
    },
    {
      code: 'trantibum.pemadaman-kebakaran',
      name: 'Pemadaman Kebakaran',
      nameEn: 'Fire fighting',
      opd: 'DAMKAR',
      weight: 15,
      villageIssue: 'fire',
    },
    {
      code: 'trantibum.sampah-liar',
      name: 'Sampah Liar',
      nameEn: 'Illegal dumping',
      opd: 'DLH',
      weight: 10,
    },
    {
      code: 'trantibum.kriminalitas',
      name: 'Kriminalitas',
      nameEn: 'Crime (for the police)',
      opd: 'SETDA',
      weight: 10,
    },
    {
      code: 'trantibum.tawuran',
      name: 'Tawuran/ Rusuh',
      nameEn: 'Brawls and riots',
      opd: 'BAKESBANGPOL',
      weight: 5,
    },
    {
      code: 'trantibum.radikalisme',
      name: 'Radikalisme',
      nameEn: 'Radicalism',
      opd: 'BAKESBANGPOL',
      weight: 5,
    },
  ],
  polhuk: [
    {
      code: 'polhuk.pungli',
      name: 'Pungutan Liar',
      nameEn: 'Illegal levies (pungli)',
      opd: 'INSP',
      weight: 25,
    },
    {
      code: 'polhuk.penyalahgunaan-wewenang',
      name: 'Penyalahgunaan Wewenang',
      nameEn: 'Abuse of office',
      opd: 'INSP',
      weight: 15,
    },
    {
      code: 'polhuk.pilkades',
      name: 'Pemilihan Kepala Desa/Pilkades',
      nameEn: 'Village head elections',
      opd: 'DPMD',
      weight: 15,
    },
    {
      code: 'polhuk.kewaspadaan-nasional',
      name: 'Kewaspadaan Nasional',
      nameEn: 'National vigilance (mass organisations, conflict)',
      opd: 'BAKESBANGPOL',
      weight: 10,
    },
    {
      code: 'polhuk.hukum',
      name: 'Hukum',
      nameEn: 'Legal matters',
      opd: 'SETDA',
      weight: 15,
    },
    {
      code: 'polhuk.pemilihan-umum',
      name: 'Pemilihan Umum',
      nameEn: 'General elections',
      opd: 'SETDA',
      weight: 10,
    },
    {
      code: 'polhuk.imigrasi',
      name: 'Imigrasi',
      nameEn: 'Immigration (passports, visas)',
      opd: 'SETDA',
      weight: 10,
    },
  ],
}
