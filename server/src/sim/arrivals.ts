import type { Category, Channel, ComplaintSubmission } from '@pendopo/shared'

import { CategoryDraw } from './categoryDraw.js'
import { type Arrival, reportedAt } from './channelMix.js'
import { drawReporter } from './people.js'
import type { Places } from './places.js'
import type { ComplaintFacts } from './planner.js'
import type { Random } from './random.js'
import { seasonOf } from './seasons.js'
import { composeComplaint } from './texts.js'
import { wibIso, wibStamp } from './wib.js'

/**
 * Turns an arrival (when, which channel, perhaps where and what) into the JSON a channel integration
 * would post: place, category, report type, reporter, text, the channel's own message id.
 */

/** How each channel numbers its messages (the `externalId` that makes a delivery idempotent). */
const ID_PREFIX: Record<Channel, string> = {
  lapor: 'LPR',
  whatsapp: 'WA',
  sms1708: 'SMS',
  web: 'WEB',
  social: 'SOS',
  radio: 'RMW',
  dialog_jumat: 'DJ',
  sambang_desa: 'SD',
  sapa_bupati: 'SB',
  ppid: 'PPID',
}

/** Categories whose reports are often whistle-blowing (WBS) rather than plain complaints. */
const WHISTLEBLOWING: ReadonlySet<string> = new Set([
  'polhuk.pungli',
  'polhuk.penyalahgunaan-wewenang',
  'desa.penyalahgunaan-dana-desa',
  'politisasi-asn.fasilitas-negara',
  'politisasi-asn.jabatan',
])
const WBS_SHARE = 0.5
/** Aspirations were 12 % of Bojonegoro's LAPOR! items in 2016 (domain.md §1.8); more in public dialogues. */
const ASPIRATION_SHARE = 0.1
const SPOKEN_ASPIRATION_SHARE = 0.35
const INFORMATION_SHARE = 0.03
const SPOKEN: ReadonlySet<Channel> = new Set(['dialog_jumat', 'sapa_bupati', 'sambang_desa'])

/** The drawing tables a composition needs; build them once and share. */
export interface ComposerDeps {
  readonly places: Places
  readonly categories: CategoryDraw
}

function kindOf(rng: Random, channel: Channel, category: Category): ComplaintSubmission['kind'] {
  if (channel === 'ppid') return 'permintaan_informasi'
  if (WHISTLEBLOWING.has(category.code) && rng.chance(WBS_SHARE)) return 'wbs'
  const r = rng.next()
  if (r < (SPOKEN.has(channel) ? SPOKEN_ASPIRATION_SHARE : ASPIRATION_SHARE)) return 'aspirasi'
  if (r > 1 - INFORMATION_SHARE) return 'permintaan_informasi'
  return 'pengaduan'
}

/** Numbers the messages of one simulator run; `(channel, externalId)` never repeats within it. */
export class MessageIds {
  #counter = 0

  next(channel: Channel, at: number): string {
    return `${ID_PREFIX[channel]}-${wibStamp(at)}-${++this.#counter}`
  }
}

/** The submission for an arrival received at `at`, and the facts the planner needs about it. */
export function composeSubmission(
  rng: Random,
  arrival: Arrival,
  deps: ComposerDeps & { readonly at: number; readonly externalId: string },
): { readonly submission: ComplaintSubmission; readonly facts: ComplaintFacts } {
  const { places, at } = deps
  const { channel } = arrival
  const desa = arrival.desa ?? places.desa(rng)
  const kecamatan = places.kecamatanOf(desa)
  const category = arrival.topics
    ? CategoryDraw.among(rng, arrival.topics)
    : deps.categories.forPlace(rng, { desa, season: seasonOf(at), places })
  const kind = kindOf(rng, channel, category)
  const reporter = drawReporter(rng, { channel, whistleblowing: kind === 'wbs' })
  const isTown = kecamatan.code === places.kota.code
  const text = composeComplaint(rng, { desa, kecamatan, isTown }, { category, channel, at })
  const submission: ComplaintSubmission = {
    source: { channel, externalId: deps.externalId },
    kind,
    title: text.title,
    body: text.body,
    category: category.code,
    location: { desaCode: desa.code, address: text.address },
    reportedAt: wibIso(reportedAt(rng, { ...arrival, at })),
    reporter,
  }
  const facts: ComplaintFacts = {
    category,
    suggestedOpd: category.opd,
    kecamatan: kecamatan.code,
    desaName: `${desa.type === 'kelurahan' ? 'Kelurahan' : 'Desa'} ${desa.name}`,
    channel,
  }
  return { submission, facts }
}
