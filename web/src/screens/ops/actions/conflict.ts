import { ActorSchema, type DomainEvent, isComplaintChange } from '@pendopo/shared'
import { z } from 'zod'

import type { Translate } from '../common/translate.js'
import { actorName, eventWhat } from '../complaint/describeEvent.js'

/**
 * One change a 409 `version_conflict` lists (docs/access.md "Acting"). Read leniently: an explanation that
 * drops a field the server added is better than none.
 */
const ChangeSchema = z.object({
  seq: z.number().optional(),
  type: z.string(),
  at: z.string(),
  actor: ActorSchema,
  state: z.string().optional(),
  version: z.number().optional(),
})
export type Change = z.infer<typeof ChangeSchema>

/** The changes of a 409 body; none when it has none (an illegal transition, or an unexpected body). */
export function changesOf(body: Record<string, unknown>): Change[] {
  const parsed = z.array(z.unknown()).safeParse(body['changes'])
  if (!parsed.success) return []
  return parsed.data.flatMap((raw) => {
    const change = ChangeSchema.safeParse(raw)
    return change.success ? [change.data] : []
  })
}

/**
 * The event of the complaint's history a change stands for, when the history is at hand: it carries what the
 * change leaves out (the OPD of a disposition, the clock of a warning).
 */
function eventOf(change: Change, history: readonly DomainEvent[]): DomainEvent | undefined {
  return history.find((e) => {
    if (e.type !== change.type) return false
    if (change.seq !== undefined) return e.seq === change.seq
    const version = 'version' in e.data ? e.data.version : undefined
    return change.version !== undefined ? version === change.version : e.at === change.at
  })
}

/**
 * A 409's changes in plain words, oldest first: "Kominfo (supervisor) sudah mendisposisikan ke DPUBMPR
 * pukul 10.42". `time` formats an instant for the sentence (a date is added by the caller when not today).
 */
export function explainConflict(
  changes: readonly Change[],
  { history, t, time }: { history: readonly DomainEvent[]; t: Translate; time: (at: string) => string },
): string[] {
  return changes.map((change) => {
    const event = eventOf(change, history)
    return t('conflict.change', {
      who: actorName(change.actor, t),
      what: eventWhat(event ?? { type: change.type as DomainEvent['type'] }, t),
      time: time(change.at),
    })
  })
}

/** An event of the history as a change (to explain what moved while a form was open). */
export function changeOfEvent(event: DomainEvent): Change {
  return {
    seq: event.seq,
    type: event.type,
    at: event.at,
    actor: event.actor,
    ...(isComplaintChange(event) ? { version: event.data.version, state: event.data.after.state } : {}),
  }
}
