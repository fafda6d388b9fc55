import { z } from 'zod'

import { DesaCodeSchema, InstantSchema, KecamatanCodeSchema, VillageIssueIdSchema } from './ids.js'
import { text } from './text.js'

/** The village problems the wall maps with their own symbols (domain.md §4.5). */
export const VILLAGE_ISSUE_KINDS = [
  'flood',
  'drought',
  'road',
  'clean_water',
  'stunting',
  'landslide',
  'fire',
  'other',
] as const
export const VillageIssueKindSchema = z.enum(VILLAGE_ISSUE_KINDS)
export type VillageIssueKind = z.infer<typeof VillageIssueKindSchema>

/** BPBD's alert levels: 1 waspada, 2 siaga, 3 awas. */
export const SeveritySchema = z.union([z.literal(1), z.literal(2), z.literal(3)])

const AffectedSchema = z.strictObject({
  households: z.number().int().nonnegative().max(10_000_000).optional(),
  people: z.number().int().nonnegative().max(10_000_000).optional(),
})

/** `POST /api/v1/village-issues`: idempotent on `(source.system, source.externalId)`. */
export const VillageIssueSubmissionSchema = z.strictObject({
  source: z.strictObject({
    /** Who reports it: `bpbd`, `dinkes`, `sambang-desa`, … */
    system: z.string().regex(/^[a-z][a-z0-9-]{1,39}$/, 'must be a lower-case system name like bpbd'),
    externalId: text({ min: 1, max: 200 }),
  }),
  kind: VillageIssueKindSchema,
  desaCode: DesaCodeSchema,
  severity: SeveritySchema,
  title: text({ min: 3, max: 200 }),
  description: text({ min: 1, max: 4000, multiline: true }).optional(),
  startedAt: z.iso.datetime({ offset: true, message: 'must be an ISO 8601 date-time with an offset' }),
  affected: AffectedSchema.optional(),
})
export type VillageIssueSubmission = z.infer<typeof VillageIssueSubmissionSchema>

export const VillageIssueSchema = z.strictObject({
  id: VillageIssueIdSchema,
  source: VillageIssueSubmissionSchema.shape.source,
  kind: VillageIssueKindSchema,
  desaCode: DesaCodeSchema,
  kecamatanCode: KecamatanCodeSchema,
  severity: SeveritySchema,
  title: z.string(),
  description: z.string().nullable(),
  affected: AffectedSchema.nullable(),
  startedAt: InstantSchema,
  updatedAt: InstantSchema,
  resolvedAt: InstantSchema.nullable(),
})
export type VillageIssue = z.infer<typeof VillageIssueSchema>

/** `POST /api/v1/village-issues/:id/actions`. */
export const VillageIssueActionSchema = z.discriminatedUnion('type', [
  z.strictObject({
    type: z.literal('update'),
    severity: SeveritySchema.optional(),
    affected: AffectedSchema.optional(),
    note: text({ min: 1, max: 1000, multiline: true }).optional(),
  }),
  z.strictObject({
    type: z.literal('resolve'),
    note: text({ min: 1, max: 1000, multiline: true }).optional(),
  }),
])
export type VillageIssueAction = z.infer<typeof VillageIssueActionSchema>
