import { z } from 'zod'

import { VillageIssueIdSchema } from '../ids.js'
import { VillageIssueSchema } from '../villageIssue.js'

import { eventSchema } from './envelope.js'

export const VillageIssueReportedSchema = eventSchema(
  'village_issue.reported',
  z.strictObject({ issue: VillageIssueSchema }),
)
/** Carries the whole issue after the change, so a view can replace what it holds. */
export const VillageIssueUpdatedSchema = eventSchema(
  'village_issue.updated',
  z.strictObject({ issueId: VillageIssueIdSchema, issue: VillageIssueSchema, note: z.string().nullable() }),
)
export const VillageIssueResolvedSchema = eventSchema(
  'village_issue.resolved',
  z.strictObject({ issueId: VillageIssueIdSchema, issue: VillageIssueSchema, note: z.string().nullable() }),
)
