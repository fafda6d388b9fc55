import type { Actor, NewUser, UserId } from '@pendopo/shared'
import { UserIdSchema } from '@pendopo/shared'

import type { Clock } from '../clock.js'
import type { Command, Outcome } from '../domain/commands.js'
import { badRequest } from '../ingest/badRequest.js'
import type { Reference } from '../reference/Reference.js'

import { hashPassword } from './passwords.js'

export interface UserDeps {
  readonly submit: (command: Command) => Promise<Outcome>
  readonly reference: Reference
  readonly clock: Clock
  readonly newId: () => string
}

/**
 * Creates an account: the password is hashed here and forgotten; the log keeps only the hash. `passwordHash`
 * skips the hashing for a password whose hash is already known (the demo's public one).
 */
export async function createUser(
  deps: UserDeps,
  actor: Actor,
  { user, passwordHash }: { user: NewUser; passwordHash?: string },
): Promise<Outcome> {
  if (user.opd && !deps.reference.opd(user.opd))
    return badRequest('the user is not valid', [{ path: 'opd', message: `unknown OPD "${user.opd}"` }])
  return deps.submit({
    kind: 'createUser',
    at: deps.clock.now(),
    actor,
    userId: UserIdSchema.parse(deps.newId()),
    username: user.username,
    name: user.name,
    role: user.role,
    opd: user.opd ?? null,
    passwordHash: passwordHash ?? (await hashPassword(user.password)),
  })
}

export function disableUser(deps: UserDeps, actor: Actor, userId: UserId): Promise<Outcome> {
  return deps.submit({ kind: 'disableUser', at: deps.clock.now(), actor, userId })
}
