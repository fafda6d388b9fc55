import { type NewEvent, toInstant } from '@pendopo/shared'

import type { CreateUser, DisableUser } from './commands.js'
import { type Decision, type DecisionState, refuse } from './decision.js'

/** An account is created once per username: a second one with the same name is a conflict, not a copy. */
export function decideCreateUser(cmd: CreateUser, state: DecisionState): Decision {
  if (state.userByUsername(cmd.username))
    return refuse('already_done', `the username "${cmd.username}" is taken`)
  const event: NewEvent = {
    type: 'user.created',
    at: toInstant(cmd.at),
    actor: cmd.actor,
    data: {
      userId: cmd.userId,
      username: cmd.username,
      name: cmd.name,
      role: cmd.role,
      opd: cmd.opd,
      passwordHash: cmd.passwordHash,
    },
  }
  return { ok: true, events: [event], result: { kind: 'user', userId: cmd.userId } }
}

export function decideDisableUser(cmd: DisableUser, state: DecisionState): Decision {
  const user = state.user(cmd.userId)
  if (!user) return refuse('not_found', `no user ${cmd.userId}`)
  if (user.disabledAt) return refuse('already_done', `${user.username} was disabled at ${user.disabledAt}`)
  const event: NewEvent = {
    type: 'user.disabled',
    at: toInstant(cmd.at),
    actor: cmd.actor,
    data: { userId: cmd.userId },
  }
  return { ok: true, events: [event], result: { kind: 'user', userId: cmd.userId } }
}
