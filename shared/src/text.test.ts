import { describe, expect, it } from 'vitest'

import { text } from './text.js'

describe('text()', () => {
  const title = text({ min: 3, max: 20 })
  const body = text({ min: 1, max: 100, multiline: true })

  it('[TX1] trims and normalises to NFC', () => {
    expect(title.parse('  Jalan  ')).toBe('Jalan')
    expect(title.parse('Cafe\u0301 desa')).toBe('Café desa')
  })

  it('[TX2] refuses bidi overrides, zero-width and control characters; a body may have newlines', () => {
    for (const bad of ['Jalan\u202erusak', 'Jalan\u200brusak', 'Jalan\u0007rusak', 'Jalan\nrusak']) {
      expect(title.safeParse(bad).success, JSON.stringify(bad)).toBe(false)
    }
    expect(body.parse('Baris satu\nBaris dua\ttab')).toBe('Baris satu\nBaris dua\ttab')
    expect(body.safeParse('a\u0000b').success).toBe(false)
  })

  it('[TX2] refuses invisible characters and lone surrogates; a single line refuses Unicode line breaks', () => {
    // Found by fuzzing (server/test/fuzz): each was accepted and stored.
    const invisible = ['\u2060', '\u2062', '\u{e0041}', '\ud800', '\udfff', '\ud83d']
    for (const bad of invisible.map((c) => `Jalan${c}rusak`)) {
      expect(title.safeParse(bad).success, JSON.stringify(bad)).toBe(false)
      expect(body.safeParse(bad).success, JSON.stringify(bad)).toBe(false)
    }
    expect(title.safeParse("'\u2029; DROP TABLE events; --").success).toBe(false)
    expect(title.safeParse('Jalan\u2028rusak').success).toBe(false)
    expect(body.parse('Baris satu\u2028Baris dua')).toBe('Baris satu\u2028Baris dua')
    // What is not a trick stays: a whole emoji, other scripts, a soft hyphen.
    expect(body.parse('Jalan 😀 مرحبا ber\u00adlubang')).toBe('Jalan 😀 مرحبا ber\u00adlubang')
  })

  it('[TX3] bounds the length after trimming, and refuses a huge string before normalising it', () => {
    expect(title.safeParse('ab').success).toBe(false)
    expect(title.safeParse(`   ${'x'.repeat(20)}   `).success).toBe(true)
    expect(title.safeParse('x'.repeat(21)).success).toBe(false)
    expect(title.safeParse('x'.repeat(1_000_000)).error?.issues[0]?.message).toBe(
      'must be at most 20 characters',
    )
  })
})
