import type { TokenId, UserId } from '@pendopo/shared'

import type { TokenRecord, UserRecord } from '../domain/decision.js'

/** The credentials' and accounts' rows, named alike in every store. */
export interface TokenRow {
  id: string
  digest: string
  role: string
  name: string
  opd: string | null
  issued_at: string
  issued_by: string
  revoked_at: string | null
}

export interface UserRow {
  id: string
  username: string
  name: string
  role: string
  opd: string | null
  password_hash: string
  created_at: string
  disabled_at: string | null
}

export const tokenRecord = (row: TokenRow): TokenRecord => ({
  id: row.id as TokenId,
  role: row.role as TokenRecord['role'],
  name: row.name,
  opd: row.opd as TokenRecord['opd'],
  issuedAt: row.issued_at,
  issuedBy: row.issued_by,
  revokedAt: row.revoked_at,
})

export const userRecord = (row: UserRow): UserRecord => ({
  id: row.id as UserId,
  username: row.username,
  name: row.name,
  role: row.role as UserRecord['role'],
  opd: row.opd as UserRecord['opd'],
  passwordHash: row.password_hash,
  createdAt: row.created_at,
  disabledAt: row.disabled_at,
})
