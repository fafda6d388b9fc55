import { createBenchDatabase } from './benchDatabase.js'

/** The stores a benchmark's server can keep its log in, by the name a row gives them. */
export const STORE_NAMES = { sqlite: 'SQLite', postgres: 'PostgreSQL' } as const
export type StoreKind = keyof typeof STORE_NAMES

export interface StoreEnv {
  /** What to add to the server's environment. */
  readonly env: Record<string, string>
  /** Frees what the store holds outside the server (a PostgreSQL database), once the server stopped. */
  release(): Promise<void>
}

/**
 * The environment that puts a server's log in `store`: SQLite needs nothing (the server writes the file
 * PENDOPO_DB names), PostgreSQL a database of its own (`DATABASE_URL`, which the server prefers).
 */
export async function storeEnv(store: StoreKind): Promise<StoreEnv> {
  switch (store) {
    case 'sqlite':
      return { env: {}, release: () => Promise.resolve() }
    case 'postgres': {
      const database = await createBenchDatabase()
      return { env: { DATABASE_URL: database.url }, release: () => database.drop() }
    }
  }
}
