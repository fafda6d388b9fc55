import { z } from 'zod'

import { KecamatanCodeSchema, OpdCodeSchema } from './ids.js'
import { WEEKDAYS } from './sla/calendar.js'

/**
 * What the wall shows, and when: a playlist of scenes, each with its own duration, its parameters (the
 * regency, a group of kecamatan, a group of OPDs) and an optional time-of-day schedule; and the rule by
 * which an urgent scene interrupts the rotation when reports spike in one kecamatan.
 */
export const SCENE_KINDS = ['overview', 'friday-review', 'trends', 'area', 'agencies'] as const
export const SceneKindSchema = z.enum(SCENE_KINDS)
export type SceneKind = z.infer<typeof SceneKindSchema>

const Clock = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be a time like 07:30')

export const SceneSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]{1,40}$/, 'must be a short lower-case id'),
  kind: SceneKindSchema,
  /** How long the scene stays up, in seconds. */
  durationSec: z.number().int().min(5).max(3600),
  /** A heading to show instead of the kind's own (Indonesian and English). */
  title: z.strictObject({ id: z.string().min(1).max(80), en: z.string().min(1).max(80) }).optional(),
  params: z
    .strictObject({
      kecamatan: z.array(KecamatanCodeSchema).min(1).max(28).optional(),
      opds: z.array(OpdCodeSchema).min(1).max(80).optional(),
    })
    .default({}),
  /** Only between these local (WIB) times and on these days; always, when absent. */
  schedule: z
    .strictObject({
      from: Clock,
      to: Clock,
      days: z.array(z.enum(WEEKDAYS)).min(1).optional(),
    })
    .optional(),
})
export type Scene = z.infer<typeof SceneSchema>

export const UrgentRuleSchema = z.strictObject({
  /** Reports in one kecamatan over the last `windowHours` that make it urgent… */
  minReports: z.number().int().min(1).default(8),
  /** …when they are also this many times its usual rate (its average over the past week). */
  ratio: z.number().min(1).default(3),
  windowHours: z.number().int().min(1).max(6).default(2),
  /** The urgent scene stays at least this long, and until the spike has passed. */
  minDurationSec: z.number().int().min(10).default(120),
})
export type UrgentRule = z.infer<typeof UrgentRuleSchema>

export const WallConfigSchema = z.strictObject({
  scenes: z.array(SceneSchema).min(1).max(40),
  urgent: UrgentRuleSchema.default(UrgentRuleSchema.parse({})),
})
export type WallConfig = z.infer<typeof WallConfigSchema>
