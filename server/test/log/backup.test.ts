import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

import { SYSTEM_ACTOR } from '@pendopo/shared'
import { pino } from 'pino'
import { afterAll, describe, expect, it } from 'vitest'

import { backupSqlite } from '../../src/log/sqlite/backup.js'
import { SqliteEventStore } from '../../src/log/sqlite/SqliteEventStore.js'
import { loadCalendarFile } from '../../src/reference/loadCalendarFile.js'

import { receive } from './commands.js'
import { CONTRACT_POLICY } from './eventStoreContract.js'

const dir = mkdtempSync(join(tmpdir(), 'pendopo-backup-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

const open = (path: string) =>
  new SqliteEventStore({ path, decisions: { policy: CONTRACT_POLICY }, log: pino({ level: 'silent' }) })
const AT = Date.parse('2026-11-23T02:00:00Z')

describe('SQLite online backup', () => {
  it('[BK1] copies a store that is being written into a consistent one: a prefix of the log, projections as a rebuild gives them', async () => {
    const live = open(join(dir, 'live.db'))
    const [calendar] = await live.commit([
      { kind: 'publishCalendar', at: AT, actor: SYSTEM_ACTOR, calendar: loadCalendarFile() },
    ])
    expect(calendar?.ok).toBe(true)
    for (let batch = 0; batch < 20; batch++)
      await live.commit(Array.from({ length: 50 }, (_, i) => receive(AT + batch * 1000 + i)))

    // Writers go on while the copy is taken.
    let writing = true
    const writer = (async () => {
      for (let i = 0; writing; i++) {
        await live.commit([receive(AT + 100_000 + i)])
        await new Promise((resolve) => setImmediate(resolve)) // the backup's steps run between commits
      }
    })()
    const backup = await backupSqlite(join(dir, 'live.db'), join(dir, 'copy.db'))
    writing = false
    await writer

    const copy = open(backup.destination)
    try {
      expect(backup.headSeq).toBeGreaterThanOrEqual(1_000)
      expect(await copy.headSeq()).toBe(backup.headSeq)
      expect(await copy.readAfter(0, 100_000)).toEqual(await live.readAfter(0, backup.headSeq))
      const now = AT + 200_000
      const projected = await copy.snapshot({ audience: 'staff', now })
      await copy.rebuildProjections()
      expect(await copy.snapshot({ audience: 'staff', now })).toEqual(projected)
    } finally {
      await copy.close()
      await live.close()
    }
  })

  it('[BK1] refuses a source that does not exist rather than backing up an empty file', async () => {
    await expect(backupSqlite(join(dir, 'missing.db'), join(dir, 'nothing.db'))).rejects.toThrow()
  })
})
