import type {
  ActionRequest,
  Actor,
  CalendarAmendment,
  CalendarData,
  ClockKind,
  ComplaintId,
  ComplaintSubmission,
  DesaCode,
  DomainEvent,
  ErrorBody,
  KecamatanCode,
  OpdCode,
  Point,
  Role,
  TimerPhase,
  TokenId,
  TrackingId,
  UserId,
  UserRole,
  VillageIssueAction,
  VillageIssueId,
  VillageIssueSubmission,
} from '@pendopo/shared'

/**
 * What can be asked of the log. Every command is decided and applied inside one store transaction,
 * against the state as earlier commands of the same group commit left it.
 */
export type Command =
  | ReceiveComplaint
  | ActOnComplaint
  | FireTimer
  | PublishCalendar
  | AmendCalendar
  | ReportVillageIssue
  | ActOnVillageIssue
  | IssueToken
  | RevokeToken
  | CreateUser
  | DisableUser

interface CommandBase {
  /** The business instant: when it happened (epoch ms). */
  readonly at: number
  readonly actor: Actor
}

export interface ReceiveComplaint extends CommandBase {
  readonly kind: 'receiveComplaint'
  /** Generated outside the transaction; unused when the delivery turns out to be a repeat. */
  readonly id: ComplaintId
  readonly submission: ComplaintSubmission
  /** Reference data already resolved by the ingest service. */
  readonly place: { desaCode: DesaCode; kecamatanCode: KecamatanCode; point: Point; address: string | null }
  readonly suggestedOpd: OpdCode
}

export interface ActOnComplaint extends CommandBase {
  readonly kind: 'actOnComplaint'
  readonly complaintId: ComplaintId
  readonly action: ActionRequest
}

export interface FireTimer extends CommandBase {
  readonly kind: 'fireTimer'
  readonly complaintId: ComplaintId
  readonly clock: ClockKind
  readonly phase: TimerPhase
  readonly fireAt: number
}

export interface PublishCalendar extends CommandBase {
  readonly kind: 'publishCalendar'
  readonly calendar: CalendarData
}

export interface AmendCalendar extends CommandBase {
  readonly kind: 'amendCalendar'
  readonly amendment: CalendarAmendment
  /** The calendar version the caller saw; a mismatch is a conflict. */
  readonly expectedVersion?: number | undefined
}

export interface ReportVillageIssue extends CommandBase {
  readonly kind: 'reportVillageIssue'
  readonly id: VillageIssueId
  readonly submission: VillageIssueSubmission
  readonly kecamatanCode: KecamatanCode
}

export interface ActOnVillageIssue extends CommandBase {
  readonly kind: 'actOnVillageIssue'
  readonly issueId: VillageIssueId
  readonly action: VillageIssueAction
}

export interface IssueToken extends CommandBase {
  readonly kind: 'issueToken'
  readonly tokenId: TokenId
  readonly role: Exclude<Role, 'system'>
  readonly name: string
  readonly opd: OpdCode | null
  /** SHA-256 of the token, hex: the token itself is shown to its issuer once and never stored. */
  readonly digest: string
}

export interface RevokeToken extends CommandBase {
  readonly kind: 'revokeToken'
  readonly tokenId: TokenId
}

export interface CreateUser extends CommandBase {
  readonly kind: 'createUser'
  readonly userId: UserId
  readonly username: string
  readonly name: string
  readonly role: UserRole
  readonly opd: OpdCode | null
  /** scrypt's hash of the password: the password itself is never stored, logged or sent. */
  readonly passwordHash: string
}

export interface DisableUser extends CommandBase {
  readonly kind: 'disableUser'
  readonly userId: UserId
}

/** Why a command was refused; each maps to one HTTP status. */
export const REFUSAL_STATUS = {
  bad_request: 400,
  not_found: 404,
  forbidden: 403,
  illegal_transition: 409,
  version_conflict: 409,
  already_done: 409,
  invalid: 422,
  /** A bug, not the caller's fault: the command was rolled back alone, its batch went on. */
  internal: 500,
} as const
export type RefusalKind = keyof typeof REFUSAL_STATUS

export interface Refused {
  readonly ok: false
  readonly refusal: RefusalKind
  readonly body: ErrorBody & Record<string, unknown>
}

/** What a successful command answers its caller. */
export type Result =
  | {
      readonly kind: 'complaint'
      readonly id: ComplaintId
      readonly trackingId: TrackingId
      readonly created: boolean
    }
  | { readonly kind: 'villageIssue'; readonly id: VillageIssueId; readonly created: boolean }
  | { readonly kind: 'calendar'; readonly version: number; readonly rescheduled: number }
  | { readonly kind: 'token'; readonly tokenId: TokenId }
  | { readonly kind: 'user'; readonly userId: UserId }
  | { readonly kind: 'done' }
  /** A timer that no longer applies (the complaint moved on): nothing written. */
  | { readonly kind: 'stale' }

export interface Accepted {
  readonly ok: true
  readonly result: Result
  /** The events this command appended, with their seq (empty for a repeat delivery or a stale timer). */
  readonly events: readonly DomainEvent[]
  /** The seq that answers the caller: the new event's, or the original one's for a repeat delivery. */
  readonly seq: number
}

export type Outcome = Accepted | Refused
