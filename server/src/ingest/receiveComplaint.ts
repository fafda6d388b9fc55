import {
  type Actor,
  ComplaintIdSchema,
  type ComplaintSubmission,
  ComplaintSubmissionSchema,
  issuesOf,
} from '@pendopo/shared'

import type { Clock } from '../clock.js'
import type { Command, Outcome } from '../domain/commands.js'
import type { Reference } from '../reference/Reference.js'

import { badRequest, type Issue } from './badRequest.js'

/** A citizen's clock may run a little ahead of ours; more than this and `reportedAt` is refused. */
const CLOCK_SKEW_MS = 5 * 60_000

export interface IngestDeps {
  readonly submit: (command: Command) => Promise<Outcome>
  readonly reference: Reference
  readonly clock: Clock
  readonly newId: () => string
}

/**
 * Takes a complaint from any channel: validates it, resolves its place and routing against the regency's
 * reference data, and hands it to the log. Resolves after the commit (or the refusal).
 */
export async function receiveComplaint(deps: IngestDeps, actor: Actor, input: unknown): Promise<Outcome> {
  const parsed = ComplaintSubmissionSchema.safeParse(input)
  if (!parsed.success) return badRequest('the complaint is not valid', issuesOf(parsed.error))
  const submission = parsed.data
  const now = deps.clock.now()

  const issues: Issue[] = []
  const category = deps.reference.category(submission.category)
  if (!category) {
    issues.push({
      path: 'category',
      message: `unknown category "${submission.category}" (see GET /api/v1/reference)`,
    })
  }
  if (Date.parse(submission.reportedAt) > now + CLOCK_SKEW_MS) {
    issues.push({ path: 'reportedAt', message: 'must not be in the future' })
  }
  const place = resolvePlace(deps.reference, submission, issues)
  if (!category || !place || issues.length > 0) return badRequest('the complaint is not valid', issues)

  return deps.submit({
    kind: 'receiveComplaint',
    at: now,
    actor,
    id: ComplaintIdSchema.parse(deps.newId()),
    submission,
    place,
    suggestedOpd: category.opd,
  })
}

function resolvePlace(reference: Reference, submission: ComplaintSubmission, issues: Issue[]) {
  const { location } = submission
  const address = location.address ?? null
  if (location.desaCode !== undefined) {
    const desa = reference.geo.desaByCode(location.desaCode)
    if (!desa) {
      issues.push({
        path: 'location.desaCode',
        message: `no desa ${location.desaCode} in ${reference.geo.kabupaten.name}`,
      })
      return undefined
    }
    const [lon, lat] = desa.label
    return {
      desaCode: desa.code,
      kecamatanCode: desa.kecamatanCode,
      point: { lat, lon },
      address,
    }
  }
  const { lat, lon } = location as { lat: number; lon: number }
  const desaCode = reference.locate(lat, lon)
  const desa = desaCode ? reference.geo.desaByCode(desaCode) : undefined
  if (!desa) {
    issues.push({
      path: 'location',
      message: `the point (${lat}, ${lon}) lies outside ${reference.geo.kabupaten.name}`,
    })
    return undefined
  }
  return {
    desaCode: desa.code,
    kecamatanCode: desa.kecamatanCode,
    point: { lat, lon },
    address,
  }
}
