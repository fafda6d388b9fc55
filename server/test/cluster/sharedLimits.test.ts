import { afterEach, expect, it } from 'vitest'

import { aComplaint } from '../support/fixtures.js'
import { describeIfServices } from '../support/services.js'

import { createCluster, type TestCluster } from './clusterApps.js'

const PER_MINUTE = 3

describeIfServices('rate limits across the processes of a cluster', { postgres: true, redis: true }, () => {
  let cluster: TestCluster | undefined
  afterEach(async () => {
    await cluster?.close()
    cluster = undefined
  })

  it('[CL10] one credential has one ingest budget however a balancer spreads its requests', async () => {
    cluster = await createCluster(2, { ingestPerMinute: PER_MINUTE })
    const { members } = cluster
    const statuses: number[] = []
    for (let i = 0; i <= PER_MINUTE; i++) {
      const res = await members[i % 2]!.api('/api/v1/complaints', aComplaint())
      statuses.push(res.status)
    }
    expect(statuses).toEqual([201, 201, 201, 429])
  })

  it('[CL11] failed logins count against one address and username on every process', async () => {
    cluster = await createCluster(2)
    const { members } = cluster
    const login = (i: number) =>
      fetch(`${members[i % 2]!.url}/api/v1/session`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ username: 'camat', password: `guess-${String(i)}` }),
      })
    const statuses: number[] = []
    for (let i = 0; i < 11; i++) statuses.push((await login(i)).status)
    expect(statuses.slice(0, 10).every((s) => s === 401)).toBe(true)
    expect(statuses[10]).toBe(429)
  })
})
