import {
  type Actor,
  issuesOf,
  VillageIssueActionSchema,
  VillageIssueIdSchema,
  VillageIssueSubmissionSchema,
} from '@pendopo/shared'

import type { Outcome } from '../domain/commands.js'
import { refuse } from '../domain/decision.js'
import { badRequest } from '../ingest/badRequest.js'
import type { IngestDeps } from '../ingest/receiveComplaint.js'

/** A village problem (flood, drought, …) reported by BPBD, Dinkes or a village visit. */
export async function reportVillageIssue(deps: IngestDeps, actor: Actor, input: unknown): Promise<Outcome> {
  const parsed = VillageIssueSubmissionSchema.safeParse(input)
  if (!parsed.success) return badRequest('the village issue is not valid', issuesOf(parsed.error))
  const submission = parsed.data
  const desa = deps.reference.geo.desaByCode(submission.desaCode)
  if (!desa) {
    const message = `no desa ${submission.desaCode} in ${deps.reference.geo.kabupaten.name}`
    return badRequest('the village issue is not valid', [{ path: 'desaCode', message }])
  }
  return deps.submit({
    kind: 'reportVillageIssue',
    at: deps.clock.now(),
    actor,
    id: VillageIssueIdSchema.parse(deps.newId()),
    submission,
    kecamatanCode: desa.kecamatanCode,
  })
}

export async function actOnVillageIssue(
  deps: IngestDeps,
  actor: Actor,
  { id, action: input }: { id: string; action: unknown },
): Promise<Outcome> {
  const issueId = VillageIssueIdSchema.safeParse(id)
  if (!issueId.success) return refuse('not_found', `no village issue ${id}`)
  const parsed = VillageIssueActionSchema.safeParse(input)
  if (!parsed.success) return badRequest('the action is not valid', issuesOf(parsed.error))
  return deps.submit({
    kind: 'actOnVillageIssue',
    at: deps.clock.now(),
    actor,
    issueId: issueId.data,
    action: parsed.data,
  })
}
