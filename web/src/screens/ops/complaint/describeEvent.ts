import type { Actor, DomainEvent } from '@pendopo/shared'

import type { Translate } from '../common/translate.js'

/** An event as a line of the timeline: who did it, what, and the words they wrote with it. */
export interface EventLine {
  readonly who: string
  readonly what: string
  /** A note, a reason, a follow-up's text; null when there is none or the reader may not see it. */
  readonly text: string | null
}

/** Who, in words: "Kominfo (supervisor)", "Operator PU (operator DPUBMPR)", "Sistem (SLA)". */
export function actorName(actor: Actor, t: Translate): string {
  if (actor.kind === 'system' || actor.role === 'system') return t('actor.system')
  const name = actor.name ?? actor.id
  // The simulator's actors are named as such already ("Admin Kominfo (simulasi)").
  if (actor.kind === 'simulator') return name
  const role =
    actor.role === 'operator' && actor.opd
      ? t('role.operatorOf', { opd: actor.opd })
      : t(`role.${actor.role}`)
  return `${name} (${role})`
}

/** What an event did, as a verb phrase that reads after "who" (and after "sudah" in a conflict). */
export function eventWhat(event: Pick<DomainEvent, 'type'> & { data?: unknown }, t: Translate): string {
  const data = (event.data ?? {}) as Partial<Record<string, unknown>>
  const str = (key: string) => (typeof data[key] === 'string' ? data[key] : null)
  switch (event.type) {
    case 'complaint.dispositioned': {
      const opd = str('opd')
      return opd ? t('event.complaint.dispositioned', { opd }) : t('event.complaint.dispositioned.bare')
    }
    case 'complaint.closed':
      return data['auto'] === true ? t('event.complaint.closed.auto') : t('event.complaint.closed')
    case 'complaint.rated':
      return t('event.complaint.rated', { rating: t(`rating.${str('rating') ?? 'unknown'}`) })
    case 'sla.warning':
    case 'sla.breached':
      return t(`event.${event.type}`, { clock: t(`clock.${str('clock') ?? 'unknown'}`) })
    case 'complaint.received':
    case 'complaint.verified':
    case 'complaint.followed_up':
    case 'complaint.reporter_replied':
    case 'complaint.not_authority':
    case 'complaint.held':
    case 'complaint.resumed':
    case 'complaint.archived':
    case 'sla.rescheduled':
      return t(`event.${event.type}`)
    default:
      return event.type
  }
}

/** The words written with an event, if any. */
export function eventText(event: Pick<DomainEvent, 'type'> & { data?: unknown }): string | null {
  const data = (event.data ?? {}) as Partial<Record<string, unknown>>
  for (const key of ['text', 'reason', 'note']) {
    const value = data[key]
    if (typeof value === 'string' && value.trim() !== '') return value
  }
  return null
}

export function describeEvent(event: DomainEvent, t: Translate): EventLine {
  return { who: actorName(event.actor, t), what: eventWhat(event, t), text: eventText(event) }
}
