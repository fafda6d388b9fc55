import type { ReferenceData } from '@pendopo/shared'

import type { TickerItem } from '../../store/ticker.js'
import { inFilter, type SceneFilter } from '../common/scene.js'

/** One ticker line, names resolved, ready to print. */
export interface TickerLine {
  readonly seq: number
  readonly at: string
  readonly kind: TickerItem['kind']
  /** The i18n key of the headline and its values. */
  readonly headline: { readonly key: string; readonly values: Record<string, string> }
  /** What it is about: the complaint's title or category, or the village issue's title. */
  readonly subject: string
  /** Where: "Kepatihan, Bojonegoro". */
  readonly place: string
  readonly tone: 'new' | 'progress' | 'done' | 'late' | 'alert'
}

const TONES: Record<TickerItem['kind'], TickerLine['tone']> = {
  received: 'new',
  verified: 'progress',
  dispositioned: 'progress',
  followed_up: 'done',
  closed: 'done',
  breached: 'late',
  issue_reported: 'alert',
  issue_resolved: 'done',
}

/**
 * The latest `lines` ticker items inside the scene's filter, with codes turned into names. Categories and
 * OPDs read in the wall's language; places stay Indonesian everywhere.
 */
export function selectTicker(
  items: readonly TickerItem[],
  options: { reference: ReferenceData | null; filter: SceneFilter; lines: number; language: string },
): TickerLine[] {
  const { reference, filter, lines, language } = options
  const desa = new Map<string, string>(reference?.desa.map((d) => [d.code, d.name]))
  const kecamatan = new Map<string, string>(reference?.kecamatan.map((k) => [k.code, k.name]))
  const categories = new Map<string, string>(
    reference?.categories.map((c) => [c.code, language === 'en' ? c.nameEn : c.name]),
  )
  const opds = new Map<string, string>(reference?.opds.map((o) => [o.code, o.shortName]))
  const channels = new Map<string, string>(
    reference?.channels.map((c) => [c.code, language === 'en' ? c.nameEn : c.name]),
  )
  return items
    .filter((item) => inFilter(filter.kecamatan, item.kecamatanCode))
    .slice(0, lines)
    .map((item) => {
      const opd = item.opd ? (opds.get(item.opd) ?? item.opd) : ''
      const key = item.kind === 'closed' && item.auto ? 'closed_auto' : item.kind
      const subject = item.title ?? (item.category ? (categories.get(item.category) ?? item.category) : '')
      const placeName = [
        item.desaCode && desa.get(item.desaCode),
        item.kecamatanCode && kecamatan.get(item.kecamatanCode),
      ]
      return {
        seq: item.seq,
        at: item.at,
        kind: item.kind,
        headline: {
          key,
          values: {
            opd,
            channel: item.channel ? (channels.get(item.channel) ?? item.channel) : '',
            kind: item.issueKind ?? 'other',
          },
        },
        subject: item.trackingId ? `#${item.trackingId} · ${subject}` : subject,
        place: placeName.filter(Boolean).join(', '),
        tone: TONES[item.kind],
      }
    })
}
