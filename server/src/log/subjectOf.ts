import type { DomainEvent } from '@pendopo/shared'

/** What an event is about (a complaint, a village issue, a credential, an account): its audit trail's key. */
export function subjectOf(event: DomainEvent): string | null {
  if ('complaintId' in event.data) return event.data.complaintId
  switch (event.type) {
    case 'complaint.received':
      return event.data.summary.id
    case 'village_issue.reported':
    case 'village_issue.updated':
    case 'village_issue.resolved':
      return event.data.issue.id
    case 'token.issued':
    case 'token.revoked':
      return event.data.tokenId
    case 'user.created':
    case 'user.disabled':
      return event.data.userId
    default:
      return null
  }
}
