import { createHash, timingSafeEqual } from 'node:crypto'

import { type Actor, type Audience, opdReader, type Reader, type Role } from '@pendopo/shared'

import type { TokenRecord } from '../domain/decision.js'

/** Who is calling, as far as the server is concerned: the actor its events will carry, and what it may see. */
export interface Principal {
  readonly actor: Actor
  readonly audience: Audience
  /** What its live stream may carry; null for a role that gets no stream (an integration ingests only). */
  readonly reader: Reader | null
}

export interface Authenticator {
  /** The principal a bearer token stands for, or undefined for an unknown or revoked token. */
  authenticate(token: string): Promise<Principal | undefined>
}

/** SHA-256, hex: how a token is known to the store. Tokens are 256 random bits, so no slow hash is needed. */
export const tokenDigest = (token: string): string => createHash('sha256').update(token, 'utf8').digest('hex')

/** Walls get the public snapshot; every other role the staff one (they hold the same aggregates). */
export const audienceOf = (role: Role): Audience => (role === 'wall' ? 'public' : 'staff')

/** What a role's live stream may carry (docs/access.md). */
export function readerOf(actor: Actor): Reader | null {
  switch (actor.role) {
    case 'admin':
    case 'supervisor':
    case 'system':
      return 'staff'
    case 'operator':
      return actor.opd ? opdReader(actor.opd) : 'public'
    case 'executive':
    case 'wall':
      return 'public'
    case 'integration':
      return null
  }
}

export const principalOfActor = (actor: Actor): Principal => ({
  actor,
  audience: audienceOf(actor.role),
  reader: readerOf(actor),
})

export function principalOfToken(token: TokenRecord): Principal {
  const actor: Actor = {
    kind: 'token',
    id: `token:${token.id}`,
    role: token.role,
    name: token.name,
    ...(token.opd ? { opd: token.opd } : {}),
  }
  return principalOfActor(actor)
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
export const API_TOKEN_PRINCIPAL: Principal = principalOfActor({
  kind: 'token',
  id: 'env:PENDOPO_API_TOKEN',
  role: 'admin',
  name: 'API token',
})
