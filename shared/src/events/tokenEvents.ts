import { z } from 'zod'

import { OpdCodeSchema } from '../ids.js'
import { RoleSchema } from '../roles.js'

import { eventSchema } from './envelope.js'

export const TokenIdSchema = z
  .string()
  .regex(/^[0-9A-HJKMNP-TV-Z]{26}$/, 'must be a token id (26 Crockford base-32 characters)')
  .brand<'TokenId'>()
export type TokenId = z.infer<typeof TokenIdSchema>

/**
 * An admin issued a credential (an integration's, a wall's). The log keeps the SHA-256 digest of the token,
 * never the token; and the digest itself never leaves the server (null on every wire).
 */
export const TokenIssuedSchema = eventSchema(
  'token.issued',
  z.strictObject({
    tokenId: TokenIdSchema,
    role: RoleSchema.exclude(['system']),
    name: z.string().min(1).max(120),
    opd: OpdCodeSchema.nullable(),
    digest: z
      .string()
      .regex(/^[0-9a-f]{64}$/)
      .nullable(),
  }),
)
export const TokenRevokedSchema = eventSchema('token.revoked', z.strictObject({ tokenId: TokenIdSchema }))
