import { z } from 'zod'

// C0/C1 control characters other than tab and newline; bidi overrides and isolates (the "Trojan Source"
// trick); characters that show nothing yet change what a reader sees or a machine reads: zero-width
// spaces and joiners, the word joiner and invisible operators, the byte order mark, and tag characters
// (they spell out text no one sees, "ASCII smuggling"); and lone surrogates, which are no text at all: UTF-8
// cannot hold them, so a store or a screen shows U+FFFD instead of what was sent. A single line also
// refuses the Unicode line and paragraph separators. A complaint is read aloud on the radio and shown on a
// wall; none of these has a place in it.
const FORBIDDEN_IN_LINE =
  /[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u2028\u2029\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff\u{e0000}-\u{e007f}\p{Cs}]/u
const FORBIDDEN_IN_TEXT =
  /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff\u{e0000}-\u{e007f}\p{Cs}]/u

/**
 * A human-written string: trimmed, NFC-normalised, free of control, invisible and bidi-override characters.
 * `multiline` allows newlines and tabs (a complaint's body); single-line text (a title, a name) does not.
 *
 * @example
 * text({ min: 3, max: 200 }).parse('  Jalan berlubang  ') // 'Jalan berlubang'
 */
export function text({ min, max, multiline = false }: { min: number; max: number; multiline?: boolean }) {
  const forbidden = multiline ? FORBIDDEN_IN_TEXT : FORBIDDEN_IN_LINE
  return z
    .string()
    .max(max * 4, `must be at most ${max} characters`) // cheap bound before normalising a huge string
    .transform((s) => s.normalize('NFC').trim())
    .pipe(
      z
        .string()
        .min(min, min === 1 ? 'must not be empty' : `must be at least ${min} characters`)
        .max(max, `must be at most ${max} characters`)
        .refine(
          (s) => !forbidden.test(s),
          'must not contain control, zero-width, invisible or bidi-override characters',
        ),
    )
}
