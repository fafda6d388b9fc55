import type { Channel, Reporter } from '@pendopo/shared'

import type { Random } from './random.js'

/**
 * Who reports. Names are common Javanese and Indonesian given names, often alone (many Javanese have
 * one name), otherwise with a common second name; combined at random, they name no one in particular.
 * Phone numbers use real Indonesian mobile prefixes and random digits.
 */

const MEN = (
  'Agus|Budi|Slamet|Sugeng|Joko|Bambang|Suparman|Sutrisno|Heru|Eko|Dwi|Teguh|Wahyu|Rudi|Hadi|' +
  'Supriyadi|Mulyono|Sunarto|Ahmad|Muhammad|Imam|Rizky|Fajar|Yusuf|Arif|Andi|Didik|Kusnadi|Sukarji|' +
  'Darmaji|Gatot|Nur Kholis|Mashudi|Kasmo|Sholikin|Abdul Rohman|Fathur|Bagus|Yoga|Dimas|Aditya|' +
  'Ilham|Sodikin|Kasiran'
).split('|')
const WOMEN = (
  'Sri|Siti|Tri|Endang|Sumarni|Lestari|Wulan|Dewi|Rina|Yuli|Ani|Puji|Suwarni|Kartini|Wahyuni|Indah|' +
  'Fitri|Rahayu|Ratna|Umi|Lilik|Nurul|Anis|Siti Aminah|Mujiati|Sulastri|Khoirul Umah|Eka|Novi|Dian|' +
  'Ayu|Tutik|Sumiati'
).split('|')
const SECOND_NAMES = (
  'Santoso|Wibowo|Susanto|Prasetyo|Hartono|Setiawan|Purnomo|Utomo|Nugroho|Kurniawan|Hidayat|' +
  'Saputra|Wijaya|Susilo|Fauzi|Hakim|Syaifudin|Mustofa|Maulana|Riyanto|Kusuma|Firmansyah|Ramadhan|' +
  'Anwar|Ma’ruf|Zainuri'
).split('|')
const WOMEN_SECOND_NAMES = (
  'Rahmawati|Lestari|Suryani|Handayani|Sholikhah|Nurhayati|Wulandari|Puspitasari|Kusumawati|' +
  'Safitri|Maulida|Fatimah|Ningsih|Rohmah'
).split('|')

/** Mobile prefixes of Telkomsel, Indosat, XL, Tri and Smartfren. */
const PREFIXES = (
  '0811|0812|0813|0821|0822|0823|0852|0853|0814|0815|0856|0857|0858|0817|0818|0819|0859|0877|0878|' +
  '0895|0896|0897|0898|0881|0882|0885'
).split('|')

/** About one in five reports is anonymous (anonim), one in twenty confidential (rahasia) (the brief). */
const ANONYMOUS_SHARE = 0.2
const CONFIDENTIAL_SHARE = 0.05
/** Whistle-blowing reports are mostly anonymous and confidential. */
const WBS = { anonymous: 0.6, confidential: 0.5 }
/** Channels whose gateway always knows the sender's number. */
const NUMBERED: ReadonlySet<Channel> = new Set(['whatsapp', 'sms1708'])
/** Share of named reporters who leave a number on the other channels. */
const PHONE_SHARE: Partial<Record<Channel, number>> = {
  lapor: 0.7,
  web: 0.8,
  social: 0.2,
  radio: 0.5,
  ppid: 0.9,
  dialog_jumat: 0.4,
  sapa_bupati: 0.4,
  sambang_desa: 0.3,
}

/** A reporter's name, as a person gives it: one name or two. */
export function personName(rng: Random): string {
  const woman = rng.chance(0.45)
  const given = rng.pick(woman ? WOMEN : MEN)
  if (rng.chance(0.3)) return given
  return `${given} ${rng.pick(woman && rng.chance(0.6) ? WOMEN_SECOND_NAMES : SECOND_NAMES)}`
}

/** An Indonesian mobile number, `08…`, 10 to 12 digits. */
export function phoneNumber(rng: Random): string {
  let digits = rng.pick(PREFIXES)
  const length = rng.int(10, 12)
  while (digits.length < length) digits += String(rng.int(0, 9))
  return digits
}

/** The reporter block of a submission, as the channel would fill it. */
export function drawReporter(rng: Random, options: { channel: Channel; whistleblowing: boolean }): Reporter {
  const { channel, whistleblowing } = options
  const anonymous = rng.chance(whistleblowing ? WBS.anonymous : ANONYMOUS_SHARE)
  const confidential = rng.chance(whistleblowing ? WBS.confidential : CONFIDENTIAL_SHARE)
  const name = anonymous ? undefined : personName(rng)
  const phone =
    NUMBERED.has(channel) || (!anonymous && rng.chance(PHONE_SHARE[channel] ?? 0))
      ? phoneNumber(rng)
      : undefined
  return {
    anonymous,
    confidential,
    ...(name === undefined ? {} : { name }),
    ...(phone === undefined ? {} : { phone }),
  }
}
