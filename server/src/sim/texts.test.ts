import { CATEGORIES, CHANNEL_CODES, ComplaintSubmissionSchema } from '@pendopo/shared'
import { describe, expect, it } from 'vitest'

import { testReference } from '../../test/support/createTestApp.js'

import { composeSubmission } from './arrivals.js'
import { CategoryDraw } from './categoryDraw.js'
import { Places } from './places.js'
import { Random } from './random.js'

describe('complaint texts', () => {
  it('[SIM2] writes a valid submission for every category and channel, with every placeholder filled', () => {
    const places = new Places(testReference().geo)
    const deps = { places, categories: new CategoryDraw() }
    const rng = new Random('texts')
    const at = Date.parse('2026-11-20T09:30:00+07:00')
    let n = 0
    for (const category of CATEGORIES) {
      for (const channel of CHANNEL_CODES) {
        const arrival = { at, channel, topics: [[category.code, 1]] as const }
        const { submission } = composeSubmission(rng, arrival, { ...deps, at, externalId: `T-${++n}` })
        const parsed = ComplaintSubmissionSchema.safeParse(submission)
        expect(parsed.success, JSON.stringify(parsed.error?.issues)).toBe(true)
        expect(`${submission.title} ${submission.body} ${submission.location.address ?? ''}`).not.toMatch(
          /[{}]/,
        )
        expect(Date.parse(submission.reportedAt)).toBeLessThanOrEqual(at)
      }
    }
  })

  it('[SIM2] writes SMS in the "BJN" format, keeps about one in five reporters anonymous, and varies its titles', () => {
    const places = new Places(testReference().geo)
    const deps = { places, categories: new CategoryDraw() }
    const rng = new Random('voices')
    const at = Date.parse('2026-11-20T19:30:00+07:00')
    const subs = Array.from(
      { length: 2_000 },
      (_, i) =>
        composeSubmission(
          rng,
          { at, channel: i % 2 ? 'sms1708' : 'whatsapp' },
          { ...deps, at, externalId: `V-${i}` },
        ).submission,
    )
    expect(subs.filter((s) => s.source.channel === 'sms1708').every((s) => s.body.startsWith('BJN '))).toBe(
      true,
    )
    const anonymous = subs.filter((s) => s.reporter.anonymous)
    expect(anonymous.length / subs.length).toBeGreaterThan(0.15)
    expect(anonymous.length / subs.length).toBeLessThan(0.25)
    expect(anonymous.every((s) => s.reporter.name === undefined)).toBe(true)
    expect(
      subs.filter((s) => s.reporter.phone).every((s) => /^08\d{8,10}$/.test(s.reporter.phone ?? '')),
    ).toBe(true)
    expect(new Set(subs.map((s) => s.title)).size).toBeGreaterThan(1_000)
  })
})
