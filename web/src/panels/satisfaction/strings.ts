import { registerStrings } from '../../i18n/i18n.js'

registerStrings('satisfaction', {
  id: {
    title: 'Kepuasan pelapor',
    satisfied: 'puas atau sangat puas',
    of: '{{n}} penilaian, {{days}} hari',
    regencyWide: 'seluruh kabupaten',
    none: 'Belum ada penilaian.',
    sangat_puas: 'Sangat Puas',
    puas: 'Puas',
    cukup_puas: 'Cukup Puas',
    tidak_puas: 'Tidak Puas',
  },
  en: {
    title: 'Reporter satisfaction',
    satisfied: 'satisfied or very satisfied',
    of: '{{n}} ratings, {{days}} days',
    regencyWide: 'whole regency',
    none: 'No ratings yet.',
    sangat_puas: 'Very satisfied',
    puas: 'Satisfied',
    cukup_puas: 'Fairly satisfied',
    tidak_puas: 'Not satisfied',
  },
})
