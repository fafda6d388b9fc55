import { mkdtempSync, rmSync } from 'node:fs'
import { request } from 'node:http'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { brotliDecompressSync, gunzipSync, inflateSync } from 'node:zlib'

import { io } from 'socket.io-client'

import { startServerProcess } from '../support/serverProcess.js'
import { ADMIN } from '../support/wallServer.js'

import { bulkStore, cachedStoreExists } from './bulkStore.js'
import { type BenchRow, median, percentile } from './report.js'

const FULL_COMPLAINTS = 1_000_000
/** What Chromium asks for: the server picks among these (br, with the compression middleware). */
const BROWSER_ACCEPT_ENCODING = 'gzip, deflate, br, zstd'
const SIZE_TARGET_KB = 300
const SERVER_TARGET_MS = 50
/** A snapshot slower than this is a hang, not a figure. */
const REQUEST_TIMEOUT_MS = 30_000

export interface SnapshotMeasure {
  /** The server's own time (its `Server-Timing` total: store read and serialisation), if it says. */
  readonly serverMs: number | null
  /** From sending the request to the last byte, as the client saw it. */
  readonly clientMs: number
  /** Bytes on the wire (compressed, if the server compressed). */
  readonly bytes: number
  /** The JSON's own size, decompressed. */
  readonly jsonBytes: number
  readonly encoding: string
}

/** One `GET /api/v1/snapshot` as a browser asks for it (compression accepted), timed and weighed. */
export function measureSnapshot(url: string, token: string): Promise<SnapshotMeasure> {
  return new Promise((resolve, reject) => {
    const started = performance.now()
    const req = request(
      `${url}/api/v1/snapshot`,
      {
        headers: { authorization: `Bearer ${token}`, 'accept-encoding': BROWSER_ACCEPT_ENCODING },
        timeout: REQUEST_TIMEOUT_MS,
      },
      (res) => {
        const chunks: Buffer[] = []
        res.on('data', (chunk: Buffer) => chunks.push(chunk))
        res.on('error', reject)
        res.on('end', () => {
          const clientMs = performance.now() - started
          if (res.statusCode !== 200) {
            reject(new Error(`GET /api/v1/snapshot answered ${res.statusCode}`))
            return
          }
          const body = Buffer.concat(chunks)
          const encoding = String(res.headers['content-encoding'] ?? 'identity')
          resolve({
            serverMs: serverTiming(res.headers['server-timing'], 'total'),
            clientMs,
            bytes: body.length,
            jsonBytes: decompress(body, encoding).length,
            encoding,
          })
        })
      },
    )
    req.on('timeout', () => req.destroy(new Error('GET /api/v1/snapshot timed out')))
    req.on('error', reject)
    req.end()
  })
}

/** The `dur` of one metric of a `Server-Timing` header (`store;dur=3.1, total;dur=9.8`). */
function serverTiming(header: string | string[] | undefined, metric: string): number | null {
  for (const entry of String(header ?? '').split(',')) {
    const [name, ...params] = entry.trim().split(';')
    if (name !== metric) continue
    const dur = params.map((p) => p.trim()).find((p) => p.startsWith('dur='))
    if (dur) return Number(dur.slice(4))
  }
  return null
}

function decompress(body: Buffer, encoding: string): Buffer {
  switch (encoding) {
    case 'br':
      return brotliDecompressSync(body)
    case 'gzip':
      return gunzipSync(body)
    case 'deflate':
      return inflateSync(body)
    default:
      return body
  }
}

/**
 * A live client's first screen: a real socket.io-client connection as the wall makes it (websocket
 * only), from the connect call to its first `snapshot` event; and that event's size as JSON.
 */
export function measureSocketSnapshot(
  url: string,
  token: string,
): Promise<{ ms: number; jsonBytes: number }> {
  return new Promise((resolve, reject) => {
    const started = performance.now()
    const socket = io(url, { transports: ['websocket'], auth: { token }, reconnection: false })
    const timer = setTimeout(() => finish(new Error('no snapshot event in time')), REQUEST_TIMEOUT_MS)
    const finish = (error: Error | null, result?: { ms: number; jsonBytes: number }) => {
      clearTimeout(timer)
      socket.close()
      if (error || !result) reject(error ?? new Error('no result'))
      else resolve(result)
    }
    socket.on('connect_error', (error) => finish(error))
    socket.once('snapshot', (snapshot: unknown) =>
      finish(null, { ms: performance.now() - started, jsonBytes: JSON.stringify(snapshot).length }),
    )
  })
}

