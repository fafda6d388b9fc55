import type { Response } from 'express'

import { type Accepted, type Outcome, REFUSAL_STATUS } from '../domain/commands.js'

/**
 * Answers a command's outcome: a refusal with its status and explanation, an acceptance as `onAccepted`
 * shapes it. A boundary handler parses, calls one service, and answers through this — nothing else.
 */
export function respond(
  res: Response,
  outcome: Outcome,
  onAccepted: (accepted: Accepted) => { status: number; body: unknown },
): void {
  if (!outcome.ok) {
    // `code` lets a client tell refusals of one status apart (a 409 is a conflict or an illegal step).
    res.status(REFUSAL_STATUS[outcome.refusal]).json({ ...outcome.body, code: outcome.refusal })
    return
  }
  const { status, body } = onAccepted(outcome)
  res.status(status).json(body)
}

/** The lifecycle position a command left its complaint in (for optimistic clients). */
export function lastPosition(accepted: Accepted): { version: number; state: string } | undefined {
  for (const event of [...accepted.events].reverse()) {
    if ('after' in event.data) return { version: event.data.version, state: event.data.after.state }
  }
  return undefined
}
