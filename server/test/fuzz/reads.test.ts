import fc from 'fast-check'
import { beforeAll, describe } from 'vitest'

import { aComplaint, aVillageIssue } from '../support/fixtures.js'

import { fuzz, runs, send, useFuzzApp } from './fuzzApp.js'
import { badSegment, HOSTILE_KEYS, hostileString, percentEncode, segmentOf } from './hostile.js'

/** A query parameter, from docs/access.md "Reading". */
interface Param {
  readonly key: string
  /** A comma list (or the key repeated); otherwise a repeated key is an array, which it refuses. */
  readonly list?: boolean
  /** Values of the right kind it still refuses. */
  readonly invalid: readonly string[]
  /** Whether any hostile string is refused (not so for free text such as a cursor or an actor id). */
  readonly hostile: boolean
}
interface QuerySpec {
  readonly valid: ReadonlyArray<readonly [string, string]>
  readonly params: readonly Param[]
}

type QueryDefect =
  | { readonly unknownKey: string; readonly value: string }
  | { readonly repeat: string }
  | { readonly set: string; readonly to: string }
  | { readonly raw: string }

/** Raw fragments that name an unknown key, written the ways other query parsers read as nesting. */
const RAW_FRAGMENTS = [
  '__proto__[polluted]=1',
  'constructor[prototype][polluted]=1',
  '__proto__.polluted=1',
  'a[__proto__][polluted]=1',
  '%=1',
  '%E0%A4%A=1',
  '__proto__=%7B%22polluted%22%3A1%7D',
] as const

const BLANK = /^\s*$/

/** A hostile value `param` refuses: for a list, one with an item left after splitting and trimming. */
function refusedValues(param: Param): fc.Arbitrary<string> {
  const hostile = param.list
    ? hostileString.filter((s) => s.split(',').some((item) => !BLANK.test(item)))
    : hostileString
  return param.hostile
    ? fc.oneof(fc.constantFrom(...param.invalid), hostile)
    : fc.constantFrom(...param.invalid)
}

function badQueries(spec: QuerySpec): fc.Arbitrary<{ defects: QueryDefect[]; query: string }> {
  const keys = new Set(spec.params.map((p) => p.key))
  const singles = spec.params.filter((p) => !p.list).map((p) => p.key)
  const defect: fc.Arbitrary<QueryDefect> = fc.oneof(
    fc.record({
      unknownKey: fc
        .oneof(fc.constantFrom(...HOSTILE_KEYS), fc.string({ minLength: 1, maxLength: 12 }))
        .filter((k) => !keys.has(k)),
      value: fc.oneof(hostileString, fc.constant('1')),
    }),
    fc.constantFrom(...singles).map((repeat) => ({ repeat })),
    fc.constantFrom(...spec.params).chain((p) => refusedValues(p).map((to) => ({ set: p.key, to }))),
    fc.constantFrom(...RAW_FRAGMENTS).map((raw) => ({ raw })),
  )
  return fc.array(defect, { minLength: 1, maxLength: 3 }).map((defects) => ({
    defects,
    query: queryWith(spec.valid, defects),
  }))
}

/** The valid query with the defects applied; none undoes another. */
function queryWith(valid: QuerySpec['valid'], defects: readonly QueryDefect[]): string {
  let entries = [...valid]
  const raw: string[] = []
  for (const d of defects) {
    if ('unknownKey' in d) entries.push([d.unknownKey, d.value])
    else if ('repeat' in d) {
      const present = entries.find(([k]) => k === d.repeat)
      entries.push(...(present ? [present] : [[d.repeat, 'x'] as const, [d.repeat, 'x'] as const]))
    } else if ('set' in d) entries = [...entries.filter(([k]) => k !== d.set), [d.set, d.to]]
    else raw.push(d.raw)
  }
  return [...entries.map(([k, v]) => `${percentEncode(k)}=${percentEncode(v)}`), ...raw].join('&')
}

const lists = (key: string, invalid: string[]): Param => ({ key, list: true, invalid, hostile: true })
const number = (key: string, invalid: string[]): Param => ({ key, invalid, hostile: true })

/** `GET /api/v1/complaints` (`QueueQuerySchema`). */
const QUEUE: QuerySpec = {
  valid: [
    ['state', 'RECEIVED,VERIFIED'],
    ['opd', '-,DPUBMPR'],
    ['from', '2026-01-01T00:00:00+07:00'],
    ['sort', 'due'],
    ['limit', '10'],
  ],
  params: [
    lists('opd', ['dpubmpr', 'KEC-']),
    lists('state', ['received', 'OPEN', 'RECEIVED,'.repeat(51)]),
    lists('colour', ['purple']),
    lists('channel', ['pigeon']),
    lists('category', ['pu']),
    lists('kecamatan', ['35.22']),
    lists('desa', ['35.22.15']),
    { key: 'from', invalid: ['2026-11-23', '2026-11-23T08:00:00', 'yesterday'], hostile: true },
    { key: 'to', invalid: ['2026-02-30T00:00:00Z'], hostile: true },
    { key: 'open', invalid: ['yes', '1', 'TRUE'], hostile: true },
    { key: 'sort', invalid: ['priority', 'DUE'], hostile: true },
    { key: 'order', invalid: ['up'], hostile: true },
    number('limit', ['0', '1001', '-1', '1.5', '1e400', 'Infinity', 'NaN']),
    { key: 'after', invalid: ['x'.repeat(201)], hostile: false },
  ],
}

/** `GET /api/v1/audit`. A blank `before` reads as 0, a valid seq, so only non-blank hostile ones. */
const AUDIT: QuerySpec = {
  valid: [
    ['actor', 'user:someone'],
    ['limit', '10'],
  ],
  params: [
    { key: 'actor', invalid: ['', 'x'.repeat(101)], hostile: false },
    { key: 'before', invalid: ['-1', '1.5', 'x', '1e400', '9007199254740993'], hostile: false },
    number('limit', ['0', '1001', '-1', '1.5']),
  ],
}

describe('[FZ9] reads under hostile query strings and ids', () => {
  const app = useFuzzApp()
  let complaint = 'not-made-yet'
  let issue = 'not-made-yet'
  beforeAll(async () => {
    const c = await send(app.t.url, { path: '/api/v1/complaints', json: aComplaint() })
    complaint = (JSON.parse(c.text) as { id: string }).id
    const i = await send(app.t.url, { path: '/api/v1/village-issues', json: aVillageIssue() })
    issue = (JSON.parse(i.text) as { id: string }).id
  })

  fuzz(
    'GET /api/v1/complaints refuses unknown, repeated, polluting or malformed parameters',
    badQueries(QUEUE),
    ({ query }, tally) => app.refuses({ path: `/api/v1/complaints?${query}` }, tally),
    { app },
  )
  fuzz(
    'GET /api/v1/audit refuses unknown, repeated, polluting or malformed parameters',
    badQueries(AUDIT),
    ({ query }, tally) => app.refuses({ path: `/api/v1/audit?${query}` }, tally),
    { app, runs: runs(0.5) },
  )
  fuzz(
    'GET /api/v1/complaints/:id and /village-issues/:id answer 404 for an id that names nothing',
    fc.tuple(badSegment, fc.boolean()),
    ([bad, isComplaint], tally) =>
      app.refuses(
        {
          path: isComplaint
            ? `/api/v1/complaints/${segmentOf(bad, complaint)}`
            : `/api/v1/village-issues/${segmentOf(bad, issue)}`,
        },
        tally,
      ),
    { app },
  )
})
