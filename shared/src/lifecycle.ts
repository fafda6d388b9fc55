import { z } from 'zod'

import type { OpdCode } from './ids.js'
import { OPD_SCOPED_ROLES, type Role } from './roles.js'

/**
 * The SP4N-LAPOR! complaint lifecycle (design.md "Domain defaults", domain.md §1.3): one table that the
 * server enforces and the web reads to offer only the actions that can succeed.
 */
export const STATES = [
  'RECEIVED', // belum terverifikasi
  'VERIFIED', // terverifikasi, waiting for disposition
  'DISPOSITIONED', // terdisposisi ke OPD
  'FOLLOWED_UP', // ditindaklanjuti oleh instansi
  'REPORTER_REPLIED', // ditanggapi oleh pelapor: back to the OPD with a fresh clock
  'NOT_AUTHORITY', // bukan wewenang: waits for re-disposition
  'ON_HOLD', // tunda
  'ARCHIVED', // diarsipkan
  'CLOSED', // selesai
] as const
export const StateSchema = z.enum(STATES)
export type State = z.infer<typeof StateSchema>

export const FINAL_STATES: ReadonlySet<State> = new Set(['ARCHIVED', 'CLOSED'])
export const isOpen = (state: State): boolean => !FINAL_STATES.has(state)

export const ACTIONS = [
  'verify',
  'dispose',
  'follow_up',
  'reporter_reply',
  'not_authority',
  'hold',
  'resume',
  'archive',
  'close',
  'auto_close',
  'rate',
] as const
export const ActionTypeSchema = z.enum(ACTIONS)
export type ActionType = z.infer<typeof ActionTypeSchema>

/** One row of the table: from these states, this action leads to `to` (`null`: the state stays). */
export interface TransitionRule {
  readonly from: readonly State[]
  readonly action: ActionType
  readonly to: State | null
  readonly roles: readonly Role[]
}

const KOMINFO: readonly Role[] = ['admin', 'supervisor'] // admin instansi: telaah, verify, dispose
const OPEN_STATES = STATES.filter(isOpen)

/**
 * The whole lifecycle. A role listed in `OPD_SCOPED_ROLES` (the operator) may use a row only on a
 * complaint dispositioned to its own OPD.
 */
export const TRANSITIONS: readonly TransitionRule[] = [
  { from: ['RECEIVED'], action: 'verify', to: 'VERIFIED', roles: KOMINFO },
  // Re-disposition after "bukan wewenang" uses the same action; the clock restarts (domain.md §1.6).
  { from: ['VERIFIED', 'NOT_AUTHORITY'], action: 'dispose', to: 'DISPOSITIONED', roles: KOMINFO },
  {
    from: ['DISPOSITIONED', 'REPORTER_REPLIED'],
    action: 'follow_up',
    to: 'FOLLOWED_UP',
    roles: ['admin', 'supervisor', 'operator'],
  },
  // The reporter's reply arrives through a channel (integration) or is keyed in by Kominfo.
  {
    from: ['FOLLOWED_UP'],
    action: 'reporter_reply',
    to: 'REPORTER_REPLIED',
    roles: ['admin', 'supervisor', 'integration'],
  },
  {
    from: ['DISPOSITIONED', 'REPORTER_REPLIED'],
    action: 'not_authority',
    to: 'NOT_AUTHORITY',
    roles: ['admin', 'supervisor', 'operator'],
  },
  // Kominfo may also find, before disposition, that the regency is not the authority (a K/L matter).
  { from: ['RECEIVED', 'VERIFIED'], action: 'not_authority', to: 'NOT_AUTHORITY', roles: KOMINFO },
  { from: ['RECEIVED'], action: 'hold', to: 'ON_HOLD', roles: KOMINFO },
  { from: ['ON_HOLD'], action: 'resume', to: 'RECEIVED', roles: KOMINFO },
  {
    from: ['RECEIVED', 'VERIFIED', 'ON_HOLD', 'NOT_AUTHORITY'],
    action: 'archive',
    to: 'ARCHIVED',
    roles: KOMINFO,
  },
  { from: OPEN_STATES, action: 'close', to: 'CLOSED', roles: KOMINFO },
  // 10 working days after a follow-up with no reply (domain.md §1.5): only the SLA scheduler does this.
  { from: ['FOLLOWED_UP'], action: 'auto_close', to: 'CLOSED', roles: ['system'] },
  // Satisfaction is asked once the OPD has answered.
  {
    from: ['FOLLOWED_UP', 'CLOSED'],
    action: 'rate',
    to: null,
    roles: ['admin', 'supervisor', 'integration'],
  },
]

/** Who is trying, on what. */
export interface TransitionAttempt {
  readonly state: State
  readonly action: ActionType
  readonly role: Role
  /** The actor's OPD, for OPD-scoped roles. */
  readonly actorOpd?: OpdCode | undefined
  /** The OPD the complaint is dispositioned to, if any. */
  readonly complaintOpd?: OpdCode | null | undefined
}

export const REFUSALS = ['illegal_transition', 'forbidden_role', 'other_opd'] as const
export type Refusal = (typeof REFUSALS)[number]

export type TransitionOutcome =
  | { readonly ok: true; readonly to: State }
  | { readonly ok: false; readonly refusal: Refusal; readonly message: string }

/**
 * Decides whether `action` may be taken now. Legality is checked before permission, so a caller
 * learns "not possible in this state" (409) before "not yours to do" (403).
 *
 * @example
 * transition({ state: 'RECEIVED', action: 'verify', role: 'supervisor' }) // { ok: true, to: 'VERIFIED' }
 * transition({ state: 'CLOSED', action: 'verify', role: 'supervisor' }).ok // false: illegal_transition
 */
export function transition(attempt: TransitionAttempt): TransitionOutcome {
  const { state, action, role } = attempt
  const rule = TRANSITIONS.find((r) => r.action === action && r.from.includes(state))
  if (!rule) {
    const allowed = allowedActions(state).join(', ') || 'none'
    return {
      ok: false,
      refusal: 'illegal_transition',
      message: `cannot ${action} a complaint in state ${state} (possible there: ${allowed})`,
    }
  }
  if (!rule.roles.includes(role)) {
    return { ok: false, refusal: 'forbidden_role', message: `the ${role} role may not ${action} a complaint` }
  }
  if (OPD_SCOPED_ROLES.has(role) && (!attempt.actorOpd || attempt.actorOpd !== attempt.complaintOpd)) {
    return {
      ok: false,
      refusal: 'other_opd',
      message: `an ${role} may only ${action} complaints dispositioned to their own OPD`,
    }
  }
  return { ok: true, to: rule.to ?? state }
}

/** Actions the table allows from `state` for anyone. */
export function allowedActions(state: State): ActionType[] {
  return ACTIONS.filter((action) => TRANSITIONS.some((r) => r.action === action && r.from.includes(state)))
}

/** Actions `role` may take from `state` (OPD scope is not considered here). */
export function actionsFor(state: State, role: Role): ActionType[] {
  return ACTIONS.filter((action) =>
    TRANSITIONS.some((r) => r.action === action && r.from.includes(state) && r.roles.includes(role)),
  )
}
