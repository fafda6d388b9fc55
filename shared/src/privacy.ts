import { type DomainEvent, isComplaintChange } from './events/index.js'

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
    case 'user.disabled':
      return event
    case 'token.issued':
    case 'user.created':
      return withoutSecrets(event)
  }
}

/** A token's digest and a password's hash stay on the server: nobody's stream carries them, staff's included. */
function withoutSecrets(event: DomainEvent): DomainEvent {
  if (event.type === 'token.issued') return { ...event, data: { ...event.data, digest: null } }
  if (event.type === 'user.created') return { ...event, data: { ...event.data, passwordHash: null } }
  return event
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
  audience === 'public' ? toPublicEvent(event) : withoutSecrets(event)

/**
 * Who reads a live stream, for what it may carry: `staff` (admin, supervisor) every event whole but for
 * secrets; `public` (walls, and executives, who read details over REST where an anonymous reporter is
 * hidden from them) the public form; `opd:<code>` (an OPD's operator) its own OPD's complaint events whole
 * and every other event in public form, so its socket never carries another OPD's words.
 */
export type Reader = 'staff' | 'public' | `opd:${string}`

export const opdReader = (opd: string): Reader => `opd:${opd}`

export function forReader(event: DomainEvent, reader: Reader): DomainEvent {
  if (reader === 'staff') return withoutSecrets(event)
  if (reader === 'public') return toPublicEvent(event)
  return isComplaintChange(event) && `opd:${event.data.after.opd}` === reader
    ? withoutSecrets(event)
    : toPublicEvent(event)
}
