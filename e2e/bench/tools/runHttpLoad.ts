import { spawn } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

const HTTP_LOAD = fileURLToPath(new URL('./httpLoad.ts', import.meta.url))
/** Beyond its own duration, how long a run may take to start and report before it is killed. */
const GRACE_MS = 30_000

/** What one run of httpLoad.ts measured. Latencies are autocannon's, in ms, over every response. */
export interface HttpLoadResult {
  readonly seconds: number
  /** 2xx responses per second. */
  readonly perSecond: number
  /** Answered requests by status code (`"201": 5123`). */
  readonly statusCodes: Record<string, number>
  readonly p50: number
  readonly p99: number
  readonly non2xx: number
  /** Requests that got no answer: connection errors (timeouts are counted here too). */
  readonly errors: number
  readonly timeouts: number
  /** Bodies built: one per request sent, plus one built ahead per connection. */
  readonly built: number
  /** CPU the load generator itself used, in ms: it shares the machine with the server. */
  readonly cpuMs: number
}

/** Replaced, in each body template, by an id no other request of any run has. */
export const ID_PLACEHOLDER = '{{id}}'

export interface HttpLoadOptions {
  readonly connections: number
  /** Run for this long… */
  readonly seconds?: number
  /** …or until this many requests were answered. */
  readonly amount?: number
  readonly method?: 'GET' | 'POST'
  readonly headers?: Record<string, string>
  /** Body templates, sent in turn, each with {@link ID_PLACEHOLDER} replaced per request. */
  readonly bodies?: readonly string[]
}

/**
 * Runs httpLoad.ts in its own process against `url` and returns what it printed. Several URLs (the same
 * route on several server processes) share the connections in turn: connection i goes to URL i mod n.
 */
export async function runHttpLoad(
  url: string | readonly string[],
  options: HttpLoadOptions,
): Promise<HttpLoadResult> {
  const dir = mkdtempSync(join(tmpdir(), 'pendopo-load-'))
  const args = [
    '--import',
    'tsx',
    HTTP_LOAD,
    ...(typeof url === 'string' ? [url] : url),
    '--connections',
    String(options.connections),
    '--method',
    options.method ?? 'POST',
    ...(options.amount !== undefined
      ? ['--amount', String(options.amount)]
      : ['--seconds', String(options.seconds ?? 10)]),
    ...Object.entries(options.headers ?? {}).flatMap(([name, value]) => ['--header', `${name}: ${value}`]),
  ]
  if (options.bodies) {
    writeFileSync(join(dir, 'bodies.json'), JSON.stringify(options.bodies))
    args.push('--bodies', join(dir, 'bodies.json'))
  }
  const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'] })
  try {
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()))
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
    const limitMs = (options.amount !== undefined ? 120 : (options.seconds ?? 10)) * 1000 + GRACE_MS
    const code = await new Promise<number | string | null>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`httpLoad did not finish in ${limitMs} ms`)), limitMs)
      child.once('exit', (exitCode, signal) => {
        clearTimeout(timer)
        resolve(signal ?? exitCode)
      })
    })
    const line = stdout.trim().split('\n').at(-1)
    if (code !== 0 || !line) throw new Error(`httpLoad exited (${String(code)}):\n${stderr}`)
    return JSON.parse(line) as HttpLoadResult
  } finally {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL')
    rmSync(dir, { recursive: true, force: true })
  }
}
