import type { VillageIssue, VillageIssueKind } from '@pendopo/shared'

import type { SimActors } from './actors.js'
import { drought, flood, road, type Script, stunting } from './incidentScripts.js'
import { IncidentKit, type IncidentTask } from './incidentTasks.js'
import { resolvedGeneric } from './issueTexts.js'
import type { Places } from './places.js'
import type { Random } from './random.js'
import { droughtsPerDay, floodsPerDay, roadIssuesPerDay, STUNTING_ISSUES_PER_DAY } from './seasons.js'
import { DAY_MS, HOUR_MS } from './wib.js'

export type { IncidentTask, IssueActionTask, ReportTask } from './incidentTasks.js'

/** How long an issue found in the log lasts, in days since it started (our estimates per kind). */
const ADOPTED_DURATION_DAYS: Partial<Record<VillageIssueKind, readonly [number, number]>> = {
  flood: [2, 7],
  drought: [21, 56],
  road: [14, 45],
  stunting: [40, 80],
}
const OTHER_DURATION_DAYS = [7, 21] as const

/**
 * Village incidents, drawn hour by hour at the season's rates (seasons.ts): what BPBD, Dinas PU and
 * Dinkes report for a desa, with the complaints that come with it (incidentScripts.ts).
 */
export class Incidents {
  readonly #kit: IncidentKit
  #floodsUntil = -Infinity

  constructor(ctx: { readonly rng: Random; readonly places: Places; readonly actors: SimActors }) {
    this.#kit = new IncidentKit(ctx.rng, ctx.places, ctx.actors)
  }

  /**
   * Incidents beginning in the hour from `hourStart`. `burst` (0–1] compresses the hours over which
   * citizens write about one: the live wall shows in minutes what the history spreads over hours.
   */
  hour(hourStart: number, burst: number): IncidentTask[] {
    const { rng } = this.#kit
    const tasks: IncidentTask[] = []
    const starts = (perDay: number) => rng.chance(perDay / 24)
    const at = () => hourStart + Math.floor(rng.next() * HOUR_MS)
    if (starts(floodsPerDay(hourStart))) tasks.push(...this.flood(at(), burst))
    if (starts(droughtsPerDay(hourStart))) tasks.push(...drought(this.#kit, at(), burst).tasks)
    if (starts(roadIssuesPerDay(hourStart))) tasks.push(...road(this.#kit, at(), burst).tasks)
    if (starts(STUNTING_ISSUES_PER_DAY)) tasks.push(...stunting(this.#kit, at()).tasks)
    return tasks
  }

  /** A flood starting at `start` (also used to make sure the rainy season shows one). */
  flood(start: number, burst: number): IncidentTask[] {
    const script: Script = flood(this.#kit, start, burst)
    this.#floodsUntil = Math.max(this.#floodsUntil, script.endsAt)
    return script.tasks
  }

  /** Whether a flood this simulator started (or adopted) is still on the map at `at`. */
  floodActive(at: number): boolean {
    return this.#floodsUntil > at
  }

  /**
   * Active issues found in the log (after a restart): nobody planned their end, so plan it now, as long
   * after they started as such an issue lasts. Returns the resolutions to schedule.
   */
  adopt(issues: readonly VillageIssue[], now: number): IncidentTask[] {
    const kit = this.#kit
    return issues.map((issue): IncidentTask => {
      const [shortest, longest] = ADOPTED_DURATION_DAYS[issue.kind] ?? OTHER_DURATION_DAYS
      const ends = Date.parse(issue.startedAt) + kit.rng.uniform(shortest, longest) * DAY_MS
      const at = Math.max(now + kit.rng.uniform(0.5, 6) * HOUR_MS, ends)
      if (issue.kind === 'flood') this.#floodsUntil = Math.max(this.#floodsUntil, at)
      const report = {
        issue: { id: issue.id, dead: false, kind: issue.kind },
        actor: kit.agency(issue.source.system),
      }
      return kit.act(report, at, { type: 'resolve', note: resolvedGeneric() })
    })
  }
}
