import { connect, createServer, type Socket } from 'node:net'

export interface Balancer {
  /** `http://127.0.0.1:port`: what clients connect to instead of any one server. */
  readonly url: string
  close(): Promise<void>
}

/**
 * What nginx's `least_conn` upstream is to Pendopo's processes, in a few lines: each new TCP connection
 * goes to the next backend in turn, skipping one that refuses it (a process that died); a connection's
 * two ends close together. Enough for WebSocket-only clients, which need no stickiness.
 */
export async function startBalancer(backends: readonly string[]): Promise<Balancer> {
  const ports = backends.map((url) => Number(new URL(url).port))
  const open = new Set<Socket>()
  let next = 0
  const server = createServer((client) => {
    open.add(client)
    client.on('close', () => open.delete(client))
    client.on('error', () => client.destroy())
    client.pause()
    const tryBackend = (attempt: number): void => {
      const port = ports[next++ % ports.length]
      if (attempt === ports.length || port === undefined) {
        client.destroy()
        return
      }
      const backend = connect({ host: '127.0.0.1', port })
      let connected = false
      backend.once('connect', () => {
        connected = true
        open.add(backend)
        backend.on('close', () => {
          open.delete(backend)
          client.destroy()
        })
        client.on('close', () => backend.destroy())
        client.pipe(backend).pipe(client)
        client.resume()
      })
      backend.on('error', () => {
        backend.destroy()
        if (!connected) tryBackend(attempt + 1)
      })
    }
    tryBackend(0)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as { port: number }
  return {
    url: `http://127.0.0.1:${String(port)}`,
    close: () =>
      new Promise((resolve) => {
        for (const socket of open) socket.destroy()
        server.close(() => resolve())
      }),
  }
}
