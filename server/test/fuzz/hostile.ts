import fc from 'fast-check'

/**
 * Hostile values, whatever the endpoint: what an attacker, a broken integration or a fuzzer sends. Every
 * surface's test builds its bad inputs from these.
 */

/** SQL an attacker tries in every field; parameters are never spliced into SQL, so each is inert text. */
export const SQL_PAYLOADS = [
  "'; DROP TABLE events; --",
  "' OR '1'='1",
  "admin'--",
  '1; SELECT * FROM sqlite_master --',
  "'); DELETE FROM events WHERE ('1'='1",
  '1 UNION SELECT name, sql FROM sqlite_master --',
  '" OR ""="',
] as const

/** Markup and template injection: every screen must show these as text, never run them. */
export const MARKUP_PAYLOADS = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '"><svg onload=alert(1)>',
  'javascript:alert(document.cookie)',
  '{{constructor.constructor("alert(1)")()}}',
  '${7*7}',
  '%s%s%s%n',
  '../../../../etc/passwd',
] as const

/** Characters `text()` refuses: not text, or text that hides or disguises what is written. */
export const FORBIDDEN_CHARS = {
  nul: '\u0000',
  bell: '\u0007',
  ansiEscape: '\u001b[31m',
  del: '\u007f',
  nextLine: '\u0085',
  csi: '\u009b',
  zeroWidthSpace: '\u200b',
  zeroWidthJoiner: '\u200d',
  wordJoiner: '\u2060',
  invisibleTimes: '\u2062',
  byteOrderMark: '\ufeff',
  rightToLeftOverride: '\u202e',
  leftToRightEmbedding: '\u202a',
  firstStrongIsolate: '\u2068',
  tagLetterA: '\u{e0041}', // "ASCII smuggling": tag characters spell text no one sees
  loneHighSurrogate: '\ud800',
  loneLowSurrogate: '\udfff',
  halfAnEmoji: '\ud83d',
} as const

/** Refused in a single line only (a title, a name): a body may break lines. */
export const LINE_BREAKS = ['\n', '\r', '\t', '\u2028', '\u2029'] as const

/** Valid text that still tries something: it must be stored and shown exactly as normalised. */
export const HOSTILE_VALID_TEXT = [
  ...SQL_PAYLOADS,
  ...MARKUP_PAYLOADS,
  'Jalan di desa Ngumpаkdalem', // a Cyrillic а: a homoglyph
  'ＡＤＭＩＮ resmi', // fullwidth letters: NFC keeps them
  'Z̷̢̛a̴͜l̶̨g̸͢o̵ ̷t̶e̸x̵t̷', // stacked combining marks
  'e\u0301 decomposed', // NFC composes it to é
  'مرحبا بالعالم', // right-to-left script, without overrides
  '😀👍🏽 emoji & "quotes" \\ backslash',
  '\\u0000 written out, not a NUL',
  'null',
  '__proto__',
] as const

/** Object keys that have polluted prototypes elsewhere, and keys that confuse naive code. */
export const HOSTILE_KEYS = [
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'valueOf',
  'hasOwnProperty',
  '__defineGetter__',
  'then',
  'isAdmin',
  '$where',
  '',
  ' ',
  'a.b',
  'a[b]',
  '__proto__[polluted]',
  '\u0000',
  '<script>',
  "'; DROP TABLE events; --",
] as const

/** Homoglyphs and width tricks: `DPUBMPR` with a Cyrillic Р is not `DPUBMPR`. */
const LOOKALIKES: Record<string, string> = {
  A: 'А', // Cyrillic
  B: 'В',
  C: 'С',
  E: 'Е',
  M: 'М',
  P: 'Р',
  a: 'а',
  e: 'е',
  o: 'о',
  p: 'р',
  c: 'с',
  i: 'і',
  '0': '０', // fullwidth
  '1': '１',
  '2': '２',
  '3': '３',
  '5': '５',
  '.': '․', // one dot leader
  '-': '‐', // hyphen
  _: '＿',
}

