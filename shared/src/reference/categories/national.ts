import type { CategoryRowsByTop } from '../categoryTops.js'

/**
 * Tops that are national business, rarely or never seen in the 2025 sample. Most go to SETDA, which forwards
 * them ("no wrong door"). Where LAPOR! lists no sub-category for a top, the single row `<top>.umum` carries
 * the top's own name.
 */
export const NATIONAL_CATEGORY_ROWS: CategoryRowsByTop<
  | 'perairan'
  | 'legalisasi-konsuler'
  | 'pelindungan-wni'
  | 'hewan-liar'
  | 'diplomatik'
  | 'kerjasama-bilateral'
  | 'kerjasama-multilateral'
  | 'peniadaan-mudik'
  | 'hakim-agung'
  | 'srgi'
> = {
  perairan: [
    {
      code: 'perairan.pungli',
      name: 'Dugaan Pungutan Liar di Perairan / Illegal Charges (Marine)',
      nameEn: 'Suspected illegal charges on the water',
      opd: 'SETDA',
      weight: 1,
    },
  ],
  'legalisasi-konsuler': [
    {
      code: 'legalisasi-konsuler.umum',
      name: 'Legalisasi Konsuler',
      nameEn: 'Consular legalisation',
      opd: 'SETDA',
      weight: 1,
    },
  ],
  // Citizens in trouble abroad from Bojonegoro are mostly migrant workers, whom Disperinaker follows up.
  'pelindungan-wni': [
    {
      code: 'pelindungan-wni.umum',
      name: 'Pelindungan WNI',
      nameEn: 'Protection of Indonesian citizens abroad',
      opd: 'DISPERINAKER',
      weight: 1,
    },
  ],
  // The one local task here: fire brigades catch snakes and remove hives.
  'hewan-liar': [
    {
      code: 'hewan-liar.umum',
      name: 'Evakuasi Hewan Liar',
      nameEn: 'Wild animal rescue',
      opd: 'DAMKAR',
      weight: 1,
    },
  ],
  diplomatik: [
    {
      code: 'diplomatik.umum',
      name: 'Fasilitas Diplomatik',
      nameEn: 'Diplomatic facilities',
      opd: 'SETDA',
      weight: 1,
    },
  ],
  'kerjasama-bilateral': [
    {
      code: 'kerjasama-bilateral.umum',
      name: 'Kerjasama Bilateral',
      nameEn: 'Bilateral cooperation',
      opd: 'SETDA',
      weight: 1,
    },
  ],
  'kerjasama-multilateral': [
    {
      code: 'kerjasama-multilateral.umum',
      name: 'Kerjasama Multilateral',
      nameEn: 'Multilateral cooperation',
      opd: 'SETDA',
      weight: 1,
    },
  ],
  'peniadaan-mudik': [
    {
      code: 'peniadaan-mudik.pelanggaran-asn',
      name: 'Pelanggaran Mudik ASN',
      nameEn: 'Homecoming ban broken by a civil servant',
      opd: 'BKPP',
      weight: 1,
    },
    {
      code: 'peniadaan-mudik.pelanggaran-non-asn',
      name: 'Pelanggaran Mudik Non ASN',
      nameEn: 'Homecoming ban broken by a resident',
      opd: 'SATPOLPP',
      weight: 1,
    },
  ],
  'hakim-agung': [
    {
      code: 'hakim-agung.umum',
      name: 'Seleksi Calon Hakim Agung RI',
      nameEn: 'Selection of Supreme Court justices',
      opd: 'SETDA',
      weight: 1,
    },
  ],
  srgi: [
    {
      code: 'srgi.umum',
      name: 'SRGI',
      nameEn: 'Indonesian geospatial reference system (SRGI)',
      opd: 'SETDA',
      weight: 1,
    },
  ],
}
