import type { Actor, Channel, GeoDesa, VillageIssueAction, VillageIssueKind } from '@pendopo/shared'

import type { SimActors } from './actors.js'
import type { Arrival } from './channelMix.js'
import { AGENCY_NAMES } from './issueTexts.js'
import type { Places } from './places.js'
import type { Random } from './random.js'
import { HOUR_MS, wibStamp } from './wib.js'

/** A village issue as the simulator knows it: its id arrives with the report's outcome. */
export interface IssueHandle {
  id: string | undefined
  dead: boolean
  readonly kind: VillageIssueKind
}

/** An agency reports a village issue (the submission is checked by the service, like any other). */
export interface ReportTask {
  readonly kind: 'report'
  readonly at: number
  readonly issue: IssueHandle
  readonly actor: Actor
  readonly submission: Readonly<Record<string, unknown>>
}

/** The agency updates or resolves an issue it reported. */
export interface IssueActionTask {
  readonly kind: 'issueAction'
  readonly at: number
  readonly issue: IssueHandle
  readonly actor: Actor
  readonly action: VillageIssueAction
}

/** A citizen writes about the incident. */
export interface ArrivalTask {
  readonly kind: 'arrival'
  readonly at: number
  readonly arrival: Arrival
}

/** Something an incident has to do at a given time. */
export type IncidentTask = ReportTask | IssueActionTask | ArrivalTask

/** People in trouble write fast: WhatsApp and social media first. */
const URGENT_CHANNELS: readonly (readonly [Channel, number])[] = [
  ['whatsapp', 35],
  ['lapor', 25],
  ['social', 20],
  ['sms1708', 10],
  ['radio', 10],
]

/** People per household in rural East Java (about 3.3). */
export const PEOPLE_PER_HOUSEHOLD = 3.3

/** BPBD's alert level: 1 waspada, 2 siaga, 3 awas. */
export type Severity = 1 | 2 | 3

/** Builds an incident's tasks: reports with fresh message ids, the agency's later actions, citizens' complaints. */
export class IncidentKit {
  #counter = 0

  constructor(
    readonly rng: Random,
    readonly places: Places,
    readonly actors: SimActors,
  ) {}

  severity(weights: readonly [number, number, number]): Severity {
    return this.rng.weighted<Severity>([
      [1, weights[0]],
      [2, weights[1]],
      [3, weights[2]],
    ])
  }

  report(input: {
    at: number
    desa: GeoDesa
    kind: VillageIssueKind
    system: string
    fields: object
  }): ReportTask {
    const issue: IssueHandle = { id: undefined, dead: false, kind: input.kind }
    const externalId = `${input.system.toUpperCase()}-${wibStamp(input.at)}-${++this.#counter}`
    const submission = {
      source: { system: input.system, externalId },
      kind: input.kind,
      desaCode: input.desa.code,
      ...input.fields,
    }
    return { kind: 'report', at: input.at, issue, actor: this.agency(input.system), submission }
  }

  agency(system: string): Actor {
    return this.actors.agency(system, AGENCY_NAMES[system] ?? system)
  }

  /** A later action by the agency that filed `report`. */
  act(report: Pick<ReportTask, 'issue' | 'actor'>, at: number, action: VillageIssueAction): IssueActionTask {
    return { kind: 'issueAction', at, issue: report.issue, actor: report.actor, action }
  }

  /** `count` complaints about the incident from `desas`, spread over `hours` from `from`. */
  arrivals(
    desas: readonly GeoDesa[],
    window: { from: number; hours: number; count: number },
    topics: NonNullable<Arrival['topics']>,
  ): ArrivalTask[] {
    const { rng } = this
    return Array.from({ length: window.count }, (): ArrivalTask => {
      const at = window.from + Math.floor(rng.next() * window.hours * HOUR_MS)
      const arrival: Arrival = { at, channel: rng.weighted(URGENT_CHANNELS), desa: rng.pick(desas), topics }
      return { kind: 'arrival', at, arrival }
    })
  }
}
