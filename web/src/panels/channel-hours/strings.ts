import { registerStrings } from '../../i18n/i18n.js'

registerStrings('channel-hours', {
  id: {
    title: 'Laporan masuk per jam, per kanal',
    'title.area': 'Laporan masuk per jam di wilayah ini',
    vsLastWeek: 'hari ini {{today}} · {{weekday}} lalu {{last}}',
    other: 'Lainnya',
    area: 'Wilayah ini',
    lastWeek: '{{weekday}} lalu',
    regencyWide: 'seluruh kabupaten',
  },
  en: {
    title: 'Complaints per hour, by channel',
    'title.area': 'Complaints per hour in this area',
    vsLastWeek: 'today {{today}} · last {{weekday}} {{last}}',
    other: 'Other',
    area: 'This area',
    lastWeek: 'Last {{weekday}}',
    regencyWide: 'whole regency',
  },
})
