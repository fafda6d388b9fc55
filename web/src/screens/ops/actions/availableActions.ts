import {
  ACTIONS,
  actionsFor,
  type ActionType,
  type ComplaintRecord,
  OPD_SCOPED_ROLES,
  type User,
} from '@pendopo/shared'

/** The actions a person can take from the desk: every one but `auto_close`, the SLA scheduler's alone. */
export type DeskAction = Exclude<ActionType, 'auto_close'>
const isDeskAction = (action: ActionType): action is DeskAction => action !== 'auto_close'
export const DESK_ACTIONS: readonly DeskAction[] = ACTIONS.filter(isDeskAction)

/**
 * One key per action, shown on its button. Letters are the Indonesian words' where they can be
 * (v-erifikasi, d-isposisi, t-idak berwenang, h-old/tunda, a-rsip, c-lose/selesai), and never j, k or the
 * keys that move through the queue.
 */
export const ACTION_KEYS: Readonly<Record<DeskAction, string>> = {
  verify: 'v',
  dispose: 'd',
  follow_up: 'f',
  reporter_reply: 'r',
  not_authority: 't',
  hold: 'h',
  resume: 'u',
  archive: 'a',
  close: 'c',
  rate: 'p',
}

/**
 * The actions this user may take on this complaint now: the lifecycle table's rows for its state and the
 * user's role, and for an operator only on a complaint dispositioned to its own OPD. The server judges
 * again; this only keeps the desk from offering what would be refused.
 */
export function availableActions(
  complaint: Pick<ComplaintRecord, 'state' | 'opd'>,
  user: Pick<User, 'role' | 'opd'>,
): DeskAction[] {
  if (OPD_SCOPED_ROLES.has(user.role) && (user.opd === null || user.opd !== complaint.opd)) return []
  return actionsFor(complaint.state, user.role).filter(isDeskAction)
}

/** The action a key stands for, if it is one of those offered. */
export function actionForKey(key: string, offered: readonly DeskAction[]): DeskAction | undefined {
  return offered.find((action) => ACTION_KEYS[action] === key.toLowerCase())
}
