import { randomBytes } from 'node:crypto'
import { setTimeout as sleep } from 'node:timers/promises'

import { TEST_REDIS_URL } from '@pendopo/server/test/support/services.js'
import { createClient } from 'redis'

import { type OurServer, startOurServer } from '../clients/liveServers.js'

import { createBenchDatabase } from './benchDatabase.js'

export interface BenchCluster {
  readonly servers: readonly OurServer[]
  /** PENDOPO_CLUSTER_NAME: the Redis stream and channel prefix, unique to this cluster. */
  readonly name: string
  stop(): Promise<void>
}

/** How long the processes may take to subscribe to each other's broadcasts. */
const SUBSCRIBED_WITHIN_MS = 10_000

/**
 * `size` real server processes as docs/deploy.md's topology B runs them: one PostgreSQL database (of their
 * own), one Redis, a cluster name no other run uses. Started one after another (each migrates the schema
 * or finds it migrated); resolved once every process listens to the others' broadcasts, since one sent
 * before would reach a process only through its head poll, a second later. `stop` stops the processes,
 * drops the database and deletes what the processes left in Redis.
 */
export async function startBenchCluster(size: number): Promise<BenchCluster> {
  const name = `pendopo-bench-${randomBytes(6).toString('hex')}`
  const database = await createBenchDatabase()
  const servers: OurServer[] = []
  const stop = async () => {
    await Promise.allSettled(servers.map((s) => s.stop()))
    try {
      await database.drop()
    } finally {
      await deleteKeys(name)
    }
  }
  try {
    const env = { DATABASE_URL: database.url, REDIS_URL: TEST_REDIS_URL, PENDOPO_CLUSTER_NAME: name }
    for (let i = 0; i < size; i++) servers.push(await startOurServer(env))
    await everyoneSubscribed(name, size)
    return { servers, name, stop }
  } catch (error) {
    await stop()
    throw error
  }
}

/** Waits until Redis counts `size` subscribers on the cluster's inter-server channel. */
async function everyoneSubscribed(name: string, size: number): Promise<void> {
  const channel = `${name}#/#`
  const redis = await createClient({ url: TEST_REDIS_URL }).connect()
  try {
    const deadline = performance.now() + SUBSCRIBED_WITHIN_MS
    for (;;) {
      const counts = await redis.pubSubNumSub(channel)
      if (Number(counts[channel] ?? 0) >= size) return
      if (performance.now() > deadline) throw new Error(`${size} processes not subscribed to ${channel}`)
      await sleep(20)
    }
  } finally {
    redis.destroy()
  }
}

/**
 * What outlives the processes in Redis: the adapter's stream (its heartbeats) and the rate limits' counts
 * (`<name>:limit:…`, expiring within their minute); the PUB/SUB channel needs no cleaning.
 */
async function deleteKeys(name: string): Promise<void> {
  const redis = await createClient({ url: TEST_REDIS_URL }).connect()
  try {
    await redis.del([name, ...(await redis.keys(`${name}:*`))])
  } finally {
    redis.destroy()
  }
}
