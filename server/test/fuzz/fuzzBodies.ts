import fc from 'fast-check'

import { badBodies, type BodySpec, type Defect, sweep } from './badBodies.js'
import { badWire, invalidUtf8, type WireBody } from './badTransport.js'
import { fuzz, type FuzzApp, type HttpRequest, runs, type Tally } from './fuzzApp.js'
import { encodeJson } from './hostile.js'

/** Where a body goes and what a valid one is. */
export interface BodyTarget {
  /** Its path (a function: it may name something made in `beforeAll`). */
  readonly path: () => string
  readonly spec: BodySpec
}

export interface WriteEndpoint {
  /** For the test names: `POST /api/v1/complaints`. */
  readonly name: string
  /** One target, or several (an action per complaint state it is legal in): each input picks one. */
  readonly targets: readonly BodyTarget[]
  /** Bodies once found wrongly accepted, pinned: each is sent to the first target. */
  readonly examples?: ReadonlyArray<{ defects: Defect[]; body: unknown }>
  /** Extra request fields (a source address, no token…). */
  readonly request?: () => Partial<HttpRequest>
  /** A check beyond `refuses`' own (no session cookie, say). */
  readonly alsoCheck?: (answer: Awaited<ReturnType<FuzzApp['refuses']>>) => void
  /** How many of the runs send bytes that are not UTF-8 (a share of FUZZ_RUNS). */
  readonly invalidUtf8?: { readonly share?: number }
}

const UTF8_SHARE = 0.25

const wireRequest = (path: string, wire: WireBody): HttpRequest => ({
  path,
  body: wire.body,
  headers: {
    ...(wire.contentType ? { 'content-type': wire.contentType } : {}),
    ...(wire.contentEncoding ? { 'content-encoding': wire.contentEncoding } : {}),
  },
})

/**
 * The properties every JSON write endpoint must hold: a body with any defect is refused; so is a valid
 * body sent broken, as something other than JSON, oddly encoded or too large; so is one with bytes that
 * are not UTF-8. Nothing is written.
 */
export function fuzzBodies(app: FuzzApp, endpoint: WriteEndpoint): void {
  const { targets } = endpoint
  const refuses = async (req: HttpRequest, tally: Tally) => {
    const answer = await app.refuses({ ...req, ...endpoint.request?.() }, tally)
    endpoint.alsoCheck?.(answer)
  }
  const target = fc.constantFrom(...targets)
  const first = targets[0]

  fuzz(
    `${endpoint.name} refuses bodies with missing, extra, mistyped or hostile fields`,
    target.chain(({ path, spec }) => badBodies(spec).map((bad) => ({ path, ...bad }))),
    ({ path, body }, tally) => refuses({ path: path(), json: body }, tally),
    {
      app,
      // Before the random ones: the pinned counterexamples, then every single defect once.
      examples: [
        ...(first ? (endpoint.examples ?? []).map((e) => ({ path: first.path, ...e })) : []),
        ...targets.flatMap(({ path, spec }) => sweep(spec).map((e) => ({ path, ...e }))),
      ],
    },
  )
  fuzz(
    `${endpoint.name} refuses a valid body that is broken, mislabelled, oddly encoded or too large`,
    target.chain(({ path, spec }) => badWire(encodeJson(spec.valid())).map((wire) => ({ path, wire }))),
    ({ path, wire }, tally) => refuses(wireRequest(path(), wire), tally),
    { app, runs: runs(0.5) },
  )
  fuzz(
    `${endpoint.name} refuses a valid body with bytes that are not UTF-8`,
    target.chain(({ path, spec }) => invalidUtf8(encodeJson(spec.valid())).map((wire) => ({ path, wire }))),
    ({ path, wire }, tally) => refuses(wireRequest(path(), wire), tally),
    { app, runs: runs(endpoint.invalidUtf8?.share ?? UTF8_SHARE) },
  )
}
