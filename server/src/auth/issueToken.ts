import { randomBytes } from 'node:crypto'

import { type Actor, issuesOf, OpdCodeSchema, RoleSchema, text, TokenIdSchema } from '@pendopo/shared'
import { z } from 'zod'

import type { Clock } from '../clock.js'
import type { Command, Outcome } from '../domain/commands.js'
import { refuse } from '../domain/decision.js'
import { badRequest } from '../ingest/badRequest.js'
import type { Reference } from '../reference/Reference.js'

import { tokenDigest } from './Authenticator.js'

const TokenRequestSchema = z
  .strictObject({
    role: RoleSchema.exclude(['system']),
    name: text({ min: 1, max: 120 }),
    opd: OpdCodeSchema.optional(),
  })
  .refine((r) => (r.role === 'operator') === (r.opd !== undefined), {
    path: ['opd'],
    message: 'an operator token needs its OPD, and only an operator token has one',
  })

export interface TokenDeps {
  readonly submit: (command: Command) => Promise<Outcome>
  readonly reference: Reference
  readonly clock: Clock
  readonly newId: () => string
}

/**
 * Issues a credential: 256 random bits, shown to the admin once; the log keeps only its digest. Walls
 * open `/wall#token=…` with it (a fragment: it never reaches a server log).
 */
export async function issueToken(
  deps: TokenDeps,
  actor: Actor,
  input: unknown,
): Promise<{ outcome: Outcome; token?: string }> {
  const parsed = TokenRequestSchema.safeParse(input)
  if (!parsed.success)
    return { outcome: badRequest('the token request is not valid', issuesOf(parsed.error)) }
  const { role, name, opd } = parsed.data
  if (opd && !deps.reference.opd(opd)) {
    return {
      outcome: badRequest('the token request is not valid', [
        { path: 'opd', message: `unknown OPD "${opd}"` },
      ]),
    }
  }
  const token = `pdp_${randomBytes(32).toString('base64url')}`
  const outcome = await deps.submit({
    kind: 'issueToken',
    at: deps.clock.now(),
    actor,
    tokenId: TokenIdSchema.parse(deps.newId()),
    role,
    name,
    opd: opd ?? null,
    digest: tokenDigest(token),
  })
  return outcome.ok ? { outcome, token } : { outcome }
}

export async function revokeToken(deps: TokenDeps, actor: Actor, id: string): Promise<Outcome> {
  const tokenId = TokenIdSchema.safeParse(id)
  if (!tokenId.success) return refuse('not_found', `no token ${id}`)
  return deps.submit({ kind: 'revokeToken', at: deps.clock.now(), actor, tokenId: tokenId.data })
}
