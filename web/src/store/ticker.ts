import type { DomainEvent } from '@pendopo/shared'

/** The ticker shows this many of the latest events; older ones are dropped, never accumulated. */
export const TICKER_MAX = 30

/** One line of the live ticker: what happened, to what, where (names are resolved when shown). */
export type TickerItem = {
  readonly seq: number
  readonly at: string
  readonly kind:
    | 'received'
    | 'verified'
    | 'dispositioned'
    | 'followed_up'
    | 'closed'
    | 'breached'
    | 'issue_reported'
    | 'issue_resolved'
  readonly trackingId?: string
  readonly category?: string
  readonly channel?: string
  readonly desaCode?: string
  readonly kecamatanCode?: string
  readonly opd?: string | null
  readonly title?: string | null
  readonly issueKind?: string
  readonly auto?: boolean
}

/** What of an event is worth a line on the ticker; undefined for bookkeeping nobody watches for. */
export function tickerItem(event: DomainEvent): TickerItem | undefined {
  const base = { seq: event.seq, at: event.at }
  switch (event.type) {
    case 'complaint.received': {
      const c = event.data.summary
      return {
        ...base,
        kind: 'received',
        trackingId: c.trackingId,
        category: c.category,
        channel: c.channel,
        desaCode: c.desaCode,
        kecamatanCode: c.kecamatanCode,
        title: c.title,
      }
    }
    case 'complaint.verified':
    case 'complaint.dispositioned':
    case 'complaint.followed_up':
    case 'complaint.closed':
    case 'sla.breached': {
      const d = event.data
      const kind = KINDS[event.type]
      return {
        ...base,
        kind,
        trackingId: d.trackingId,
        category: d.category,
        desaCode: d.desaCode,
        kecamatanCode: d.kecamatanCode,
        opd: d.after.opd ?? d.before.opd,
        ...(event.type === 'complaint.closed' ? { auto: event.data.auto } : {}),
      }
    }
    case 'village_issue.reported':
    case 'village_issue.resolved': {
      const i = event.data.issue
      return {
        ...base,
        kind: event.type === 'village_issue.reported' ? 'issue_reported' : 'issue_resolved',
        desaCode: i.desaCode,
        kecamatanCode: i.kecamatanCode,
        issueKind: i.kind,
        title: i.title,
      }
    }
    default:
      return undefined
  }
}

const KINDS = {
  'complaint.verified': 'verified',
  'complaint.dispositioned': 'dispositioned',
  'complaint.followed_up': 'followed_up',
  'complaint.closed': 'closed',
  'sla.breached': 'breached',
} as const
