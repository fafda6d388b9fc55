/**
 * Ingest load, in its own process, kept for a whole benchmark so that no window waits for one to start:
 * `node --import tsx ingestLoad.ts <url> <token>` prints `{"ready":true}` once it has the regency's
 * reference data, then obeys its standard input, one command a line:
 *
 * - `pace <perSecond>`: posts complaints at that rate, paced by the clock as loadGenerator.ts is (the rate
 *   holds whatever the latency).
 * - `flood <connections>`: that many keep-alive connections (autocannon) each post the next complaint as
 *   soon as the previous one is answered: ingest at saturation.
 * - `stop`: stops, and prints `{"created":N,"failed":F,"seconds":S}` once the requests in flight are answered.
 *
 * The complaints are loadGenerator.ts's, each with an external id of its own (a repeat would be answered
 * without a write), spread over the regency's desa and categories.
 */
import { setMaxListeners } from 'node:events'
import { createInterface } from 'node:readline'

import autocannon from 'autocannon'

const [url, token] = process.argv.slice(2)
if (!url || !token) throw new Error('usage: ingestLoad.ts <url> <token>')

const reference = (await (
  await fetch(`${url}/api/v1/reference`, { headers: { authorization: `Bearer ${token}` } })
).json()) as { desa: Array<{ code: string }>; categories: Array<{ code: string }> }
const pick = <T>(list: T[], i: number): T => list[(i * 7919) % list.length] as T
const headers = { authorization: `Bearer ${token}`, 'content-type': 'application/json' }
let n = 0

function complaint(): string {
  const i = n++
  return JSON.stringify({
    source: { channel: 'web', externalId: `load-${process.pid}-${i}` },
    title: `Laporan uji beban ${i}`,
    body: 'Laporan otomatis dari pembangkit beban benchmark.',
    category: pick(reference.categories, i).code,
    location: { desaCode: pick(reference.desa, i).code },
    reportedAt: new Date().toISOString(),
    reporter: { anonymous: true, confidential: false },
  })
}

interface Tally {
  created: number
  failed: number
}

/** How long a stop waits for the requests in flight before abandoning them (an overloaded server). */
const STOP_GRACE_MS = 2_000

/**
 * Posts at `perSecond`; the returned function stops and resolves once the requests in flight are answered
 * or, after {@link STOP_GRACE_MS}, abandoned (counted as failed).
 */
function pace(perSecond: number, tally: Tally): () => Promise<void> {
  const started = Date.now()
  const inFlight = new Set<Promise<void>>()
  const abandon = new AbortController()
  // One signal for every request in flight, however many an overloaded server leaves unanswered.
  setMaxListeners(0, abandon.signal)
  let sent = 0
  const timer = setInterval(() => {
    const due = Math.floor(((Date.now() - started) / 1000) * perSecond)
    for (; sent < due; sent++) {
      const request = fetch(`${url}/api/v1/complaints`, {
        method: 'POST',
        headers,
        body: complaint(),
        signal: abandon.signal,
      })
        .then(async (res) => {
          await res.arrayBuffer()
          if (res.status === 201) tally.created++
          else tally.failed++
        })
        .catch(() => void tally.failed++)
        .finally(() => inFlight.delete(request))
      inFlight.add(request)
    }
  }, 5)
  return async () => {
    clearInterval(timer)
    const grace = setTimeout(() => abandon.abort(), STOP_GRACE_MS)
    await Promise.all(inFlight)
    clearTimeout(grace)
  }
}

function flood(connections: number, tally: Tally): () => Promise<void> {
  let stopFlood = () => {}
  const done = new Promise<void>((resolve, reject) => {
    const instance = autocannon(
      {
        url: `${url}/api/v1/complaints`,
        connections,
        // Stopped by command; the hour only bounds a benchmark that forgot to.
        duration: 3600,
        headers,
        requests: [{ method: 'POST', setupRequest: (request) => ({ ...request, body: complaint() }) }],
      },
      (error, result) => {
        if (error) return reject(error instanceof Error ? error : new Error(String(error)))
        tally.created += result.statusCodeStats?.['201']?.count ?? 0
        tally.failed += result.requests.total - (result.statusCodeStats?.['201']?.count ?? 0)
        resolve()
      },
    )
    stopFlood = () => instance.stop()
  })
  return async () => {
    stopFlood()
    await done
  }
}

let stop: (() => Promise<void>) | undefined
let tally: Tally = { created: 0, failed: 0 }
let started = performance.now()

createInterface({ input: process.stdin }).on('line', (line) => {
  const [command, arg] = line.trim().split(/\s+/)
  if (command === 'pace' || command === 'flood') {
    if (stop) throw new Error(`${command} while a load is running: stop it first`)
    tally = { created: 0, failed: 0 }
    started = performance.now()
    stop = command === 'pace' ? pace(Number(arg), tally) : flood(Number(arg), tally)
  } else if (command === 'stop') {
    const stopping = stop ?? (() => Promise.resolve())
    stop = undefined
    void stopping().then(() => {
      const seconds = (performance.now() - started) / 1000
      process.stdout.write(`${JSON.stringify({ ...tally, seconds })}\n`)
    })
  }
})
process.stdout.write(`${JSON.stringify({ ready: true })}\n`)
