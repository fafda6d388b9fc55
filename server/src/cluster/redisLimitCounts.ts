import { RedisStore } from 'rate-limit-redis'

import type { LimitCounts } from '../api/rateLimit.js'

/** What the counts need of a Redis client: to send it a raw command. */
export interface RawRedis {
  sendCommand(args: string[]): Promise<unknown>
}

/**
 * The rate limits' counts in Redis, shared by every process of a deployment (`name` keeps deployments
 * apart): a client whose requests a balancer spreads over N processes has one budget, not N.
 */
export function redisLimitCounts(redis: RawRedis, name: string): LimitCounts {
  return (limit) =>
    new RedisStore({
      prefix: `${name}:limit:${limit}:`,
      sendCommand: (...args: string[]) => redis.sendCommand(args) as ReturnType<RedisStore['sendCommand']>,
    })
}
