import {
  type Actor,
  type Clocks,
  colourOf,
  type ComplaintChangeEvent,
  type ComplaintRecord,
  type OpdCode,
  type Position,
  type State,
  toInstant,
} from '@pendopo/shared'

type ChangeType = ComplaintChangeEvent['type']
type Extra<T extends ChangeType> = Omit<
  Extract<ComplaintChangeEvent, { type: T }>['data'],
  | 'complaintId'
  | 'trackingId'
  | 'version'
  | 'before'
  | 'after'
  | 'clocks'
  | 'desaCode'
  | 'kecamatanCode'
  | 'category'
  | 'channel'
>

export interface Change<T extends ChangeType> {
  readonly type: T
  readonly at: number
  readonly actor: Actor
  readonly to: State
  readonly clocks: Clocks
  readonly opd: OpdCode | null
  /** Lifecycle events move the version; SLA bookkeeping does not (it must not fail an operator's action). */
  readonly bumpsVersion: boolean
  readonly extra: Extra<T>
}

const positionOf = (c: ComplaintRecord): Position => ({
  state: c.state,
  colour: c.colour,
  opd: c.opd,
  dispositionedAt: c.opd === null ? null : (c.dispositions.at(-1)?.at ?? null),
})

/**
 * Builds an event about an existing complaint, carrying its dimensions and its position before and after,
 * so that the event can be counted on its own.
 */
export function changeEvent<T extends ChangeType>(record: ComplaintRecord, change: Change<T>) {
  const before = positionOf(record)
  const after: Position = {
    state: change.to,
    colour: colourOf(change.to, change.clocks),
    opd: change.opd,
    // A (re-)disposition starts a new cohort; anything else keeps the complaint where it was.
    dispositionedAt:
      change.opd === null
        ? null
        : change.type === 'complaint.dispositioned'
          ? toInstant(change.at)
          : before.dispositionedAt,
  }
  return {
    type: change.type,
    at: toInstant(change.at),
    actor: change.actor,
    data: {
      complaintId: record.id,
      trackingId: record.trackingId,
      version: change.bumpsVersion ? record.version + 1 : record.version,
      before,
      after,
      clocks: change.clocks,
      desaCode: record.desaCode,
      kecamatanCode: record.kecamatanCode,
      category: record.category,
      channel: record.source.channel,
      ...change.extra,
    },
    // TypeScript cannot correlate `T` with the matching `extra` through the spread; `Change<T>` already
    // ties them together for every caller.
  } as unknown as Omit<Extract<ComplaintChangeEvent, { type: T }>, 'seq'>
}
