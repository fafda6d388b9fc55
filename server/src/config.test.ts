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

  it('[CF3] DATABASE_URL and REDIS_URL take their own kind of URL, and Redis only beside PostgreSQL', () => {
    const both = { DATABASE_URL: 'postgres://pendopo@db:5432/pendopo', REDIS_URL: 'redis://cache:6379' }
    expect(loadConfig(both)).toMatchObject({ databaseUrl: both.DATABASE_URL, redisUrl: both.REDIS_URL })
    expect(loadConfig({}).databaseUrl).toBeUndefined()
    expect(problemsOf({ DATABASE_URL: 'mysql://db/pendopo' }).join()).toMatch(/^DATABASE_URL/)
    expect(problemsOf({ ...both, REDIS_URL: 'http://cache:6379' }).join()).toMatch(/^REDIS_URL/)
    expect(problemsOf({ REDIS_URL: both.REDIS_URL }).join()).toMatch(/^REDIS_URL: .*DATABASE_URL/)
  })

  it('[CF4] PENDOPO_CLUSTER_NAME names the Redis stream and channels, `pendopo` unless set', () => {
    expect(loadConfig({}).clusterName).toBe('pendopo')
    expect(loadConfig({ PENDOPO_CLUSTER_NAME: 'pendopo-staging' }).clusterName).toBe('pendopo-staging')
    for (const bad of ['has space', 'a#b', 'x'.repeat(65)])
      expect(problemsOf({ PENDOPO_CLUSTER_NAME: bad }).join()).toMatch(/^PENDOPO_CLUSTER_NAME/)
  })
})
