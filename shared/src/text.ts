import { z } from 'zod'

// C0/C1 control characters other than tab and newline, bidi overrides (the "Trojan Source" trick) and
// zero-width joiners used to disguise text. A complaint is read aloud on the radio and shown on a wall;
// none of these has a place in it.
const FORBIDDEN_IN_LINE = /[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/
const FORBIDDEN_IN_TEXT =
  /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/

/**
 * A human-written string: trimmed, NFC-normalised, free of control and bidi-override characters.
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
          'must not contain control, zero-width or bidi-override characters',
        ),
    )
}
