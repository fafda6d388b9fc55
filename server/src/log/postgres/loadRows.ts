import type {
  ComplaintId,
  ComplaintRecord,
  DomainEvent,
  TrackingId,
  VillageIssue,
  VillageIssueId,
} from '@pendopo/shared'
import type { ClientBase } from 'pg'

import type { Command } from '../../domain/commands.js'
import { tokenRecord, type TokenRow, userRecord, type UserRow } from '../rows.js'

import { type BatchState, externalKey } from './BatchState.js'
import type { RowKey } from './rowKeys.js'

/** The rows each command will surely read: loaded for the whole batch in one query per kind. */
export function keysOf(command: Command): RowKey[] {
  switch (command.kind) {
    case 'receiveComplaint': {
      const { channel, externalId } = command.submission.source
      return [{ kind: 'external', channel, externalId }]
    }
    case 'actOnComplaint':
    case 'fireTimer':
      return [{ kind: 'complaint', id: command.complaintId }]
    case 'reportVillageIssue': {
      const { system, externalId } = command.submission.source
      return [{ kind: 'villageIssueExternal', system, externalId }]
    }
    case 'actOnVillageIssue':
      return [{ kind: 'villageIssue', id: command.issueId }]
    case 'revokeToken':
      return [{ kind: 'token', id: command.tokenId }]
    case 'createUser':
      return [
        { kind: 'user', id: command.userId },
        { kind: 'username', username: command.username },
      ]
    case 'disableUser':
      return [{ kind: 'user', id: command.userId }]
    default:
      return []
  }
}

type KeyOf<K extends RowKey['kind']> = Extract<RowKey, { kind: K }>

/**
 * Loads what `keys` name into the batch state (inside the batch's transaction, on its connection), one
 * query per kind of row; what the state already holds is not read again. A row that does not exist is
 * remembered as absent (null), so that asking again does not miss again.
 */
