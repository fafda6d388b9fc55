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

  it('[TX3] bounds the length after trimming, and refuses a huge string before normalising it', () => {
    expect(title.safeParse('ab').success).toBe(false)
    expect(title.safeParse(`   ${'x'.repeat(20)}   `).success).toBe(true)
    expect(title.safeParse('x'.repeat(21)).success).toBe(false)
    expect(title.safeParse('x'.repeat(1_000_000)).error?.issues[0]?.message).toBe(
      'must be at most 20 characters',
    )
  })
})
