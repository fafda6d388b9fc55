import { type NewEvent, toInstant, type VillageIssue } from '@pendopo/shared'

import type { ActOnVillageIssue, ReportVillageIssue } from './commands.js'
import { type Decision, type DecisionState, refuse } from './decision.js'

/** A flood, a drought, a broken road reported for a desa: idempotent on (source.system, externalId). */
export function decideReportVillageIssue(cmd: ReportVillageIssue, state: DecisionState): Decision {
  const s = cmd.submission
  const existing = state.villageIssueByExternal(s.source.system, s.source.externalId)
  if (existing) {
    return {
      ok: true,
      events: [],
      result: { kind: 'villageIssue', id: existing.id, created: false },
      repeatOfSeq: existing.reportedSeq,
    }
  }
  const at = toInstant(cmd.at)
  const issue: VillageIssue = {
    id: cmd.id,
    source: s.source,
    kind: s.kind,
    desaCode: s.desaCode,
    kecamatanCode: cmd.kecamatanCode,
    severity: s.severity,
    title: s.title,
    description: s.description ?? null,
    affected: s.affected ?? null,
    startedAt: toInstant(Date.parse(s.startedAt)),
    updatedAt: at,
    resolvedAt: null,
  }
  const event: NewEvent = { type: 'village_issue.reported', at, actor: cmd.actor, data: { issue } }
  return { ok: true, events: [event], result: { kind: 'villageIssue', id: issue.id, created: true } }
}

export function decideVillageIssueAction(cmd: ActOnVillageIssue, state: DecisionState): Decision {
  const issue = state.villageIssue(cmd.issueId)
  if (!issue) return refuse('not_found', `no village issue ${cmd.issueId}`)
  if (issue.resolvedAt !== null)
    return refuse('already_done', `village issue ${issue.id} was resolved at ${issue.resolvedAt}`)
  const at = toInstant(cmd.at)
  const { action } = cmd
  const next: VillageIssue =
    action.type === 'update'
      ? {
          ...issue,
          severity: action.severity ?? issue.severity,
          affected: action.affected ?? issue.affected,
          updatedAt: at,
        }
      : { ...issue, updatedAt: at, resolvedAt: at }
  const event: NewEvent = {
    type: action.type === 'update' ? 'village_issue.updated' : 'village_issue.resolved',
    at,
    actor: cmd.actor,
    data: { issueId: issue.id, issue: next, note: action.note ?? null },
  }
  return { ok: true, events: [event], result: { kind: 'done' } }
}
