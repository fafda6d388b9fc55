/**
 * The HTTP load generator, in its own process so its work never lands on the measured server's event loop:
 * autocannon, run programmatically, against one URL (or several: connection i goes to URL i mod n).
 *
 * `node --import tsx httpLoad.ts <url>... --seconds N --connections C [--amount N] [--method POST]
 *   [--header 'name: value']... [--bodies file.json]`
 *
 * `--bodies` names a JSON array of body templates; request n sends template n mod length with every
 * `{{id}}` replaced by an id no other request of any run has (this process's run id and n). Built per
 * request in `setupRequest`, so a server that deduplicates never sees a repeat. `--amount` stops after that
 * many requests instead of after `--seconds`.
 *
 * Prints one JSON line: an `HttpLoadResult`. `runHttpLoad` starts it and reads that line.
 */
import { randomBytes } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { parseArgs } from 'node:util'

import autocannon from 'autocannon'

import { type HttpLoadResult, ID_PLACEHOLDER } from './runHttpLoad.js'

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    seconds: { type: 'string', default: '10' },
    connections: { type: 'string', default: '64' },
    amount: { type: 'string' },
    method: { type: 'string', default: 'POST' },
    header: { type: 'string', multiple: true, default: [] },
    bodies: { type: 'string' },
  },
})
const urls = positionals
if (urls.length === 0)
  throw new Error('usage: httpLoad.ts <url>... --seconds N --connections C [--bodies file.json]')

const headers = Object.fromEntries(
  (values.header ?? []).map((h) => {
    const colon = h.indexOf(':')
    return [h.slice(0, colon).trim(), h.slice(colon + 1).trim()]
  }),
)
const templates = values.bodies ? (JSON.parse(readFileSync(values.bodies, 'utf8')) as string[]) : undefined
if (templates?.length === 0) throw new Error(`${values.bodies} holds no body template`)

// Distinct across processes too: one server takes several runs, and a repeat would be answered unwritten.
const runId = `${process.pid}-${randomBytes(4).toString('hex')}`
let built = 0

const result = await autocannon({
  // autocannon's own round robin over several; its type declarations know only one.
  url: (urls.length === 1 ? urls[0] : urls) as string,
  connections: Number(values.connections),
  ...(values.amount ? { amount: Number(values.amount) } : { duration: Number(values.seconds) }),
  headers,
  requests: [
    {
      method: values.method as autocannon.Request['method'],
      ...(templates && {
        setupRequest: (request) => {
          const template = templates[built % templates.length] ?? ''
          const body = template.replaceAll(ID_PLACEHOLDER, `${runId}-${built++}`)
          return { ...request, body }
        },
      }),
    },
  ],
})

const statusCodes = Object.fromEntries(
  Object.entries(result.statusCodeStats ?? {}).map(([code, { count }]) => [code, count ?? 0]),
)
const ok = Object.entries(statusCodes)
  .filter(([code]) => code.startsWith('2'))
  .reduce((sum, [, n]) => sum + n, 0)
const cpu = process.cpuUsage()
const report: HttpLoadResult = {
  seconds: result.duration,
  perSecond: ok / result.duration,
  statusCodes,
  p50: result.latency.p50,
  p99: result.latency.p99,
  non2xx: result.non2xx,
  errors: result.errors,
  timeouts: result.timeouts,
  built,
  cpuMs: (cpu.user + cpu.system) / 1000,
}
process.stdout.write(`${JSON.stringify(report)}\n`)
