import { describe, expect, it } from 'vitest'

import { DEFAULT_CLUSTER_NAME } from '../live/redisAdapter.js'

import { SCHEDULER_LOCK_KEY, schedulerLockKey } from './advisoryLock.js'

describe('the scheduler lock key', () => {
  it('[CL12] is the fixed key for the default deployment, and a key of its own for each other name', () => {
    expect(schedulerLockKey(DEFAULT_CLUSTER_NAME)).toBe(SCHEDULER_LOCK_KEY)
    const keys = ['bojonegoro', 'tuban', 'lamongan', 'bojonegoro-staging'].map(schedulerLockKey)
    expect(new Set([...keys, SCHEDULER_LOCK_KEY]).size).toBe(5)
    expect(schedulerLockKey('tuban')).toBe(schedulerLockKey('tuban'))
    for (const key of keys) expect(BigInt.asIntN(64, key)).toBe(key) // pg_try_advisory_lock takes a bigint
  })
})
