import { z } from 'zod'

import { CalendarAmendedSchema, CalendarPublishedSchema } from './calendarEvents.js'
import { COMPLAINT_EVENT_SCHEMAS } from './complaintEvents.js'
import { TokenIssuedSchema, TokenRevokedSchema } from './tokenEvents.js'
import { UserCreatedSchema, UserDisabledSchema } from './userEvents.js'
import {
  VillageIssueReportedSchema,
  VillageIssueResolvedSchema,
  VillageIssueUpdatedSchema,
} from './villageIssueEvents.js'

export * from './calendarEvents.js'
export * from './complaintEvents.js'
export * from './tokenEvents.js'
export * from './userEvents.js'
export * from './villageIssueEvents.js'
export { eventSchema } from './envelope.js'

/** Everything that can happen, discriminated on `type`. */
export const DomainEventSchema = z.discriminatedUnion('type', [
  ...COMPLAINT_EVENT_SCHEMAS,
  VillageIssueReportedSchema,
  VillageIssueUpdatedSchema,
  VillageIssueResolvedSchema,
  CalendarPublishedSchema,
  CalendarAmendedSchema,
  TokenIssuedSchema,
  TokenRevokedSchema,
  UserCreatedSchema,
  UserDisabledSchema,
])
export type DomainEvent = z.infer<typeof DomainEventSchema>
export type EventType = DomainEvent['type']
export type EventOf<T extends EventType> = Extract<DomainEvent, { type: T }>

/** An event as decided, before the log gives it its seq. */
export type NewEvent = DomainEvent extends infer E ? (E extends DomainEvent ? Omit<E, 'seq'> : never) : never

/** Events about one complaint (the ones that carry `complaintId` and the counting dimensions). */
export type ComplaintChangeEvent = Exclude<
  DomainEvent,
  {
    type:
      | 'complaint.received'
      | `village_issue.${string}`
      | `calendar.${string}`
      | `token.${string}`
      | `user.${string}`
  }
>
export const isComplaintChange = (e: DomainEvent | NewEvent): e is ComplaintChangeEvent =>
  e.type !== 'complaint.received' && (e.type.startsWith('complaint.') || e.type.startsWith('sla.'))
