import type { CategoryRowsByTop } from '../categoryTops.js'

/**
 * Public works, environment, water and energy, transport: the sub-categories behind most map pins.
 * Names are LAPOR!'s sub-category names in title case; rows marked "Pendopo split" refine a LAPOR! name
 * where Bojonegoro routes by who owns the asset (domain.md §4.4, "Proposed Bojonegoro routing").
 */
export const WORKS_CATEGORY_ROWS: CategoryRowsByTop<'pupr' | 'lingkungan' | 'energi-sda' | 'perhubungan'> = {
  pupr: [
    {
      code: 'pupr.jalan-berlubang',
      name: 'Jalan Berlubang',
      nameEn: 'Potholed road (regency road)',
      opd: 'DPUBMPR',
      weight: 30,
      villageIssue: 'road',
    },
    // Pendopo split of JALAN BERLUBANG: a village road is the desa's asset, so it goes to DPMD (dana desa),
    // not to Bina Marga. The dominant theme of Sapa Bupati 2026 (domain.md §4.5).
    {
      code: 'pupr.jalan-desa',
      name: 'Jalan Desa Rusak',
      nameEn: 'Damaged village road',
      opd: 'DPMD',
      weight: 22,
      villageIssue: 'road',
    },
    {
      code: 'pupr.jembatan',
      name: 'Jembatan',
      nameEn: 'Bridge',
      opd: 'DPUBMPR',
      weight: 10,
      villageIssue: 'road',
    },
    {
      code: 'pupr.drainase',
      name: 'Drainase (Gorong-gorong/Parit)',
      nameEn: 'Drainage (culverts, ditches)',
      opd: 'DPKPCK',
      weight: 12,
    },
    // Street lights inside the town are Cipta Karya's; elsewhere see perhubungan.lampu-pju (Dishub).
    {
      code: 'pupr.penerangan-jalan',
      name: 'Penerangan Jalan',
      nameEn: 'Street lighting (town)',
      opd: 'DPKPCK',
      weight: 10,
    },
    {
      code: 'pupr.sumber-daya-air',
      name: 'Sumber Daya Air',
      nameEn: 'Water resources (irrigation, embankments, riverbanks)',
      opd: 'DPUSDA',
      weight: 8,
    },
    {
      code: 'pupr.permukiman',
      name: 'Permukiman',
      nameEn: 'Settlements and housing',
      opd: 'DPKPCK',
      weight: 5,
    },
    // Land titles are BPN's (national); the regency's Bagian Pemerintahan forwards.
    {
      code: 'pupr.pertanahan',
      name: 'Pertanahan',
      nameEn: 'Land disputes and certificates',
      opd: 'SETDA',
      weight: 3,
    },
  ],
  lingkungan: [
    // Routed to the owner of the embankments; BPBD joins when it is an emergency (domain.md §4.4).
    {
      code: 'lingkungan.banjir',
      name: 'Banjir',
      nameEn: 'Flood',
      opd: 'DPUSDA',
      weight: 25,
      villageIssue: 'flood',
    },
    // Pendopo split: LAPOR! files drought under LAINNYA TERKAIT PENANGGULANGAN BENCANA. In Bojonegoro it is
    // a yearly dry-season event (63 drought-prone desa) answered by BPBD water dropping.
    {
      code: 'lingkungan.kekeringan',
      name: 'Kekeringan',
      nameEn: 'Drought (clean water dropping)',
      opd: 'BPBD',
      weight: 10,
      villageIssue: 'drought',
    },
    {
      code: 'lingkungan.longsor',
      name: 'Longsor',
      nameEn: 'Landslide',
      opd: 'BPBD',
      weight: 5,
      villageIssue: 'landslide',
    },
    {
      code: 'lingkungan.pengelolaan-sampah',
      name: 'Pengelolaan Sampah',
      nameEn: 'Waste management',
      opd: 'DLH',
      weight: 25,
    },
    {
      code: 'lingkungan.pencemaran',
      name: 'Pencemaran Lingkungan',
      nameEn: 'Pollution (including oil and gas areas)',
      opd: 'DLH',
      weight: 18,
    },
    {
      code: 'lingkungan.sanitasi',
      name: 'Sanitasi',
      nameEn: 'Sanitation',
      opd: 'DPKPCK',
      weight: 7,
    },
    {
      code: 'lingkungan.penebangan-liar',
      name: 'Penebangan Liar (Ilegal Logging)',
      nameEn: 'Illegal logging',
      opd: 'DLH',
      weight: 4,
    },
    // 40 % of the regency is (teak) forest.
    {
      code: 'lingkungan.kebakaran-hutan',
      name: 'Kebakaran Hutan',
      nameEn: 'Forest fire',
      opd: 'BPBD',
      weight: 6,
      villageIssue: 'fire',
    },
  ],
  'energi-sda': [
    {
      code: 'energi-sda.gangguan-air',
      name: 'Gangguan Layanan Penyaluran Air',
      nameEn: 'Piped water outage',
      opd: 'PDAM',
      weight: 25,
      villageIssue: 'clean_water',
    },
    {
      code: 'energi-sda.tarif-pdam',
      name: 'Biaya/Tarif PDAM',
      nameEn: 'PDAM bills and tariffs',
      opd: 'PDAM',
      weight: 10,
    },
    // Villages outside the PDAM network draw water from community systems, which Cipta Karya builds.
    {
      code: 'energi-sda.air-minum-lainnya',
      name: 'Lainnya Terkait Layanan Air Minum',
      nameEn: 'Other clean water supply (village systems)',
      opd: 'DPKPCK',
      weight: 10,
      villageIssue: 'clean_water',
    },
    // PLN is a state company; the regency forwards ("no wrong door").
    {
      code: 'energi-sda.pemadaman-listrik',
      name: 'Pemadaman Listrik',
      nameEn: 'Power cut',
      opd: 'SETDA',
      weight: 15,
    },
    {
      code: 'energi-sda.kelangkaan-bbm-elpiji',
      name: 'Kelangkaan BBM/Elpiji',
      nameEn: 'Fuel or LPG shortage',
      opd: 'DISDAG',
      weight: 15,
    },
    // Banyu Urip, Jambaran-Tiung Biru, Sukowati, the old Wonocolo wells: dust, noise, flaring.
    {
      code: 'energi-sda.dampak-pertambangan',
      name: 'Dampak Lingkungan Area Pertambangan',
      nameEn: 'Environmental impact of mining and oil and gas areas',
      opd: 'DLH',
      weight: 20,
    },
    {
      code: 'energi-sda.lahan-pertambangan',
      name: 'Lahan Pertambangan',
      nameEn: 'Land for mining and oil and gas',
      opd: 'SETDA',
      weight: 5,
    },
  ],
  perhubungan: [
    {
      code: 'perhubungan.lampu-pju',
      name: 'Lampu Penerangan Jalan Umum',
      nameEn: 'Street lights (outside town)',
      opd: 'DISHUB',
      weight: 35,
    },
    {
      code: 'perhubungan.parkir-liar',
      name: 'Parkir Liar',
      nameEn: 'Illegal parking and parking attendants',
      opd: 'DISHUB',
      weight: 25,
    },
    {
      code: 'perhubungan.transportasi-darat',
      name: 'Transportasi Darat',
      nameEn: 'Road transport and traffic signs',
      opd: 'DISHUB',
      weight: 25,
    },
    // KAI is national, but level crossings without gates are the regency's Dishub's to raise.
    {
      code: 'perhubungan.perkeretaapian',
      name: 'Perkeretaapian',
      nameEn: 'Railways and level crossings',
      opd: 'DISHUB',
      weight: 10,
    },
    {
      code: 'perhubungan.transportasi-online',
      name: 'Transportasi Online',
      nameEn: 'Ride-hailing',
      opd: 'SETDA',
      weight: 5,
    },
  ],
}
