import { pino } from 'pino'

import { PostgresEventStore } from '../../src/log/postgres/PostgresEventStore.js'
import { scratchSchema } from '../support/scratchSchema.js'
import { describeIfServices } from '../support/services.js'

import { CONTRACT_POLICY, registerEventStoreContract } from './eventStoreContract.js'

describeIfServices('the PostgreSQL store', { postgres: true }, () => {
  registerEventStoreContract('PostgreSQL', async () => {
    const schema = await scratchSchema()
    const stores: PostgresEventStore[] = []
    const open = async () => {
      const store = await PostgresEventStore.open({
        url: schema.url,
        decisions: { policy: CONTRACT_POLICY },
        log: pino({ level: 'silent' }),
        lockTimeoutMs: 200,
      })
      stores.push(store)
      return store
    }
    return {
      store: await open(),
      blockWrites: async () => {
        // Another process's commit holds the head (stuck, as a frozen process would).
        const other = await schema.connect()
        await other.query('BEGIN')
        await other.query('SELECT seq FROM log_head FOR UPDATE')
        return {
          release: async () => {
            await other.query('ROLLBACK')
            await other.end()
          },
        }
      },
      reopen: open,
      close: async () => {
        for (const s of stores) await s.close()
        await schema.drop()
      },
    }
  })
})
