import { request } from 'node:http'

import { ErrorBodySchema } from '@pendopo/shared'
import fc from 'fast-check'
import { afterAll, beforeAll, it } from 'vitest'

import { ADMIN_TOKEN, createTestApp, type TestApp } from '../support/createTestApp.js'
import { aComplaint } from '../support/fixtures.js'

import { encodeJson } from './hostile.js'

/**
 * Runs per property: `npm test` runs a short form, `npm run fuzz` sets `FUZZ_RUNS` for the full one.
 * `FUZZ_SEED` replays a failure fast-check reported.
 */
export const FUZZ_RUNS = Number(process.env.FUZZ_RUNS) || 40
const FUZZ_SEED = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : undefined

/** `share` of the runs, for properties whose inputs cost more (each a socket, say) or less. */
export const runs = (share = 1): number => Math.max(5, Math.round(FUZZ_RUNS * share))

/** An answer slower than this is a hang: the server is local and idle but for the fuzzer. */
const HANG_MS = 10_000

/** What one property sent, read back by `fuzzReporter.ts` for the full run's total. */
export interface Tally {
  inputs: number
  /** Bad inputs answered 2xx or 3xx, or that wrote to the log. */
  accepted: number
  /** Bad inputs answered 5xx, or not answered at all. */
  crashed: number
  /** Sent by a property marked with a known bug: counted apart. */
  knownBug?: string
}

declare module 'vitest' {
  interface TaskMeta {
    fuzz?: Tally
  }
}

export interface HttpRequest {
  readonly method?: string
  readonly path: string
  /** Defaults to the admin token; null sends none. */
  readonly token?: string | null
  readonly headers?: Readonly<Record<string, string>>
  /** A value to send as JSON (`application/json` unless headers say otherwise), or the bytes themselves. */
  readonly json?: unknown
  readonly body?: Buffer
  /** The loopback address to send from, so per-address limits see a new caller. */
  readonly from?: string
}

export interface HttpAnswer {
  readonly status: number
  readonly headers: Readonly<Record<string, string | string[] | undefined>>
  readonly text: string
}

const bodyOf = (req: HttpRequest): Buffer | undefined =>
  req.body ?? (req.json === undefined ? undefined : Buffer.from(encodeJson(req.json)))

/** One request over a real socket (node:http, so any header and any source address can be sent). */
export function send(url: string, req: HttpRequest): Promise<HttpAnswer> {
  const token = req.token === undefined ? ADMIN_TOKEN : req.token
  const body = bodyOf(req)
  const headers: Record<string, string> = {
    ...(req.json !== undefined ? { 'content-type': 'application/json' } : {}),
    ...(token !== null ? { authorization: `Bearer ${token}` } : {}),
    ...(body ? { 'content-length': String(body.length) } : {}),
    ...req.headers,
  }
  return new Promise((resolve, reject) => {
    const outgoing = request(`${url}${req.path}`, {
      method: req.method ?? (body ? 'POST' : 'GET'),
      headers,
      ...(req.from ? { localAddress: req.from } : {}),
    })
    const timer = setTimeout(() => {
      outgoing.destroy(new Error(`no answer within ${HANG_MS} ms`))
    }, HANG_MS)
    outgoing.on('error', (error) => {
      clearTimeout(timer)
      reject(error)
    })
    outgoing.on('response', (res) => {
      const chunks: Buffer[] = []
      res.on('data', (chunk: Buffer) => chunks.push(chunk))
      res.on('error', reject)
      res.on('end', () => {
        clearTimeout(timer)
        resolve({ status: res.statusCode ?? 0, headers: res.headers, text: Buffer.concat(chunks).toString() })
      })
    })
    outgoing.end(body)
  })
}

/** Every own property of the built-in prototypes, by identity: pollution adds or replaces one. */
const PROTOTYPES = {
  Object: Object.prototype,
  Array: Array.prototype,
  Function: Function.prototype,
  String: String.prototype,
  Number: Number.prototype,
  Boolean: Boolean.prototype,
  Promise: Promise.prototype,
}
function prototypeProperties(): Map<string, unknown> {
  const properties = new Map<string, unknown>()
  for (const [name, proto] of Object.entries(PROTOTYPES))
    for (const key of Reflect.ownKeys(proto)) {
      // An accessor by its getter and setter, a value by itself (Reflect.get: nothing here is called).
      const d = Object.getOwnPropertyDescriptor(proto, key) ?? {}
      for (const part of ['value', 'get', 'set'])
        properties.set(`${name}.prototype.${String(key)}.${part}`, Reflect.get(d, part))
    }
  return properties
}

