import type { Socket } from 'socket.io-client'
import { afterEach, describe, expect, it } from 'vitest'

import { createTestApp, type TestApp } from './support/createTestApp.js'

const apps: TestApp[] = []
afterEach(async () => {
  await Promise.all(apps.splice(0).map((a) => a.close()))
})

async function start(allowedOrigins?: readonly string[]) {
  const app = await createTestApp(allowedOrigins ? { allowedOrigins } : {})
  apps.push(app)
  return app
}

/** 'connected', or the reason the handshake was refused. */
const outcome = (socket: Socket) =>
  new Promise<string>((resolve) => {
    socket.once('connect', () => resolve('connected'))
    socket.once('connect_error', (error) => resolve(`refused: ${error.message}`))
  })

describe('the socket handshake checks where a browser page comes from', () => {
  it('[OR1] a page of another site is refused, even with a valid credential; the web app itself connects', async () => {
    const app = await start()
    expect(await outcome(app.socket({ origin: 'https://evil.example' }))).toMatch(/^refused/)
    expect(await outcome(app.socket({ origin: 'null' }))).toMatch(/^refused/)
    // Same host, whatever the scheme (a TLS proxy in front).
    const own = new URL(app.url)
    expect(await outcome(app.socket({ origin: `https://${own.host}` }))).toBe('connected')
    // No Origin: not a browser; its token decides.
    expect(await outcome(app.socket())).toBe('connected')
  })

  it('[OR2] an origin on PENDOPO_ALLOWED_ORIGINS may connect; one like it may not', async () => {
    const app = await start(['https://portal.bojonegorokab.go.id'])
    expect(await outcome(app.socket({ origin: 'https://portal.bojonegorokab.go.id' }))).toBe('connected')
    expect(await outcome(app.socket({ origin: 'https://portal.bojonegorokab.go.id.evil.example' }))).toMatch(
      /^refused/,
    )
    expect(await outcome(app.socket({ origin: 'http://portal.bojonegorokab.go.id' }))).toMatch(/^refused/)
  })
})
