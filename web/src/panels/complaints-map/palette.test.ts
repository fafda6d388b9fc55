import { readFileSync } from 'node:fs'
import { join } from 'node:path'

import { COLOURS } from '@pendopo/shared'
import { describe, expect, it } from 'vitest'

import { CHOROPLETH_HEX, SLA_HEX, URGENCY_ORDER } from './palette.js'

// Vitest stubs CSS imports (even `?raw`), so the theme is read as a file.
const wallCss = readFileSync(join(import.meta.dirname, '../../theme/wall.css'), 'utf8')

const luminance = (hex: string) => {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255)
  return 0.2126 * (r ?? 0) + 0.7152 * (g ?? 0) + 0.0722 * (b ?? 0)
}

describe('the map palette', () => {
  it("draws the SLA colours of the wall's theme", () => {
    for (const colour of COLOURS) {
      const declared = new RegExp(`--sla-${colour}:\\s*(#[0-9a-f]{6})`, 'i').exec(wallCss)?.[1]
      expect(SLA_HEX[colour], colour).toBe(declared?.toLowerCase())
    }
  })

  it('orders the colours from the most urgent', () => {
    expect(URGENCY_ORDER.map((i) => COLOURS[i])).toEqual(['red', 'yellow', 'green', 'blue', 'grey'])
  })

  it('makes each choropleth class brighter than the one below it', () => {
    const l = CHOROPLETH_HEX.map(luminance)
    expect(l.every((v, i) => i === 0 || v > (l[i - 1] ?? 0))).toBe(true)
  })
})
