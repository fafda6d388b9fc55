import { createAdapter } from '@socket.io/redis-streams-adapter'

/** The Redis stream and channel prefix of a deployment that does not name its own. */
export const DEFAULT_CLUSTER_NAME = 'pendopo'

/**
 * Socket.IO through Redis Streams, for its inter-server channel: the processes of a cluster tell each
 * other of their commits (see commitBroadcast.ts). Events reach each process's own clients from its own
 * feed, never through the adapter. `name` keeps deployments (and tests) that share a Redis apart; the
 * inter-server channel is PUB/SUB on the channel prefix, not the stream, so both carry it.
 *
 * @param redis a connected node-redis (or ioredis) client; the adapter reads through copies of it.
 */
export function redisStreamsAdapter(redis: Parameters<typeof createAdapter>[0], name = DEFAULT_CLUSTER_NAME) {
  return createAdapter(redis, { streamName: name, channelPrefix: name, onlyPlaintext: true })
}
