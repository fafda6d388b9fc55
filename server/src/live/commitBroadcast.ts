import type { DomainEvent } from '@pendopo/shared'
import type { Logger } from 'pino'

import type { CommitFeed } from './CommitFeed.js'
import type { LiveServer } from './LiveHub.js'

/**
 * Shares commits between the server processes of a cluster through the Socket.IO adapter's inter-server
 * channel (Redis PUB/SUB with the Redis Streams adapter): each process sends the events of its own commits
 * and offers the others' to its feed. Returns the sender, for the committer's listener.
 *
 * Nothing here has to be reliable: a message lost in Redis, or never sent by a process killed right after
 * its COMMIT, leaves a gap the feed reads from the store.
 */
export function broadcastCommits(
  io: LiveServer,
  deps: { feed: Pick<CommitFeed, 'offer'>; log: Logger },
): (events: readonly DomainEvent[]) => void {
  io.on('committed', (payload: unknown) => {
    const events = committedEvents(payload)
    if (events) deps.feed.offer(events)
    else deps.log.warn('ignored a malformed commit broadcast from another process')
  })
  // As JSON, the form the store keeps them in: the adapter's msgpack would turn an `undefined` into `null`.
  return (events) => void io.serverSideEmit('committed', JSON.stringify(events))
}

/**
 * The events of a broadcast commit, or undefined when it is not one. Only what the feed relies on is
 * checked (contiguous seqs, each with a type): the events are our own processes' decisions, as trusted
 * as what the store returns, and re-validating every event of every commit in every process would cost
 * more than the rest of the fan-out.
 */
export function committedEvents(payload: unknown): DomainEvent[] | undefined {
  if (typeof payload !== 'string') return undefined
  let parsed: unknown
  try {
    parsed = JSON.parse(payload)
  } catch {
    return undefined
  }
  if (!Array.isArray(parsed) || parsed.length === 0) return undefined
  const first: unknown = parsed[0]
  if (!isEventLike(first)) return undefined
  const contiguous = parsed.every((e: unknown, i) => isEventLike(e) && e.seq === first.seq + i)
  return contiguous ? (parsed as DomainEvent[]) : undefined
}

const isEventLike = (value: unknown): value is { seq: number; type: string } =>
  typeof value === 'object' &&
  value !== null &&
  'seq' in value &&
  Number.isSafeInteger(value.seq) &&
  (value.seq as number) > 0 &&
  'type' in value &&
  typeof value.type === 'string'
