import type { ComplaintRecord } from './complaint.js'
import type { DomainEvent } from './events/index.js'
import type { Role } from './roles.js'

/** A complaint as one reader may see it: title and body null where its text is withheld. */
export type ComplaintView = Omit<ComplaintRecord, 'title' | 'body'> & {
  readonly title: string | null
  readonly body: string | null
}

/** Who sees an anonymous reporter's name and phone: Kominfo's staff who verify, nobody else. */
const SEES_IDENTITY: ReadonlySet<Role> = new Set(['admin', 'supervisor'])

const WORDS = ['note', 'text', 'reason'] as const

/**
 * A complaint and its history for one role (docs/access.md): an anonymous reporter's identity only for
 * admin and supervisor; a confidential complaint's words (title, body, notes, replies) not for executives.
 */
export function complaintFor(
  role: Role,
  record: ComplaintRecord,
  history: readonly DomainEvent[],
): { complaint: ComplaintView; history: DomainEvent[] } {
  const hideIdentity = record.reporter.anonymous && !SEES_IDENTITY.has(role)
  const hideWords = record.reporter.confidential && role === 'executive'
  const reporter = hideIdentity
    ? { anonymous: true, confidential: record.reporter.confidential }
    : record.reporter
  const complaint: ComplaintView = {
    ...record,
    reporter,
    title: hideWords ? null : record.title,
    body: hideWords ? null : record.body,
  }
  return {
    complaint,
    history: history.map((event) => {
      if (event.type === 'complaint.received') {
        const logged = event.data.complaint
        if (!logged) return event
        const shown = { ...logged, reporter, ...(hideWords ? { title: '', body: '' } : {}) }
        return { ...event, data: { ...event.data, complaint: shown } }
      }
      if (!hideWords) return event
      const data: Record<string, unknown> = { ...event.data }
      for (const key of WORDS) if (key in data) data[key] = null
      return { ...event, data } as DomainEvent
    }),
  }
}
