import { type Actor, CalendarAmendmentSchema, issuesOf } from '@pendopo/shared'
import { z } from 'zod'

import type { Clock } from '../clock.js'
import type { Command, Outcome } from '../domain/commands.js'
import { badRequest } from '../ingest/badRequest.js'

const AmendmentRequestSchema = CalendarAmendmentSchema.extend({
  /** The calendar version the caller edited; another amendment in between is a conflict. */
  expectedVersion: z.number().int().min(1).optional(),
})

/** A decree adds or removes leave days: the calendar changes as an event and running clocks move. */
export async function amendCalendar(
  deps: { submit: (command: Command) => Promise<Outcome>; clock: Clock },
  actor: Actor,
  input: unknown,
): Promise<Outcome> {
  const parsed = AmendmentRequestSchema.safeParse(input)
  if (!parsed.success) return badRequest('the amendment is not valid', issuesOf(parsed.error))
  const { expectedVersion, ...amendment } = parsed.data
  return deps.submit({ kind: 'amendCalendar', at: deps.clock.now(), actor, amendment, expectedVersion })
}
