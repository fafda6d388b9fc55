import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    projects: ['shared', 'server', 'e2e'],
  },
})
