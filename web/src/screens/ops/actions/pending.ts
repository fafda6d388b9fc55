import {
  type ActionRequest,
  type DomainEvent,
  isComplaintChange,
  type State,
  TRANSITIONS,
} from '@pendopo/shared'

/**
 * An action shown before the server has confirmed it (optimistic feedback). `sending`: on its way;
 * `accepted`: the server answered 200 with the version it made, and the screen waits for that version's
 * event to arrive through the socket, which reloads the complaint and retires this.
 */
export type Pending =
  | {
      readonly phase: 'sending'
      readonly request: ActionRequest
      /** The state the action is expected to lead to (the lifecycle table's `to`). */
      readonly expected: State
    }
  | {
      readonly phase: 'accepted'
      readonly request: ActionRequest
      readonly expected: State
      readonly version: number
      readonly state: State
    }

/** Where an action leads from a state, per the lifecycle table (`rate` stays where it is). */
export function expectedState(from: State, action: ActionRequest['type']): State {
  const rule = TRANSITIONS.find((r) => r.action === action && r.from.includes(from))
  return rule?.to ?? from
}

/** The newest version of one complaint that these events announce (0 when none is about it). */
export function latestVersionOf(events: readonly DomainEvent[], complaintId: string): number {
  let latest = 0
  for (const e of events) {
    if (isComplaintChange(e) && e.data.complaintId === complaintId) latest = Math.max(latest, e.data.version)
  }
  return latest
}

/**
 * The accepted action is confirmed: its event (or a later one) has arrived, or the complaint as shown has
 * reached its version. Nothing is pending any more.
 */
export const settledBy = (pending: Pending | null, knownVersion: number): boolean =>
  pending?.phase === 'accepted' && knownVersion >= pending.version
