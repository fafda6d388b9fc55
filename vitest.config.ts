import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    projects: ['shared', 'server', 'web', 'e2e'],
  },
})
