import { ActionRequestSchema, type Actor, ComplaintIdSchema, issuesOf } from '@pendopo/shared'

import type { Clock } from '../clock.js'
import type { Command, Outcome } from '../domain/commands.js'
import { refuse } from '../domain/decision.js'
import { badRequest } from '../ingest/badRequest.js'
import type { Reference } from '../reference/Reference.js'

export interface ActionDeps {
  readonly submit: (command: Command) => Promise<Outcome>
  readonly reference: Reference
  readonly clock: Clock
}

/**
 * One action on one complaint. The lifecycle, the actor's role and OPD, and the caller's version are judged
 * inside the transaction (so two operators can never both win); here only the shape and the codes.
 */
export async function actOnComplaint(
  deps: ActionDeps,
  actor: Actor,
  { id, action: input }: { id: string; action: unknown },
): Promise<Outcome> {
  const complaintId = ComplaintIdSchema.safeParse(id)
  if (!complaintId.success) return refuse('not_found', `no complaint ${id}`)
  const parsed = ActionRequestSchema.safeParse(input)
  if (!parsed.success) return badRequest('the action is not valid', issuesOf(parsed.error))
  const action = parsed.data
  if (action.type === 'dispose' && !deps.reference.opd(action.opd)) {
    return badRequest('the action is not valid', [{ path: 'opd', message: `unknown OPD "${action.opd}"` }])
  }
  return deps.submit({
    kind: 'actOnComplaint',
    at: deps.clock.now(),
    actor,
    complaintId: complaintId.data,
    action,
  })
}
