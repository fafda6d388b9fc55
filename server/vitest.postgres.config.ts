import { fileURLToPath } from 'node:url'

import { defineConfig } from 'vitest/config'

/**
 * The app-level suites again, on the PostgreSQL store: the same tests, parameterised by the store
 * (test/support/createTestApp.ts), not copied. SQLite-only suites (the file's upgrades, a full disk, the
 * online backup) stay in the `server` project.
 */
export default defineConfig({
  resolve: {
    alias: { '@pendopo/shared': fileURLToPath(new URL('../shared/src/index.ts', import.meta.url)) },
  },
  test: {
    name: 'server-postgres',
    include: [
      'test/access.test.ts',
      'test/actions.test.ts',
      'test/ingest.test.ts',
      'test/live.test.ts',
      'test/queue.test.ts',
      'test/read.test.ts',
      'test/sla.test.ts',
      'test/tokens.test.ts',
    ],
    env: { PENDOPO_TEST_STORE: 'postgres' },
    globalSetup: ['test/support/postgresProjectSetup.ts'],
  },
})
