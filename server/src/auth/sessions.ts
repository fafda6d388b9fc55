import { randomBytes } from 'node:crypto'

import { type Actor, type SessionInfo, toInstant, type User } from '@pendopo/shared'

import type { Clock } from '../clock.js'
import type { UserRecord } from '../domain/decision.js'
import type { EventStore } from '../log/EventStore.js'

import { type Principal, principalOfActor, tokenDigest } from './Authenticator.js'
import { DUMMY_HASH, verifyPassword } from './passwords.js'

/** A session lasts a working shift and a half; then the person logs in again. */
export const SESSION_TTL_MS = 12 * 3_600_000

export interface Session {
  readonly principal: Principal
  readonly info: SessionInfo
}

export interface Sessions {
  /** Checks the password; a new session (a new id: no fixation) for an enabled account, else undefined. */
  login(username: string, password: string): Promise<(Session & { id: string }) | undefined>
  /** The session the cookie's value stands for, unless it expired or its account was disabled. */
  resolve(id: string): Promise<Session | undefined>
  logout(id: string): Promise<void>
}

export const actorOfUser = (user: UserRecord): Actor => ({
  kind: 'user',
  id: `user:${user.id}`,
  role: user.role,
  name: user.name,
  ...(user.opd ? { opd: user.opd } : {}),
})

/** A user as the API shows it: never the hash. */
export const publicUser = (user: UserRecord): User => ({
  id: user.id,
  username: user.username,
  name: user.name,
  role: user.role,
  opd: user.opd,
  disabled: user.disabledAt !== null,
})

/**
 * Password sessions kept in the store by the digest of their 256-bit id: a stolen database holds no usable
 * cookie. An unknown username costs the same scrypt as a wrong password, so timing does not tell them apart.
 */
export function createSessions(deps: { store: EventStore; clock: Clock }): Sessions {
  const sessionOf = (user: UserRecord, expiresAt: number): Session => ({
    principal: principalOfActor(actorOfUser(user)),
    info: { user: publicUser(user), expiresAt: toInstant(expiresAt) },
  })
  return {
    async login(username, password) {
      const user = await deps.store.userByUsername(username)
      const matches = await verifyPassword(password, user?.passwordHash ?? (await DUMMY_HASH))
      if (!user || !matches || user.disabledAt) return undefined
      const id = randomBytes(32).toString('base64url')
      const now = deps.clock.now()
      const expiresAt = now + SESSION_TTL_MS
      await deps.store.endSessions({ expiredBy: now })
      await deps.store.startSession({ digest: tokenDigest(id), userId: user.id, expiresAt })
      return { id, ...sessionOf(user, expiresAt) }
    },
    async resolve(id) {
      const session = await deps.store.session(tokenDigest(id), deps.clock.now())
      const user = session ? await deps.store.user(session.userId) : undefined
      if (!session || !user || user.disabledAt) return undefined
      return sessionOf(user, session.expiresAt)
    },
    async logout(id) {
      await deps.store.endSessions({ digest: tokenDigest(id) })
    },
  }
}
