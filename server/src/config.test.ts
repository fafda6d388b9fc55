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

  it('[CF2] PENDOPO_TRUST_PROXY is a hop count or a list of addresses, subnets and named ranges', () => {
    expect(loadConfig({}).trustProxy).toBeUndefined()
    expect(loadConfig({ PENDOPO_TRUST_PROXY: '1' }).trustProxy).toBe(1)
    expect(loadConfig({ PENDOPO_TRUST_PROXY: 'loopback, 10.0.0.0/8, fd00::/8' }).trustProxy).toBe(
      'loopback, 10.0.0.0/8, fd00::/8',
    )
    for (const bad of ['yes', '10.0.0.0/33', 'nginx.local', '1.2.3.4/8/8', 'loopback,'])
      expect(problemsOf({ PENDOPO_TRUST_PROXY: bad }).join()).toMatch(/^PENDOPO_TRUST_PROXY/)
  })
})
