import type {
  Channel,
  ComplaintId,
  ComplaintRecord,
  DomainEvent,
  NewEvent,
  OpdCode,
  Role,
  SlaPolicy,
  TokenId,
  TrackingId,
  UserId,
  UserRole,
  VillageIssue,
  VillageIssueId,
  WorkingCalendar,
} from '@pendopo/shared'

import type { RefusalKind, Refused, Result } from './commands.js'

/**
 * What a decision may read. A store implements it over its own tables inside the transaction, so each
 * command sees what earlier commands of the same group commit wrote.
 */
export interface DecisionState {
  complaint(id: ComplaintId): ComplaintRecord | undefined
  complaintByExternal(
    channel: Channel,
    externalId: string,
  ): { id: ComplaintId; trackingId: TrackingId; receivedSeq: number } | undefined
  /** How many complaints were ever received: the next tracking number follows from it. */
  complaintCount(): number
  /** A complaint's events after `version` (what changed since a caller looked). */
  complaintEventsAfter(id: ComplaintId, version: number): DomainEvent[]
  /** Every complaint with a live clock (the ones a calendar amendment may move). */
  complaintsWithLiveClocks(): Iterable<ComplaintRecord>
  villageIssue(id: VillageIssueId): VillageIssue | undefined
  villageIssueByExternal(
    system: string,
    externalId: string,
  ): { id: VillageIssueId; reportedSeq: number } | undefined
  /** The working calendar now in force; undefined until the first one is published. */
  calendar(): WorkingCalendar | undefined
  token(id: TokenId): TokenRecord | undefined
  user(id: UserId): UserRecord | undefined
  userByUsername(username: string): UserRecord | undefined
}

/** A person's account as the store knows it; `passwordHash` never leaves the server. */
export interface UserRecord {
  readonly id: UserId
  readonly username: string
  readonly name: string
  readonly role: UserRole
  readonly opd: OpdCode | null
  readonly passwordHash: string
  readonly createdAt: string
  readonly disabledAt: string | null
}

/** A credential as the store knows it (never the token, only who it is). */
export interface TokenRecord {
  readonly id: TokenId
  readonly role: Exclude<Role, 'system'>
  readonly name: string
  readonly opd: OpdCode | null
  readonly issuedAt: string
  readonly issuedBy: string
  readonly revokedAt: string | null
}

/** What decisions are configured with. */
export interface DecisionContext {
  readonly policy: SlaPolicy
}

export type Decision =
  | {
      readonly ok: true
      readonly events: NewEvent[]
      readonly result: Result
      /** For a repeat delivery: the seq of the event that first recorded it. */
      readonly repeatOfSeq?: number
    }
  | Refused

export const refuse = (
  refusal: RefusalKind,
  error: string,
  extra: Record<string, unknown> = {},
): Refused => ({
  ok: false,
  refusal,
  body: { error, ...extra },
})