export async function loadRows(db: ClientBase, state: BatchState, keys: readonly RowKey[]): Promise<void> {
  const of = <K extends RowKey['kind']>(kind: K) => keys.filter((k): k is KeyOf<K> => k.kind === kind)

  const complaintIds = unique(of('complaint').map((k) => k.id)).filter((id) => !state.complaints.has(id))
  const externals = of('external').filter((k) => !state.externals.has(externalKey(k.channel, k.externalId)))
  const issueIds = unique(of('villageIssue').map((k) => k.id)).filter((id) => !state.villageIssues.has(id))
  const issueExternals = of('villageIssueExternal').filter(
    (k) => !state.villageIssueExternals.has(externalKey(k.system, k.externalId)),
  )
  const tokenIds = unique(of('token').map((k) => k.id)).filter((id) => !state.tokens.has(id))
  const userIds = unique(of('user').map((k) => k.id)).filter((id) => !state.users.has(id))
  const usernames = unique(of('username').map((k) => k.username)).filter((u) => !state.usernames.has(u))
  const histories = unique(of('history').map((k) => k.id)).filter((id) => !state.histories.has(id))

  const loads: Array<() => Promise<void>> = []
  if (complaintIds.length > 0) {
    loads.push(() =>
      rows<{ id: string; record: string }>(
        db,
        'SELECT id, record FROM complaints WHERE id = ANY($1::text[])',
        [complaintIds],
      ).then((found) => {
        for (const id of complaintIds) state.complaints.set(id, null)
        for (const row of found) state.complaints.set(row.id, JSON.parse(row.record) as ComplaintRecord)
      }),
    )
  }
  if (externals.length > 0) {
    loads.push(() =>
      rows<{ id: string; tracking_id: string; received_seq: number; channel: string; external_id: string }>(
        db,
        `SELECT c.id, c.tracking_id, c.received_seq, c.channel, c.external_id
         FROM complaints c JOIN unnest($1::text[], $2::text[]) AS k (channel, external_id)
           ON c.channel = k.channel AND c.external_id = k.external_id`,
        [externals.map((k) => k.channel), externals.map((k) => k.externalId)],
      ).then((found) => {
        for (const k of externals) state.externals.set(externalKey(k.channel, k.externalId), null)
        for (const row of found) {
          state.externals.set(externalKey(row.channel, row.external_id), {
            id: row.id as ComplaintId,
            trackingId: row.tracking_id as TrackingId,
            receivedSeq: row.received_seq,
          })
        }
      }),
    )
  }
  if (issueIds.length > 0) {
    loads.push(() =>
      rows<{ id: string; record: string }>(
        db,
        'SELECT id, record FROM village_issues WHERE id = ANY($1::text[])',
        [issueIds],
      ).then((found) => {
        for (const id of issueIds) state.villageIssues.set(id, null)
        for (const row of found) state.villageIssues.set(row.id, JSON.parse(row.record) as VillageIssue)
      }),
    )
  }
  if (issueExternals.length > 0) {
    loads.push(() =>
      rows<{ id: string; reported_seq: number; system: string; external_id: string }>(
        db,
        `SELECT v.id, v.reported_seq, v.system, v.external_id
         FROM village_issues v JOIN unnest($1::text[], $2::text[]) AS k (system, external_id)
           ON v.system = k.system AND v.external_id = k.external_id`,
        [issueExternals.map((k) => k.system), issueExternals.map((k) => k.externalId)],
      ).then((found) => {
        for (const k of issueExternals)
          state.villageIssueExternals.set(externalKey(k.system, k.externalId), null)
        for (const row of found) {
          state.villageIssueExternals.set(externalKey(row.system, row.external_id), {
            id: row.id as VillageIssueId,
            reportedSeq: row.reported_seq,
          })
        }
      }),
    )
  }
  if (tokenIds.length > 0) {
    loads.push(() =>
      rows<TokenRow>(db, 'SELECT * FROM tokens WHERE id = ANY($1::text[])', [tokenIds]).then((found) => {
        for (const id of tokenIds) state.tokens.set(id, null)
        for (const row of found) state.tokens.set(row.id, tokenRecord(row))
      }),
    )
  }
  if (userIds.length > 0 || usernames.length > 0) {
    loads.push(() =>
      rows<UserRow>(db, 'SELECT * FROM users WHERE id = ANY($1::text[]) OR username = ANY($2::text[])', [
        userIds,
        usernames,
      ]).then((found) => {
        for (const id of userIds) state.users.set(id, null)
        for (const username of usernames) state.usernames.set(username, null)
        for (const row of found) {
          const user = userRecord(row)
          state.users.set(user.id, user)
          state.usernames.set(user.username, user)
        }
      }),
    )
  }
  if (histories.length > 0) {
    loads.push(() =>
      rows<{ subject: string; body: string }>(
        db,
        'SELECT subject, body FROM events WHERE subject = ANY($1::text[]) ORDER BY seq',
        [histories],
      ).then((found) => {
        for (const id of histories) state.histories.set(id, [])
        for (const row of found) state.histories.get(row.subject)?.push(JSON.parse(row.body) as DomainEvent)
      }),
    )
  }
  if (of('count').length > 0 && state.count === undefined) {
    loads.push(() =>
      rows<{ value: number }>(db, "SELECT value FROM meta WHERE key = 'complaints'").then((found) => {
        state.count = found[0]?.value ?? 0
      }),
    )
  }
  if (of('liveClocks').length > 0 && !state.liveClocks) {
    loads.push(() =>
      rows<{ id: string; record: string }>(
        db,
        'SELECT id, record FROM complaints WHERE next_timer_at IS NOT NULL',
      ).then((found) => {
        state.liveClocks = new Set(found.map((row) => row.id))
        // Those this batch already wrote are newer in the state than in the table.
        for (const row of found) {
          if (!state.complaints.has(row.id))
            state.complaints.set(row.id, JSON.parse(row.record) as ComplaintRecord)
        }
      }),
    )
  }
  // One after another: a connection runs one query at a time, and pg 9 will refuse a second one queued.
  for (const load of loads) await load()
}

async function rows<R>(db: ClientBase, sql: string, params: unknown[] = []): Promise<R[]> {
  return (await db.query<R & Record<string, unknown>>(sql, params)).rows
}

const unique = <T>(values: readonly T[]): T[] => [...new Set(values)]
