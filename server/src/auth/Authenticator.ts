import { createHash, timingSafeEqual } from 'node:crypto'

import type { Actor, Audience, Role } from '@pendopo/shared'

import type { TokenRecord } from '../domain/decision.js'

/** Who is calling, as far as the server is concerned: the actor its events will carry, and what it may see. */
export interface Principal {
  readonly actor: Actor
  readonly audience: Audience
}

export interface Authenticator {
  /** The principal a bearer token stands for, or undefined for an unknown or revoked token. */
  authenticate(token: string): Promise<Principal | undefined>
}

/** SHA-256, hex: how a token is known to the store. Tokens are 256 random bits, so no slow hash is needed. */
export const tokenDigest = (token: string): string => createHash('sha256').update(token, 'utf8').digest('hex')

/** Walls get the public stream; every other role the staff one. */
export const audienceOf = (role: Role): Audience => (role === 'wall' ? 'public' : 'staff')

export function principalOfToken(token: TokenRecord): Principal {
  const actor: Actor = {
    kind: 'token',
    id: `token:${token.id}`,
    role: token.role,
    name: token.name,
    ...(token.opd ? { opd: token.opd } : {}),
  }
  return { actor, audience: audienceOf(token.role) }
}

/**
 * Configured tokens (the environment's `PENDOPO_API_TOKEN`) are compared by digest in constant time; issued
 * ones are looked up by digest in the store, so revoking one takes effect on the next request.
 */
export function createAuthenticator(deps: {
  configured: ReadonlyArray<{ token: string; principal: Principal }>
  issued: { tokenByDigest(digest: string): Promise<TokenRecord | undefined> }
}): Authenticator {
  const configured = deps.configured.map(({ token, principal }) => ({
    digest: Buffer.from(tokenDigest(token), 'hex'),
    principal,
  }))
  return {
    async authenticate(token) {
      const digest = tokenDigest(token)
      const candidate = Buffer.from(digest, 'hex')
      let found: Principal | undefined
      for (const entry of configured) if (timingSafeEqual(entry.digest, candidate)) found = entry.principal
      if (found) return found
      const issued = await deps.issued.tokenByDigest(digest)
      return issued && issued.revokedAt === null ? principalOfToken(issued) : undefined
    },
  }
}

/** The environment's `PENDOPO_API_TOKEN`: an admin for automation. */
export const API_TOKEN_PRINCIPAL: Principal = {
  actor: { kind: 'token', id: 'env:PENDOPO_API_TOKEN', role: 'admin', name: 'API token' },
  audience: 'staff',
}
