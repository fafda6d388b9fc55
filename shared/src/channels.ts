import { z } from 'zod'

/**
 * Every way a complaint reaches the regency. SIAP LAPOR! merges all of them into one queue
 * (domain.md §1.8); the channel stays on the record so the wall can show the mix.
 */
export const CHANNELS = {
  lapor: { name: 'SP4N-LAPOR!', nameEn: 'SP4N-LAPOR!' },
  sms1708: { name: 'SMS 1708', nameEn: 'SMS 1708' },
  whatsapp: { name: 'WhatsApp', nameEn: 'WhatsApp' },
  web: { name: 'Formulir web', nameEn: 'Web form' },
  social: { name: 'Media sosial', nameEn: 'Social media' },
  radio: { name: 'Radio Malowopati', nameEn: 'Radio Malowopati' },
  dialog_jumat: { name: 'Dialog Jumat', nameEn: 'Friday dialogue' },
  sambang_desa: { name: 'Sambang Desa', nameEn: 'Village visit (Sambang Desa)' },
  sapa_bupati: { name: 'Sapa Bupati', nameEn: 'Sapa Bupati' },
  ppid: { name: 'PPID', nameEn: 'PPID (information request)' },
} as const

export type Channel = keyof typeof CHANNELS
export const CHANNEL_CODES = Object.keys(CHANNELS) as [Channel, ...Channel[]]
export const ChannelSchema = z.enum(CHANNEL_CODES)
