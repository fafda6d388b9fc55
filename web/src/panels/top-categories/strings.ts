import { registerStrings } from '../../i18n/i18n.js'

registerStrings('top-categories', {
  id: {
    title: 'Isu teratas pekan ini',
    window: '7 hari terakhir',
    thisWeek: 'Pekan ini',
    lastWeek: 'Pekan sebelumnya',
    rising: 'naik tajam',
    regencyWide: 'seluruh kabupaten',
    byRoute: 'kategori OPD ini',
    empty: 'Belum ada laporan pekan ini.',
  },
  en: {
    title: 'Top issues this week',
    window: 'last 7 days',
    thisWeek: 'This week',
    lastWeek: 'Week before',
    rising: 'rising fast',
    regencyWide: 'whole regency',
    byRoute: 'these OPDs’ categories',
    empty: 'No complaints this week yet.',
  },
})