/** `value` with one character swapped for its lookalike: never equal, often indistinguishable. */
export function lookalikeOf(value: string, at: number): string {
  const positions = [...value].flatMap((c, i) => (LOOKALIKES[c] ? [i] : []))
  if (positions.length === 0) return `${value}\u200b`
  const chars = [...value]
  const i = positions[at % positions.length] ?? 0
  chars[i] = LOOKALIKES[chars[i] ?? ''] ?? ''
  return chars.join('')
}

/**
 * JSON text spliced in as is: what `JSON.stringify` cannot produce (1e400, which parses to Infinity) or
 * would take too long to build as objects (nesting thousands deep).
 */
export class RawJson {
  constructor(readonly text: string) {
    Object.freeze(this) // shared between inputs: a defect must never edit one
  }
  toString(): string {
    return this.text.length > 80 ? `RawJson(${this.text.slice(0, 40)}… ${this.text.length} chars)` : this.text
  }
}

/** JSON text of `value`, with own `__proto__` keys kept and `RawJson` spliced in. */
export function encodeJson(value: unknown): string {
  if (value instanceof RawJson) return value.text
  if (Array.isArray(value)) return `[${value.map(encodeJson).join(',')}]`
  if (value !== null && typeof value === 'object') {
    const entries = Object.keys(value).map(
      (k) => `${JSON.stringify(k)}:${encodeJson((value as Record<string, unknown>)[k])}`,
    )
    return `{${entries.join(',')}}`
  }
  return JSON.stringify(value) ?? 'null'
}

/** An object with exactly these own keys, `__proto__` included (a literal would set the prototype instead). */
export function objectOf(entries: ReadonlyArray<readonly [string, unknown]>): Record<string, unknown> {
  const o: Record<string, unknown> = {}
  for (const [key, value] of entries)
    Object.defineProperty(o, key, { value, enumerable: true, writable: true, configurable: true })
  return o
}

/** Arrays or objects nested `depth` deep: a recursive validator or serialiser would overflow its stack. */
export const deepNesting = fc
  .record({
    depth: fc.integer({ min: 2, max: 4_000 }),
    shape: fc.constantFrom('array', 'object', 'proto'),
  })
  .map(({ depth, shape }) =>
    shape === 'array'
      ? new RawJson(`${'['.repeat(depth)}${']'.repeat(depth)}`)
      : new RawJson(`${`{"${shape === 'proto' ? '__proto__' : 'a'}":`.repeat(depth)}1${'}'.repeat(depth)}`),
  )

/** Numbers JSON can carry and no field wants: overflow to Infinity, unsafe integers, negative zero. */
export const infinities = fc.constantFrom(new RawJson('1e400'), new RawJson('-1e400'))

/** A string past every field's limit, some past the 64 kB body limit as well. */
export const hugeString = fc.oneof(
  fc.integer({ min: 700, max: 5_000 }).map((n) => 'Jalan rusak! '.repeat(n)),
  fc.constantFrom(
    'Jalan rusak! '.repeat(6_000), // 78 kB
    '😀'.repeat(20_000), // 80 kB of UTF-8 in 40,000 UTF-16 units
    "'; DROP TABLE events; --".repeat(3_000),
  ),
)

const forbiddenChar = fc.constantFrom(...Object.values(FORBIDDEN_CHARS))
const payload = fc.constantFrom(...SQL_PAYLOADS, ...MARKUP_PAYLOADS)

/** The characters codes, ids, enums and instants are made of; a hostile string has one outside them. */
const CODE_CHARS = /^[A-Za-z0-9.:+_-]*$/

/** Strings that no code, id or enum accepts: each has a character outside every code's ASCII pattern. */
export const hostileString = fc.oneof(
  payload,
  fc.tuple(payload, forbiddenChar).map(([p, c]) => `${p}${c}`),
  forbiddenChar,
  fc.constantFrom(...HOSTILE_VALID_TEXT.filter((s) => !CODE_CHARS.test(s))),
  fc.string({ unit: 'binary', minLength: 1, maxLength: 30 }).map((s) => `<${s}`),
  hugeString,
  fc.constant(''),
  fc.constant('   '),
)

/** JSON values whose objects carry hostile keys, own `__proto__` included, at every depth. */
export const hostileJson: fc.Arbitrary<unknown> = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.constantFrom(null, true, false, 0, -0, 1, -1, 1.5, 2 ** 53 + 2, -1e308, 1e308),
    hostileString,
    infinities,
    deepNesting,
    fc.array(tie('value'), { maxLength: 4 }),
    fc
      .array(
        fc.tuple(fc.oneof(fc.constantFrom(...HOSTILE_KEYS), fc.string({ maxLength: 8 })), tie('value')),
        { maxLength: 4 },
      )
      .map(objectOf),
  ),
})).value

