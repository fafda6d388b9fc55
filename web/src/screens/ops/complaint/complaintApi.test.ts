import { describe, expect, it } from 'vitest'

import { aChange, aComplaint } from '../testing/fixtures.js'

import { ComplaintDetailSchema, rowOf } from './complaintApi.js'

describe("a complaint's page data", () => {
  it('[OD1] keeps an event of the history that fails its strict schema, rather than losing the page', () => {
    const odd = aChange({
      seq: 7,
      version: 4,
      extra: { text: 'Sudah.', responseWorkingMs: 354523766.9121094 },
    })
    const parsed = ComplaintDetailSchema.parse({ complaint: aComplaint(), history: [odd] })
    expect(parsed.history).toHaveLength(1)
    expect(parsed.history[0]).toMatchObject({
      seq: 7,
      type: 'complaint.followed_up',
      data: { text: 'Sudah.' },
    })
    expect(() => ComplaintDetailSchema.parse({ complaint: aComplaint(), history: [{ seq: 'x' }] })).toThrow()
  })

  it('[OD2] a confidential complaint read without its words is still a queue row, titled Rahasia by the page', () => {
    const complaint = {
      ...aComplaint({ reporter: { anonymous: true, confidential: true } }),
      title: null,
      body: null,
    }
    const parsed = ComplaintDetailSchema.parse({ complaint, history: [] })
    expect(rowOf(parsed.complaint)).toMatchObject({ title: null, confidential: true, clock: 'followUp' })
  })
})
