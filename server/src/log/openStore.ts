import type { Logger } from 'pino'

import type { DecisionContext } from '../domain/decision.js'

import type { EventStore } from './EventStore.js'
import { PostgresEventStore } from './postgres/PostgresEventStore.js'
import { SqliteEventStore } from './sqlite/SqliteEventStore.js'

export interface StoreLocation {
  /** PostgreSQL, shared by every process that has the same URL. */
  readonly databaseUrl?: string | undefined
  /** Otherwise the embedded SQLite file, for one process. */
  readonly dbPath: string
}

/** The store the configuration names: PostgreSQL when `DATABASE_URL` is set, else the SQLite file. */
export function openStore(
  where: StoreLocation,
  deps: { decisions: DecisionContext; log: Logger },
): Promise<EventStore> {
  if (where.databaseUrl) return PostgresEventStore.open({ url: where.databaseUrl, ...deps })
  return Promise.resolve(new SqliteEventStore({ path: where.dbPath, ...deps }))
}
