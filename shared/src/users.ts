import { z } from 'zod'

import { InstantSchema, OpdCodeSchema } from './ids.js'
import { RoleSchema } from './roles.js'
import { text } from './text.js'

/** The roles a person logs in with; walls and integrations hold tokens instead. */
export const USER_ROLES = ['admin', 'supervisor', 'operator', 'executive'] as const
export const UserRoleSchema = RoleSchema.extract(USER_ROLES)
export type UserRole = z.infer<typeof UserRoleSchema>

export const UsernameSchema = z
  .string()
  .regex(/^[a-z0-9][a-z0-9._-]{2,39}$/, 'must be 3–40 lowercase letters, digits, dots, dashes or underscores')

/** Long enough to resist guessing; no composition rules (NIST SP 800-63B). */
export const PasswordSchema = z.string().min(10, 'must be at least 10 characters').max(200)

/** A person who logs in, as the API shows them (never with a password hash). */
export const UserSchema = z.strictObject({
  id: z.string().min(1).max(100),
  username: UsernameSchema,
  name: z.string(),
  role: UserRoleSchema,
  /** An operator's OPD; null for every other role. */
  opd: OpdCodeSchema.nullable(),
  disabled: z.boolean(),
})
export type User = z.infer<typeof UserSchema>

/** `POST /api/v1/users` (admin). */
export const NewUserSchema = z
  .strictObject({
    username: UsernameSchema,
    name: text({ min: 1, max: 120 }),
    role: UserRoleSchema,
    opd: OpdCodeSchema.optional(),
    password: PasswordSchema,
  })
  .refine((u) => (u.role === 'operator') === (u.opd !== undefined), {
    path: ['opd'],
    message: 'an operator needs its OPD, and only an operator has one',
  })
export type NewUser = z.infer<typeof NewUserSchema>

/** `POST /api/v1/session`: a login. Lengths are bounded; the password's rules are checked when it is set. */
export const LoginRequestSchema = z.strictObject({
  username: z.string().min(1).max(80),
  password: z.string().min(1).max(200),
})

/** `POST` and `GET /api/v1/session`: who is logged in, until when. */
export const SessionInfoSchema = z.strictObject({
  user: UserSchema,
  expiresAt: InstantSchema,
})
export type SessionInfo = z.infer<typeof SessionInfoSchema>

/** The session cookie's name: httpOnly, SameSite=Strict, Secure behind TLS. */
export const SESSION_COOKIE = 'pendopo_session'
