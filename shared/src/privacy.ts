import type { DomainEvent } from './events/index.js'

/**
 * Who an event is being sent to. `staff` (Kominfo, operators, integrations with full access) get the event
 * as logged; `public` (a wall display, a visiting delegation) get it without reporter identity and without
 * any free text people wrote. The server redacts before sending: what a wall never receives, a wall's
 * browser can never leak.
 */
export const AUDIENCES = ['staff', 'public'] as const
export type Audience = (typeof AUDIENCES)[number]

/**
 * The public form of an event.
 *
 * @example
 * toPublicEvent(received).data.complaint // null: the summary (no reporter, no body) is all a wall gets
 */
export function toPublicEvent(event: DomainEvent): DomainEvent {
  switch (event.type) {
    case 'complaint.received':
      return { ...event, data: { ...event.data, complaint: null } }
    case 'complaint.verified':
    case 'complaint.dispositioned':
    case 'complaint.resumed':
    case 'complaint.followed_up':
    case 'complaint.reporter_replied':
    case 'complaint.not_authority':
    case 'complaint.held':
    case 'complaint.archived':
    case 'complaint.closed':
    case 'village_issue.updated':
    case 'village_issue.resolved':
      return withoutWords(event)
    case 'complaint.rated':
    case 'sla.warning':
    case 'sla.breached':
    case 'sla.rescheduled':
    case 'village_issue.reported':
    case 'calendar.published':
    case 'calendar.amended':
    case 'token.revoked':
      return event
    case 'token.issued':
      return withoutDigest(event)
  }
}

/** A token's digest stays on the server: nobody's stream carries it, staff's included. */
function withoutDigest(event: Extract<DomainEvent, { type: 'token.issued' }>): DomainEvent {
  return { ...event, data: { ...event.data, digest: null } }
}

/** The fields in which people write free text (an OPD's answer, a reporter's reply, a reason). */
const WORDS = ['note', 'text', 'reason'] as const

function withoutWords<E extends DomainEvent>(event: E): E {
  const data: Record<string, unknown> = { ...event.data }
  for (const key of WORDS) if (key in data) data[key] = null
  return { ...event, data }
}

/** What an audience receives of an event: staff get it whole but for secrets, the public its public form. */
export const forAudience = (event: DomainEvent, audience: Audience): DomainEvent =>
  audience === 'public' ? toPublicEvent(event) : event.type === 'token.issued' ? withoutDigest(event) : event
