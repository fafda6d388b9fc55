import type { ComplaintRecord, DomainEvent, NewEvent } from '@pendopo/shared'

/**
 * A complaint's record after one event: the projection, as a pure function. The same function keeps the
 * live table current and rebuilds it from the log, which is how a rebuild is proven equal to it.
 */
export function evolveComplaint(
  record: ComplaintRecord | undefined,
  event: DomainEvent | NewEvent,
): ComplaintRecord {
  if (event.type === 'complaint.received') {
    if (!event.data.complaint) throw new Error(`a complaint.received event at ${event.at} lacks its record`)
    return event.data.complaint
  }
  if (!record) throw new Error(`${event.type} at ${event.at} is about a complaint the log never received`)
  if (!('before' in event.data)) throw new Error(`${event.type} is not about a complaint`)

  const { after, clocks, version } = event.data
  const next: ComplaintRecord = {
    ...record,
    version,
    state: after.state,
    colour: after.colour,
    opd: after.opd,
    clocks,
    updatedAt: event.at,
  }
  switch (event.type) {
    case 'complaint.dispositioned':
      return {
        ...next,
        dispositions: [...record.dispositions, { opd: event.data.opd, at: event.at, notAuthority: null }],
      }
    case 'complaint.not_authority': {
      const last = record.dispositions.at(-1)
      if (!last || record.state === 'RECEIVED' || record.state === 'VERIFIED') return next
      const marked = { ...last, notAuthority: { at: event.at, reason: event.data.reason ?? '' } }
      return { ...next, dispositions: [...record.dispositions.slice(0, -1), marked] }
    }
    case 'complaint.rated':
      return { ...next, rating: event.data.rating }
    default:
      return next
  }
}
