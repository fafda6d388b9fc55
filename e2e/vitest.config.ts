import { fileURLToPath } from 'node:url'

import { defineConfig } from 'vitest/config'

export default defineConfig({
  resolve: {
    alias: { '@pendopo/shared': fileURLToPath(new URL('../shared/src/index.ts', import.meta.url)) },
  },
  test: {
    name: 'e2e',
    include: ['specs/**/*.spec.ts'],
    // The specs drive the built server: build it once (a no-op when it is up to date).
    globalSetup: ['support/buildOnce.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // Real servers and a real browser on two cores: one spec file at a time, so timings mean something.
    fileParallelism: false,
  },
})
