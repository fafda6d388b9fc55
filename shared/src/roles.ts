import { z } from 'zod'

import { OpdCodeSchema } from './ids.js'

/**
 * Who may do what (design.md "Roles"). `system` is the server itself (SLA timers, auto-close);
 * no credential ever carries it.
 */
export const ROLES = [
  'admin',
  'supervisor',
  'operator',
  'executive',
  'wall',
  'integration',
  'system',
] as const
export const RoleSchema = z.enum(ROLES)
export type Role = z.infer<typeof RoleSchema>

/** Roles whose reach is one OPD: an operator acts only on its own OPD's complaints. */
export const OPD_SCOPED_ROLES: ReadonlySet<Role> = new Set(['operator'])

/** Who did it: every event carries its actor, so the log is the audit trail. */
export const ActorSchema = z.strictObject({
  kind: z.enum(['user', 'token', 'system', 'simulator']),
  id: z.string().min(1).max(100),
  role: RoleSchema,
  opd: OpdCodeSchema.optional(),
  name: z.string().max(120).optional(),
})
export type Actor = z.infer<typeof ActorSchema>

export const SYSTEM_ACTOR: Actor = { kind: 'system', id: 'pendopo', role: 'system' }