/**
 * The snapshot a dashboard loads first, at 1,000,000 complaints (quick: 10,000, or 100,000 when that
 * store is already cached): the server's own time, the time a client sees, the size on the wire with
 * compression as a browser asks for it, and the socket's first `snapshot` event.
 */
export async function benchSnapshot({ quick }: { quick: boolean }): Promise<BenchRow[]> {
  const complaints = quick ? (cachedStoreExists(100_000) ? 100_000 : 10_000) : FULL_COMPLAINTS
  const runs = quick ? 5 : 20
  const dir = mkdtempSync(join(tmpdir(), 'pendopo-snapshot-'))
  try {
    const store = await bulkStore({ complaints, dir })
    const server = await startServerProcess(
      { PENDOPO_DB: store.dbPath, PENDOPO_API_TOKEN: ADMIN, PENDOPO_SIM: 'off' },
      120_000,
    )
    try {
      // The first reads bring the store's pages into memory; a dashboard reloading sees them warm.
      for (let i = 0; i < 2; i++) await measureSnapshot(server.url, ADMIN)
      const http: SnapshotMeasure[] = []
      const socket: { ms: number; jsonBytes: number }[] = []
      for (let i = 0; i < runs; i++) {
        http.push(await measureSnapshot(server.url, ADMIN))
        socket.push(await measureSocketSnapshot(server.url, ADMIN))
      }
      return snapshotRows({ complaints, quick, http, socket })
    } finally {
      server.child.kill('SIGTERM')
      await server.exited
    }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

function snapshotRows(m: {
  complaints: number
  quick: boolean
  http: readonly SnapshotMeasure[]
  socket: readonly { ms: number; jsonBytes: number }[]
}): BenchRow[] {
  const at = `${m.complaints.toLocaleString('en')} complaints`
  const note = m.quick ? `quick: ${at}, not 1,000,000` : undefined
  const serverTimes = m.http.map((r) => r.serverMs).filter((ms): ms is number => ms !== null)
  const serverMs = serverTimes.length === m.http.length ? median(serverTimes) : null
  const kb = median(m.http.map((r) => r.bytes)) / 1024
  const encoding = m.http[0]?.encoding ?? 'identity'
  const jsonKb = median(m.http.map((r) => r.jsonBytes)) / 1024
  const base = { baseline: '—', baselineValue: null, ...(note ? { note } : {}) }
  return [
    {
      ...base,
      figure: `snapshot server time (Server-Timing: store + JSON), ${at}, median`,
      ours: serverMs ?? Number.NaN,
      unit: 'ms',
      target: `< ${SERVER_TARGET_MS} ms`,
      pass: serverMs !== null && serverMs < SERVER_TARGET_MS,
      ...(serverMs === null ? { note: 'the server sends no Server-Timing total' } : {}),
    },
    {
      ...base,
      figure: `snapshot GET as a browser asks (${encoding}), client-observed, ${at}, median (p95 ${percentile(
        m.http.map((r) => r.clientMs),
        95,
      ).toFixed(0)} ms)`,
      ours: median(m.http.map((r) => r.clientMs)),
      unit: 'ms',
      target: 'reported',
      pass: true,
    },
    {
      ...base,
      figure: `snapshot size on the wire (${encoding}; ${jsonKb.toFixed(0)} KB as JSON), ${at}`,
      ours: kb,
      unit: 'KB',
      target: `< ${SIZE_TARGET_KB} KB compressed`,
      pass: encoding !== 'identity' && kb < SIZE_TARGET_KB,
    },
    {
      ...base,
      figure: `socket's first 'snapshot' event (websocket, ${(median(m.socket.map((s) => s.jsonBytes)) / 1024).toFixed(0)} KB uncompressed), client-observed, ${at}, median`,
      ours: median(m.socket.map((s) => s.ms)),
      unit: 'ms',
      target: 'reported',
      pass: true,
    },
  ]
}
