import { type NewEvent, toInstant } from '@pendopo/shared'

import type { IssueToken, RevokeToken } from './commands.js'
import { type Decision, type DecisionState, refuse } from './decision.js'

/** An admin issues a credential; the event carries only its digest. */
export function decideIssueToken(cmd: IssueToken): Decision {
  const event: NewEvent = {
    type: 'token.issued',
    at: toInstant(cmd.at),
    actor: cmd.actor,
    data: { tokenId: cmd.tokenId, role: cmd.role, name: cmd.name, opd: cmd.opd, digest: cmd.digest },
  }
  return { ok: true, events: [event], result: { kind: 'token', tokenId: cmd.tokenId } }
}

/** Revoked tokens stop working at once; revoking twice is a conflict, not a silent success. */
export function decideRevokeToken(cmd: RevokeToken, state: DecisionState): Decision {
  const token = state.token(cmd.tokenId)
  if (!token) return refuse('not_found', `no token ${cmd.tokenId}`)
  if (token.revokedAt) return refuse('already_done', `token ${cmd.tokenId} was revoked at ${token.revokedAt}`)
  const event: NewEvent = {
    type: 'token.revoked',
    at: toInstant(cmd.at),
    actor: cmd.actor,
    data: { tokenId: cmd.tokenId },
  }
  return { ok: true, events: [event], result: { kind: 'token', tokenId: cmd.tokenId } }
}
