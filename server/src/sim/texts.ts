import type { Category, Channel, GeoDesa, GeoKecamatan } from '@pendopo/shared'

import type { Random } from './random.js'
import {
  COMPLAINT_TEMPLATES,
  GENERIC,
  INFORMATION_REQUEST,
  REQUEST_PURPOSES,
  type Template,
} from './templates.js'
import { wib } from './wib.js'

/**
 * Writes a complaint's title, body and address from the templates, in the voice of its channel: an SMS
 * to 1708 starts with "BJN" (the format the regency published, domain.md §1.8), a radio call or the
 * Friday dialogue is noted by the admin who heard it, a WhatsApp message may open with a greeting.
 */

/** Streets of the town: the ordinary national-hero names every Javanese town has. */
const TOWN_STREETS = (
  'Jl. Panglima Sudirman|Jl. Veteran|Jl. Diponegoro|Jl. Gajah Mada|Jl. Untung Suropati|Jl. Hayam Wuruk|' +
  'Jl. Pahlawan|Jl. Rajekwesi|Jl. Teuku Umar|Jl. Imam Bonjol|Jl. Dr. Wahidin|Jl. Basuki Rahmat|Jl. Pemuda|' +
  'Jl. MH Thamrin|Jl. KH Mansyur|Jl. Ahmad Yani|Jl. Trunojoyo|Jl. Kartini|Jl. Mastrip|Jl. Lettu Suyitno'
).split('|')
/** Common Javanese hamlet names (dusun); many desa have a Krajan. */
const DUSUN = (
  'Krajan|Kidul|Lor|Wetan|Kulon|Tengah|Jambean|Sumberan|Karangan|Mbulu|Pencol|Tegalan|Gedangan|Klampok|' +
  'Ngablak|Kedungdowo|Sidorejo|Ngrandu'
).split('|')
const LANDMARKS = [
  'depan balai desa',
  'dekat masjid',
  'sebelah SD',
  'pertigaan dekat pos kamling',
  'samping lapangan desa',
  'depan pasar',
  'dekat jembatan',
  'tikungan dekat makam',
  'depan rumah Pak RT',
  'dekat musala',
  'depan pustu',
  'dekat sawah arah dusun sebelah',
]
const DURATIONS = [
  'sejak seminggu terakhir',
  'sudah dua minggu',
  'sudah lebih dari sebulan',
  'sejak tiga hari lalu',
  'berbulan-bulan',
  'sejak awal musim hujan',
]
const NUMBERS = ['dua', 'tiga', 'empat', 'lima', 'enam', 'tujuh']

const OPENERS = [
  'Selamat {salam}, Bapak/Ibu.',
  'Assalamualaikum, mohon izin melapor.',
  'Mohon izin menyampaikan keluhan.',
  'Nyuwun sewu, Bapak/Ibu.',
  'Yth. Admin pengaduan Pemkab Bojonegoro.',
  'Saya warga {desa} ingin menyampaikan keluhan.',
]
const CLOSERS = [
  'Mohon segera ditindaklanjuti. Terima kasih.',
  'Mohon perhatian Bapak Bupati.',
  'Terima kasih atas perhatiannya.',
  'Matur nuwun.',
  'Kami tunggu tindak lanjutnya.',
  'Mohon dinas terkait turun ke lokasi.',
]
/** How the admin who heard it notes a spoken complaint. */
const SPOKEN_PREFIX: Partial<Record<Channel, string>> = {
  radio: 'Disampaikan penelepon Radio Malowopati FM:',
  dialog_jumat: 'Disampaikan dalam Dialog Jumat di Pendopo Malowopati:',
  sapa_bupati: 'Disampaikan dalam Sapa Bupati:',
  sambang_desa: 'Disampaikan warga saat Sambang Desa:',
  social: 'Dari unggahan warga di media sosial:',
}
/** Share of written messages that open with a greeting, and that close with a request. */
const OPENER_SHARE = 0.4
const CLOSER_SHARE = 0.7

/** A complaint's words and where it happened, as the channel wrote them down. */
export interface ComplaintText {
  readonly title: string
  readonly body: string
  readonly address: string
}