export interface FuzzApp {
  readonly t: TestApp
  /**
   * Sends one bad input and checks what every bad input must get: a 4xx with an error body, within
   * HANG_MS, nothing written to the log, no built-in prototype touched.
   */
  refuses(req: HttpRequest, tally: Tally): Promise<HttpAnswer>
  /** The log's head and the prototypes are as they were: for inputs that are not HTTP requests. */
  unharmed(head: number, tally: Tally): Promise<void>
  /** The server still answers `/healthz` and takes a valid complaint. */
  serving(): Promise<void>
}

/** A real app for one test file's properties, started before them and closed after. */
export function useFuzzApp(): FuzzApp {
  let t: TestApp | undefined
  let baseline = new Map<string, unknown>()
  const app = () => {
    if (!t) throw new Error('the fuzz app starts in beforeAll')
    return t
  }
  beforeAll(async () => {
    t = await createTestApp()
    baseline = prototypeProperties()
  })
  afterAll(() => t?.close())

  const polluted = (): string | undefined => {
    const now = prototypeProperties()
    for (const [key, value] of now) if (baseline.get(key) !== value) return key
    for (const key of baseline.keys()) if (!now.has(key)) return key
    return undefined
  }

  const unharmed: FuzzApp['unharmed'] = async (head, tally) => {
    const after = await app().store.headSeq()
    if (after !== head) {
      tally.accepted++
      throw new Error(`a bad input was stored: the log's head moved from ${head} to ${after}`)
    }
    const key = polluted()
    if (key) throw new Error(`a bad input polluted ${key}`)
  }

  return {
    get t() {
      return app()
    },
    unharmed,
    async refuses(req, tally) {
      const head = await app().store.headSeq()
      const body = bodyOf(req) // a fault of the fuzzer's own throws here, before it counts as sent
      tally.inputs++
      let answer: HttpAnswer
      try {
        answer = await send(app().url, { ...req, ...(body ? { body } : {}) })
      } catch (error) {
        tally.crashed++
        throw error
      }
      const { status, text } = answer
      if (status >= 500) tally.crashed++
      else if (status < 400) tally.accepted++
      if (status < 400 || status >= 500) throw new Error(`answered ${status}, not 4xx: ${text.slice(0, 500)}`)
      if (String(answer.headers['content-type']).startsWith('application/json')) {
        const body = ErrorBodySchema.safeParse(JSON.parse(text))
        if (!body.success) throw new Error(`a ${status} without an error body: ${text.slice(0, 500)}`)
      }
      await unharmed(head, tally)
      return answer
    },
    async serving() {
      const health = await send(app().url, { path: '/healthz', token: null })
      if (health.status !== 200) throw new Error(`/healthz answered ${health.status}: ${health.text}`)
      const valid = await send(app().url, { path: '/api/v1/complaints', json: aComplaint() })
      if (valid.status !== 201) throw new Error(`a valid complaint answered ${valid.status}: ${valid.text}`)
    },
  }
}

/**
 * A property over `inputs`, `check`ed one by one, then the server checked still serving. Its tally goes
 * into the test's meta for the reporter. `examples` run first: counterexamples fast-check once found,
 * pinned so the bug they showed stays fixed. A `knownBug` property is expected to fail (`it.fails`) until
 * the fix it names lands; then it fails loudly, and the marker comes off.
 */
export function fuzz<T>(
  name: string,
  inputs: fc.Arbitrary<T>,
  check: (input: T, tally: Tally) => Promise<unknown>,
  options: {
    app: FuzzApp
    runs?: number
    examples?: readonly T[]
    knownBug?: string
    /** A check of the whole property's effect, after the server is checked serving. */
    after?: () => Promise<void>
  },
): void {
  const examples = (options.examples ?? []).map((e): [T] => [e])
  // fast-check counts examples among the runs: add them, so they never crowd out the generated inputs.
  const numRuns = (options.runs ?? runs()) + examples.length
  const test = options.knownBug ? it.fails : it
  test(
    options.knownBug ? `${name} (known bug: ${options.knownBug})` : name,
    async ({ task }) => {
      const tally: Tally = {
        inputs: 0,
        accepted: 0,
        crashed: 0,
        ...(options.knownBug ? { knownBug: options.knownBug } : {}),
      }
      task.meta.fuzz = tally
      await fc.assert(
        fc.asyncProperty(inputs, (input) => check(input, tally).then(() => undefined)),
        {
          numRuns,
          examples,
          // A known bug fails at once; shrinking its counterexample would only spend time.
          ...(options.knownBug ? { endOnFailure: true } : {}),
          ...(FUZZ_SEED !== undefined ? { seed: FUZZ_SEED } : {}),
        },
      )
      await options.app.serving()
      await options.after?.()
    },
    60_000 + numRuns * 300,
  )
}
