import { registerStrings } from '../../i18n/i18n.js'

registerStrings('rates', {
  id: {
    title: 'Penyelesaian dan ketepatan waktu',
    completion: 'Penyelesaian',
    completionOf: '{{n}} dari {{of}}',
    onTime: 'Tepat waktu, {{days}} hari',
    onTimeOf: '{{n}} dari {{of}}',
    worst: 'Terendah',
    scene: 'OPD ini',
    'key.onTime': 'tepat waktu',
    'key.completion': 'selesai',
    none: 'Belum ada tindak lanjut.',
  },
  en: {
    title: 'Completion and on-time rates',
    completion: 'Completion',
    completionOf: '{{n}} of {{of}}',
    onTime: 'On time, {{days}} days',
    onTimeOf: '{{n}} of {{of}}',
    worst: 'Lowest',
    scene: 'These OPDs',
    'key.onTime': 'on time',
    'key.completion': 'closed',
    none: 'No follow-ups yet.',
  },
})