interface Place {
  readonly desa: GeoDesa
  readonly kecamatan: GeoKecamatan
  readonly isTown: boolean
}

function salam(hour: number): string {
  if (hour < 11) return 'pagi'
  if (hour < 15) return 'siang'
  if (hour < 18) return 'sore'
  return 'malam'
}

function two(n: number): string {
  return String(n).padStart(2, '0')
}

/** The values a template may ask for, drawn once per complaint. */
function placeholders(
  rng: Random,
  place: Place,
  context: { category: Category; at: number },
): Record<string, string> {
  const { desa, kecamatan, isTown } = place
  const desaLabel = `${desa.type === 'kelurahan' ? 'Kelurahan' : 'Desa'} ${desa.name}`
  const dusun = `Dusun ${rng.pick(DUSUN)}`
  const jalan = isTown
    ? rng.pick(TOWN_STREETS)
    : rng.pick([
        `jalan poros ${desaLabel}`,
        `jalan ${dusun}`,
        `jalan raya ${kecamatan.name}`,
        `jalan menuju ${dusun}`,
      ])
  const school = rng.chance(0.7)
    ? `SDN ${desa.name} ${rng.int(1, 3)}`
    : `SMPN ${rng.int(1, 3)} ${kecamatan.name}`
  const t = wib(context.at)
  return {
    desa: desaLabel,
    desaName: desa.name,
    kec: `Kecamatan ${kecamatan.name}`,
    kecName: kecamatan.name,
    rt: `RT ${two(rng.int(1, 12))}`,
    rw: `RW ${two(rng.int(1, 6))}`,
    dusun,
    jalan,
    tempat: rng.pick(LANDMARKS),
    lama: rng.pick(DURATIONS),
    sekolah: school,
    pkm: `Puskesmas ${kecamatan.name}`,
    pasar: isTown ? 'Pasar Kota Bojonegoro' : `Pasar ${kecamatan.name}`,
    n: rng.pick(NUMBERS),
    tahun: String(t.year),
    cat: context.category.name,
    salam: salam(t.hour),
    tujuan: rng.pick(REQUEST_PURPOSES),
  }
}

const fill = (template: string, values: Record<string, string>): string =>
  template.replace(/\{(\w+)\}/g, (whole, key: string) => values[key] ?? whole)

function templatesFor(category: Category, channel: Channel): readonly Template[] {
  if (channel === 'ppid') return INFORMATION_REQUEST
  return COMPLAINT_TEMPLATES[category.code] ?? COMPLAINT_TEMPLATES[category.top] ?? GENERIC
}

function address(rng: Random, place: Place, values: Record<string, string>): string {
  const { desa, kecamatan, isTown } = place
  const rtRw = `${values.rt ?? 'RT 01'}/${values.rw ?? 'RW 01'}`
  if (isTown) return `${rng.pick(TOWN_STREETS)} ${rtRw}, ${values.desa ?? desa.name}, Kec. ${kecamatan.name}`
  return `${values.dusun ?? 'Dusun Krajan'} ${rtRw}, Desa ${desa.name}, Kec. ${kecamatan.name}`
}

/** Capitalises the first letter: a template may start with a placeholder that is lower case. */
const sentence = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1)

/** Title, body and address of one complaint. */
export function composeComplaint(
  rng: Random,
  place: Place,
  context: { category: Category; channel: Channel; at: number },
): ComplaintText {
  const values = placeholders(rng, place, context)
  const [title, core] = rng.pick(templatesFor(context.category, context.channel))
  const text = fill(core, values)
  const prefix = SPOKEN_PREFIX[context.channel]
  let body: string
  if (context.channel === 'sms1708') body = `BJN ${text}`
  else if (prefix) body = `${prefix} ${text}`
  else {
    const opener = rng.chance(OPENER_SHARE) ? `${fill(rng.pick(OPENERS), values)} ` : ''
    const closer = rng.chance(CLOSER_SHARE) ? ` ${rng.pick(CLOSERS)}` : ''
    body = `${opener}${text}${closer}`
  }
  return { title: sentence(fill(title, values)), body, address: address(rng, place, values) }
}
