import { createHash, timingSafeEqual } from 'node:crypto'

import type { Actor, Audience } from '@pendopo/shared'

/** Who is calling, as far as the server is concerned: the actor its events will carry, and what it may see. */
export interface Principal {
  readonly actor: Actor
  readonly audience: Audience
}

export interface Authenticator {
  /** The principal a bearer token stands for, or undefined for an unknown token. */
  authenticate(token: string): Principal | undefined
}

const digest = (token: string) => createHash('sha256').update(token, 'utf8').digest()

/**
 * Tokens are compared by their SHA-256 digests in constant time: neither the token nor its length leaks
 * through timing, and only the digest is kept in memory.
 */
export function createTokenAuthenticator(
  tokens: ReadonlyArray<{ token: string; principal: Principal }>,
): Authenticator {
  const known = tokens.map(({ token, principal }) => ({ digest: digest(token), principal }))
  return {
    authenticate(token) {
      const candidate = digest(token)
      let found: Principal | undefined
      for (const entry of known) if (timingSafeEqual(entry.digest, candidate)) found = entry.principal
      return found
    },
  }
}

/** The environment's `PENDOPO_API_TOKEN`: an admin for automation. */
export const API_TOKEN_PRINCIPAL: Principal = {
  actor: { kind: 'token', id: 'env:PENDOPO_API_TOKEN', role: 'admin', name: 'API token' },
  audience: 'staff',
}
