import type { CategoryRowsByTop } from '../categoryTops.js'

/**
 * Health, schooling and welfare: the services a household meets. Names are LAPOR!'s sub-category names in
 * title case; routing follows domain.md §4.4 ("Proposed Bojonegoro routing").
 */
export const PEOPLE_CATEGORY_ROWS: CategoryRowsByTop<
  'kesehatan' | 'pendidikan' | 'kekerasan-sekolah' | 'mbg' | 'sosial' | 'gender-inklusi'
> = {
  kesehatan: [
    // Dinkes leads; Bappeda coordinates the stunting task force (TPPS).
    {
      code: 'kesehatan.stunting',
      name: 'Gizi Buruk/Stunting',
      nameEn: 'Malnutrition and stunting',
      opd: 'DINKES',
      weight: 15,
      villageIssue: 'stunting',
    },
    {
      code: 'kesehatan.fasilitas-kesehatan',
      name: 'Fasilitas Kesehatan',
      nameEn: 'Health facilities (puskesmas, polindes)',
      opd: 'DINKES',
      weight: 20,
    },
    // The main regency hospital by default; the verifier moves it to RSUD Padangan or Sumberrejo by place.
    {
      code: 'kesehatan.pelayanan-rumah-sakit',
      name: 'Masalah Pelayanan Kesehatan',
      nameEn: 'Hospital care problems',
      opd: 'RSUD-SOS',
      weight: 20,
    },
    // The regency pays BPJS premiums for the poor it registers (PBI daerah).
    {
      code: 'kesehatan.jaminan-kesehatan',
      name: 'Jaminan Sosial Kesehatan',
      nameEn: 'Health insurance (BPJS Kesehatan)',
      opd: 'DINKES',
      weight: 15,
    },
    {
      code: 'kesehatan.fogging',
      name: 'Fogging Nyamuk',
      nameEn: 'Mosquito fogging (dengue)',
      opd: 'DINKES',
      weight: 10,
    },
    {
      code: 'kesehatan.imunisasi',
      name: 'Pelayanan Vaksinasi / Imunisasi',
      nameEn: 'Vaccination',
      opd: 'DINKES',
      weight: 8,
    },
    {
      code: 'kesehatan.obat',
      name: 'Pelayanan Obat',
      nameEn: 'Medicines',
      opd: 'DINKES',
      weight: 7,
    },
    {
      code: 'kesehatan.ambulans',
      name: 'Layanan Ambulan',
      nameEn: 'Ambulance service',
      opd: 'DINKES',
      weight: 5,
    },
  ],
  pendidikan: [
    {
      code: 'pendidikan.penerimaan-siswa-baru',
      name: 'Penerimaan Siswa Baru',
      nameEn: 'School admissions (SPMB)',
      opd: 'DISDIK',
      weight: 25,
    },
    {
      code: 'pendidikan.biaya-sekolah',
      name: 'Biaya Sekolah',
      nameEn: 'School fees and levies',
      opd: 'DISDIK',
      weight: 20,
    },
    {
      code: 'pendidikan.kip',
      name: 'Kartu Indonesia Pintar/KIP',
      nameEn: 'KIP education aid',
      opd: 'DISDIK',
      weight: 15,
    },
    {
      code: 'pendidikan.beasiswa',
      name: 'Beasiswa',
      nameEn: 'Scholarships',
      opd: 'DISDIK',
      weight: 10,
    },
    {
      code: 'pendidikan.administrasi-siswa',
      name: 'Administrasi Siswa',
      nameEn: 'Student records and certificates',
      opd: 'DISDIK',
      weight: 10,
    },
    {
      code: 'pendidikan.paud',
      name: 'PAUD dan Pendidikan Informal',
      nameEn: 'Early childhood and informal education',
      opd: 'DISDIK',
      weight: 10,
    },
    {
      code: 'pendidikan.dikdasmen-lainnya',
      name: 'Lainnya Terkait Pendidikan Dasar dan Menengah',
      nameEn: 'Other primary and secondary schooling (buildings, teachers)',
      opd: 'DISDIK',
      weight: 5,
    },
    {
      code: 'pendidikan.kebudayaan',
      name: 'Kebudayaan',
      nameEn: 'Culture',
      opd: 'DISBUDPAR',
      weight: 5,
    },
  ],
  'kekerasan-sekolah': [
    {
      code: 'kekerasan-sekolah.perundungan',
      name: 'Perundungan (Bullying)',
      nameEn: 'Bullying',
      opd: 'DISDIK',
      weight: 50,
    },
    {
      code: 'kekerasan-sekolah.kekerasan-seksual',
      name: 'Kekerasan Seksual',
      nameEn: 'Sexual violence',
      opd: 'DP3AKB',
      weight: 30,
    },
    {
      code: 'kekerasan-sekolah.intoleransi',
      name: 'Intoleransi',
      nameEn: 'Intolerance',
      opd: 'DISDIK',
      weight: 20,
    },
  ],
  // MBG is run by the national Badan Gizi Nasional; locally, food safety is Dinkes's and schools Disdik's.
  mbg: [
    {
      code: 'mbg.kualitas-makanan',
      name: 'Kualitas Makanan MBG',
      nameEn: 'Quality of MBG meals',
      opd: 'DINKES',
      weight: 50,
    },
    {
      code: 'mbg.pelaksanaan-di-sekolah',
      name: 'Pelaksanaan MBG di Sekolah',
      nameEn: 'MBG delivery at schools',
      opd: 'DISDIK',
      weight: 30,
    },
    {
      code: 'mbg.distribusi',
      name: 'Distribusi & Penyaluran MBG',
      nameEn: 'MBG distribution',
      opd: 'SETDA',
      weight: 20,
    },
  ],
  sosial: [
    {
      code: 'sosial.dtks',
      name: 'Data Terpadu Kesejahteraan Sosial (DTKS)',
      nameEn: 'Welfare register (DTKS/DTSEN)',
      opd: 'DINSOS',
      weight: 25,
    },
    {
      code: 'sosial.pkh',
      name: 'PKH Program Keluarga Harapan',
      nameEn: 'Family Hope Programme (PKH)',
      opd: 'DINSOS',
      weight: 20,
    },
    {
      code: 'sosial.bpnt',
      name: 'Bantuan Pangan Non Tunai (BPNT)',
      nameEn: 'Non-cash food aid (BPNT)',
      opd: 'DINSOS',
      weight: 15,
    },
    {
      code: 'sosial.bansos-daerah',
      name: 'Bansos Daerah',
      nameEn: 'Regency social aid',
      opd: 'DINSOS',
      weight: 15,
    },
    // LAPOR!'s name for the house-repair programme people call RTLH; Dinsos with DPKPCK (domain.md §4.3).
    {
      code: 'sosial.rtlh',
      name: 'Rumah Sejahtera Terpadu (RST)',
      nameEn: 'Repair of uninhabitable homes (RTLH)',
      opd: 'DINSOS',
      weight: 10,
    },
    {
      code: 'sosial.kis',
      name: 'Kartu Indonesia Sehat (KIS)',
      nameEn: 'KIS health card for the poor',
      opd: 'DINSOS',
      weight: 10,
    },
    {
      code: 'sosial.lainnya',
      name: 'Lainnya Terkait Sosial dan Kesejahteraan',
      nameEn: 'Other social affairs',
      opd: 'DINSOS',
      weight: 5,
    },
  ],
  'gender-inklusi': [
    {
      code: 'gender-inklusi.kdrt',
      name: 'Kekerasan dalam Rumah Tangga',
      nameEn: 'Domestic violence',
      opd: 'DP3AKB',
      weight: 30,
    },
    {
      code: 'gender-inklusi.pelecehan-seksual',
      name: 'Pelecehan Seksual',
      nameEn: 'Sexual harassment',
      opd: 'DP3AKB',
      weight: 25,
    },
    {
      code: 'gender-inklusi.disabilitas',
      name: 'Akses Masyarakat Berkebutuhan Khusus/ Disabilitas',
      nameEn: 'Access for people with disabilities',
      opd: 'DINSOS',
      weight: 25,
    },
    {
      code: 'gender-inklusi.anak-terlantar',
      name: 'Anak Terlantar',
      nameEn: 'Neglected children',
      opd: 'DINSOS',
      weight: 20,
    },
  ],
}
