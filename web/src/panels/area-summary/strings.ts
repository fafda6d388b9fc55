import { registerStrings } from '../../i18n/i18n.js'

registerStrings('area', {
  id: {
    title: 'Kecamatan',
    kecamatan: '',
    open: 'Terbuka',
    overdue: 'Terlambat',
    today: 'Hari ini',
    issues: 'Isu',
  },
  en: {
    title: 'Kecamatan',
    kecamatan: '',
    open: 'Open',
    overdue: 'Overdue',
    today: 'Today',
    issues: 'Issues',
  },
})
