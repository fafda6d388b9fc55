import { z } from 'zod'

import { OpdCodeSchema } from '../ids.js'
import { UsernameSchema, UserRoleSchema } from '../users.js'

import { eventSchema } from './envelope.js'

export const UserIdSchema = z
  .string()
  .regex(/^[0-9A-HJKMNP-TV-Z]{26}$/, 'must be a user id (26 Crockford base-32 characters)')
  .brand<'UserId'>()
export type UserId = z.infer<typeof UserIdSchema>

/**
 * An admin created a person's account (or demo mode did, as the system). The log keeps the password's
 * scrypt hash, which never leaves the server (null on every wire), like a token's digest.
 */
export const UserCreatedSchema = eventSchema(
  'user.created',
  z.strictObject({
    userId: UserIdSchema,
    username: UsernameSchema,
    name: z.string().min(1).max(120),
    role: UserRoleSchema,
    opd: OpdCodeSchema.nullable(),
    passwordHash: z.string().min(1).max(300).nullable(),
  }),
)
/** The account can no longer log in; its sessions end. */
export const UserDisabledSchema = eventSchema('user.disabled', z.strictObject({ userId: UserIdSchema }))
