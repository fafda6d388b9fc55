import { describe, expect, it } from 'vitest'

import { ConfigError, loadConfig } from './config.js'

const problemsOf = (env: NodeJS.ProcessEnv): string[] => {
  try {
    loadConfig(env)
    return []
  } catch (error) {
    if (error instanceof ConfigError) return error.problems
    throw error
  }
}

describe('configuration', () => {
  it('[CF1] PENDOPO_ALLOWED_ORIGINS is a comma-separated list of web origins', () => {
    expect(loadConfig({}).allowedOrigins).toEqual([])
    expect(
      loadConfig({ PENDOPO_ALLOWED_ORIGINS: 'https://portal.example, http://10.0.0.5:8080/' }).allowedOrigins,
    ).toEqual(['https://portal.example', 'http://10.0.0.5:8080/'])
    for (const bad of ['https://portal.example/wall', 'ftp://portal.example', 'portal.example'])
      expect(problemsOf({ PENDOPO_ALLOWED_ORIGINS: bad }).join()).toMatch(/^PENDOPO_ALLOWED_ORIGINS/)
  })
})
