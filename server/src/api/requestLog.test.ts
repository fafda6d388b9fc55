import type { AddressInfo } from 'node:net'
import { Writable } from 'node:stream'

import express from 'express'
import { pino } from 'pino'
import { afterEach, describe, expect, it } from 'vitest'

import { requestLog } from './requestLog.js'

interface Line {
  level: number
  msg: string
  method?: string
  path?: string
  status?: number
  ms?: number
  actor?: string
}

/** An app with requestLog in front of routes that answer each way, logging at `level` into `lines`. */
async function serve(level: string) {
  const lines: Line[] = []
  const sink = new Writable({
    write(chunk: Buffer, _encoding, callback) {
      lines.push(JSON.parse(chunk.toString()) as Line)
      callback()
    },
  })
  const app = express()
  app.use(requestLog(pino({ level }, sink), { slowMs: 50 }))
  app.use((_req, res, next) => {
    res.locals.principal = { actor: { id: 'token:abc' } }
    next()
  })
  app.get('/ok', (_req, res) => void res.json({ ok: true }))
  app.get('/slow', (_req, res) => void setTimeout(() => res.json({ ok: true }), 80))
  app.get('/refused', (_req, res) => void res.status(403).json({ error: 'no' }))
  app.get('/broken', (_req, res) => void res.status(500).json({ error: 'internal error' }))
  app.get('/hang', () => {}) // never answers: the client gives up
  const server = app.listen(0, '127.0.0.1')
  await new Promise((resolve) => server.once('listening', resolve))
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  opened.push(() => {
    server.closeAllConnections() // the hung request's too
    return new Promise((resolve) => server.close(resolve))
  })
  const get = (path: string, headers: Record<string, string> = {}) => fetch(`${url}${path}`, { headers })
  /** The lines, once the server has written every line of the requests answered so far. */
  const settled = async () => {
    await new Promise((resolve) => setTimeout(resolve, 20))
    return lines
  }
  return { get, settled, url }
}

const opened: Array<() => Promise<unknown>> = []
afterEach(async () => {
  await Promise.all(opened.splice(0).map((close) => close()))
})

describe('requestLog', () => {
  it('[RL1] at info, a success is silent; a refusal, a failure and a slow success each make one line', async () => {
    const { get, settled } = await serve('info')
    await get('/ok?secret=1', { authorization: 'Bearer very-secret-token', cookie: 'pendopo_session=s3cret' })
    await get('/refused')
    await get('/broken')
    await get('/slow')
    const lines = await settled()
    expect(lines.map((l) => [l.path, l.status, l.level])).toEqual([
      ['/refused', 403, 30],
      ['/broken', 500, 50],
      ['/slow', 200, 40],
    ])
    expect(lines[0]).toMatchObject({ method: 'GET', actor: 'token:abc', msg: 'request' })
    expect(lines[2]?.ms).toBeGreaterThanOrEqual(50)
  })

  it('[RL2] at debug every request is logged, without its query, headers or cookies', async () => {
    const { get, settled } = await serve('debug')
    await get('/ok?phone=0812', {
      authorization: 'Bearer very-secret-token',
      cookie: 'pendopo_session=s3cret',
    })
    const lines = await settled()
    expect(lines).toHaveLength(1)
    expect(lines[0]).toMatchObject({ level: 20, path: '/ok', status: 200 })
    const text = JSON.stringify(lines)
    for (const secret of ['very-secret-token', 's3cret', '0812']) expect(text).not.toContain(secret)
  })

  it('[RL3] a request the client gave up on is logged as aborted', async () => {
    const { url, settled } = await serve('info')
    await expect(fetch(`${url}/hang`, { signal: AbortSignal.timeout(50) })).rejects.toThrow()
    await new Promise((resolve) => setTimeout(resolve, 50))
    const lines = await settled()
    expect(lines.map((l) => [l.path, l.msg])).toEqual([['/hang', 'request aborted by the client']])
  })
})
