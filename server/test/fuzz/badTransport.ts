import { gzipSync } from 'node:zlib'

import fc from 'fast-check'

/** A request as bytes on the wire: how its body is labelled and encoded, and the body itself. */
export interface WireBody {
  /** What is wrong with it, for reading a counterexample. */
  readonly what: string
  readonly contentType?: string
  readonly contentEncoding?: string
  readonly body: Buffer
}

/** Above the server's 64 kB body limit. */
const OVER_LIMIT = 70 * 1024

/** Labels that are not `application/json`, or JSON in a charset other than UTF-8: each is refused. */
export const WRONG_CONTENT_TYPES = [
  'text/plain',
  'text/html',
  'text/json',
  'application/x-www-form-urlencoded',
  'multipart/form-data; boundary=x',
  'application/xml',
  'application/json-patch+json',
  'application/jsonp',
  'json',
  'application/json; charset=latin1',
  'application/json; charset=iso-8859-1',
  'application/json; charset=utf-16le',
  'application/json, text/plain',
  '*/*',
] as const

/**
 * Ways to break the JSON text of a valid body that can never give valid JSON back: a proper prefix of an
 * object's text is never a whole value, an unescaped control character is never allowed in a string, …
 */
const breakages: ReadonlyArray<[string, (json: string, at: number) => string]> = [
  ['truncated', (json, at) => json.slice(0, at % json.length)],
  ['trailing comma', (json) => `${json.slice(0, -1)},}`],
  ['single quotes', (json) => json.replaceAll('"', "'")],
  ['unquoted key', (json) => json.replace(/"([a-zA-Z]+)":/, '$1:')],
  ['two values', (json) => `${json}${json}`],
  ['garbage after', (json) => `${json} x`],
  ['comment', (json) => `/* hi */${json}`],
  ['raw control character in a string', (json) => json.replace(/:"/, ':"\u0001')],
  ['invalid escape', (json) => json.replace(/:"/, ':"\\x41')],
  ['short unicode escape', (json) => json.replace(/:"/, ':"\\u12')],
  ['NaN', (json) => `${json.slice(0, -1)},"n":NaN}`],
  ['JavaScript, not JSON', () => "{source: {channel: 'web'}, title: `x`}"],
  ['undefined', () => 'undefined'],
  ['not even text', () => '\u0000\u0001\u0002'],
]

/** A valid body's JSON text, broken so that no parser may read it. */
export const malformedJson = (json: string): fc.Arbitrary<WireBody> =>
  fc.tuple(fc.constantFrom(...breakages), fc.nat()).map(([[what, breakIt], at]) => ({
    what: `malformed JSON: ${what}`,
    contentType: 'application/json',
    body: Buffer.from(breakIt(json, at)),
  }))

/**
 * Bytes that are not UTF-8 inside a string of a valid body (RFC 8259 §8.1: JSON on the wire is UTF-8).
 * Decoding them replaces each with U+FFFD, so what would be stored is not what was sent.
 */
export const invalidUtf8 = (json: string): fc.Arbitrary<WireBody> =>
  fc
    .tuple(
      fc.constantFrom(
        [0xff],
        [0xfe, 0xff],
        [0xc0, 0x80], // an overlong NUL
        [0xed, 0xa0, 0x80], // a surrogate, encoded
        [0xe2, 0x82], // a sequence cut short
        [0x80],
      ),
      fc.nat(),
    )
    .map(([bytes, at]) => {
      const strings = [...json.matchAll(/:"[^"\\]{3,}"/g)].map((m) => (m.index ?? 0) + 3)
      const i = strings[at % strings.length] ?? 1
      const text = Buffer.from(json)
      return {
        what: `invalid UTF-8 ${bytes.map((b) => b.toString(16)).join(' ')}`,
        contentType: 'application/json',
        body: Buffer.concat([text.subarray(0, i), Buffer.from(bytes), text.subarray(i)]),
      }
    })

/** A valid body sent as something else, in an encoding the server does not read, or too large. */
export const badLabelling = (json: string): fc.Arbitrary<WireBody> =>
  fc.oneof(
    fc.constantFrom(...WRONG_CONTENT_TYPES).map((contentType) => ({
      what: `content type ${contentType}`,
      contentType,
      body: Buffer.from(json),
    })),
    fc.constant({ what: 'no content type', body: Buffer.from(json) }),
    fc.constantFrom('x-unknown', 'gzip', 'deflate', 'br', 'compress').map((contentEncoding) => ({
      what: `labelled ${contentEncoding}, not encoded`,
      contentType: 'application/json',
      contentEncoding,
      body: Buffer.from(json),
    })),
    fc.constant({
      what: 'over the body limit, padded with whitespace',
      contentType: 'application/json',
      body: Buffer.from(`${json}${' '.repeat(OVER_LIMIT)}`),
    }),
    fc.constant({
      what: 'a gzip bomb: small on the wire, over the limit inflated',
      contentType: 'application/json',
      contentEncoding: 'gzip',
      body: gzipSync(`${json}${' '.repeat(OVER_LIMIT * 4)}`),
    }),
  )

/** Everything wrong with a request's framing, for a valid body's JSON text. */
export const badWire = (json: string) => fc.oneof(malformedJson(json), badLabelling(json))