/** The JSON type a value has on the wire (`RawJson` by what it starts with). */
export function jsonTypeOf(value: unknown): 'null' | 'boolean' | 'number' | 'string' | 'array' | 'object' {
  if (value instanceof RawJson)
    return value.text.startsWith('[') ? 'array' : value.text.startsWith('{') ? 'object' : 'number'
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'array'
  const type = typeof value
  if (type === 'boolean' || type === 'number' || type === 'string') return type
  return 'object'
}

/** Any hostile JSON value that is not of `type`. */
export const notOfType = (type: ReturnType<typeof jsonTypeOf>) =>
  hostileJson.filter((v) => jsonTypeOf(v) !== type)

/** A string with a forbidden character somewhere inside a payload: refused by every `text()` field. */
export const textWithForbiddenChar = (options: { multiline: boolean }) =>
  fc
    .tuple(
      payload,
      options.multiline ? forbiddenChar : fc.oneof(forbiddenChar, fc.constantFrom(...LINE_BREAKS)),
      fc.nat(),
    )
    .map(([p, c, at]) => {
      const i = 1 + (at % (p.length - 1)) // inside, so trimming cannot remove it
      return `${p.slice(0, i)}${c}${p.slice(i)}`
    })

/** `s` as a URL path segment or query value: every byte that is not unreserved, percent-encoded. */
export const percentEncode = (s: string): string =>
  [...Buffer.from(s, 'utf8')]
    .map((b) =>
      /[A-Za-z0-9\-._~]/.test(String.fromCharCode(b))
        ? String.fromCharCode(b)
        : `%${b.toString(16).toUpperCase().padStart(2, '0')}`,
    )
    .join('')

/** Ways to make an existing id name nothing: each result differs from the id in a way that matters. */
const ID_TWISTS = [
  'lowercase',
  'trailing space',
  'trailing NUL',
  'lookalike',
  'doubled',
  'truncated',
] as const

/** A path segment that names nothing: a hostile string, a broken escape, or an existing id twisted. */
export type BadSegment =
  { readonly raw: string } | { readonly twist: (typeof ID_TWISTS)[number]; readonly at: number }

export const badSegment: fc.Arbitrary<BadSegment> = fc.oneof(
  hostileString.filter((s) => s !== '').map((s) => ({ raw: percentEncode(s) })), // '' is another route
  fc
    .constantFrom(
      '%', // broken escapes
      '%E0%A4%A',
      '%ZZ',
      '%00',
      '..',
      '%2e%2e',
      '..%2F..%2Fhealthz',
      '%2F',
      'null',
      'undefined',
      '__proto__',
      'constructor',
      '00000000000000000000000000', // shaped like an id, naming nothing
      '7ZZZZZZZZZZZZZZZZZZZZZZZZZ',
    )
    .map((raw) => ({ raw })),
  fc.record({ twist: fc.constantFrom(...ID_TWISTS), at: fc.nat() }),
)

/** The segment to put in a URL, for an input of `badSegment` and the id it twists. */
export function segmentOf(bad: BadSegment, existing: string): string {
  if ('raw' in bad) return bad.raw
  switch (bad.twist) {
    case 'lowercase': {
      const lower = existing.toLowerCase()
      return percentEncode(lower === existing ? `${lower} ` : lower)
    }
    case 'trailing space':
      return percentEncode(`${existing} `)
    case 'trailing NUL':
      return percentEncode(`${existing}\u0000`)
    case 'lookalike':
      return percentEncode(lookalikeOf(existing, bad.at))
    case 'doubled':
      return percentEncode(`${existing}${existing}`)
    case 'truncated':
      return percentEncode(existing.slice(0, Math.max(0, existing.length - 1 - (bad.at % 3))))
  }
}
