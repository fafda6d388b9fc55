import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

import Database from 'better-sqlite3'
import { pino } from 'pino'

import { SqliteEventStore } from '../../src/log/sqlite/SqliteEventStore.js'

import { CONTRACT_POLICY, registerEventStoreContract } from './eventStoreContract.js'

registerEventStoreContract('SQLite', () => {
  const dir = mkdtempSync(join(tmpdir(), 'pendopo-store-'))
  const path = join(dir, 'pendopo.db')
  const stores: SqliteEventStore[] = []
  const open = () => {
    const store = new SqliteEventStore({
      path,
      decisions: { policy: CONTRACT_POLICY },
      log: pino({ level: 'silent' }),
      busyTimeoutMs: 50,
    })
    stores.push(store)
    return store
  }
  return Promise.resolve({
    store: open(),
    blockWrites: () => {
      // Another connection (a backup tool, say) holds the write lock.
      const other = new Database(path)
      other.exec('BEGIN EXCLUSIVE')
      return Promise.resolve({
        release: () => {
          other.exec('ROLLBACK')
          other.close()
          return Promise.resolve()
        },
      })
    },
    reopen: () => Promise.resolve(open()),
    close: async () => {
      for (const s of stores) await s.close()
      rmSync(dir, { recursive: true, force: true })
    },
  })
})
