import { describe, expect, it } from 'vitest'

import { type ChannelHoursInput, selectChannelHours } from './selectChannelHours.js'

const channels = [
  { code: 'lapor', name: 'SP4N-LAPOR!' },
  { code: 'sms1708', name: 'SMS 1708' },
  { code: 'whatsapp', name: 'WhatsApp' },
  { code: 'web', name: 'Formulir web' },
  { code: 'social', name: 'Media sosial' },
  { code: 'radio', name: 'Radio Malowopati' },
]

function createInput(
  counters: Record<string, number>,
  overrides: Partial<ChannelHoursInput> = {},
): ChannelHoursInput {
  return {
    counters: new Map(Object.entries(counters)),
    today: '2026-11-23',
    lastWeek: '2026-11-16',
    hour: 9,
    channels,
    otherName: 'Lainnya',
    areaName: 'Wilayah ini',
    kecamatan: undefined,
    opds: undefined,
    ...overrides,
  }
}

describe('selectChannelHours', () => {
  it('puts today’s hours by channel against last week’s total for the same hour', () => {
    const view = selectChannelHours(
      createInput({
        'rh|2026-11-23T08|lapor': 3,
        'rh|2026-11-23T08|whatsapp': 5,
        'rh|2026-11-23T09|lapor': 1,
        'rh|2026-11-16T08|lapor': 2,
        'rh|2026-11-16T08|radio': 2,
        'rh|2026-11-16T15|web': 7, // later in the day than now
        'rh|2026-11-22T08|lapor': 40, // yesterday: in neither
      }),
    )
    expect(view.series).toEqual([
      { code: 'whatsapp', name: 'WhatsApp' }, // 5 today
      { code: 'lapor', name: 'SP4N-LAPOR!' }, // 4 today
    ])
    expect(view.hours).toHaveLength(24)
    expect(view.hours[8]).toEqual({ hour: 8, values: [5, 3], lastWeek: 4 })
    expect(view.hours[9]).toEqual({ hour: 9, values: [0, 1], lastWeek: 0 })
    expect(view.hours[10]).toEqual({ hour: 10, values: null, lastWeek: 0 }) // still to come
    expect(view.hours[15]).toEqual({ hour: 15, values: null, lastWeek: 7 })
    expect(view.todaySoFar).toBe(9)
    expect(view.lastWeekSoFar).toBe(4) // not the 7 at 15:00
    expect(view.regencyWide).toBe(false)
  })

  it('draws the four busiest channels and sums the rest as one series', () => {
    const view = selectChannelHours(
      createInput({
        'rh|2026-11-23T07|lapor': 6,
        'rh|2026-11-23T07|whatsapp': 5,
        'rh|2026-11-23T07|sms1708': 4,
        'rh|2026-11-23T07|web': 3,
        'rh|2026-11-23T07|social': 2,
        'rh|2026-11-23T07|radio': 1,
      }),
    )
    expect(view.series.map((s) => s.code)).toEqual(['lapor', 'whatsapp', 'sms1708', 'web', 'other'])
    expect(view.series[4]?.name).toBe('Lainnya')
    expect(view.hours[7]?.values).toEqual([6, 5, 4, 3, 3])
  })

  it('draws a fifth channel itself rather than an "other" of one', () => {
    const view = selectChannelHours(
      createInput({
        'rh|2026-11-23T07|lapor': 6,
        'rh|2026-11-23T07|whatsapp': 5,
        'rh|2026-11-23T07|sms1708': 4,
        'rh|2026-11-23T07|web': 3,
        'rh|2026-11-23T07|radio': 1,
      }),
    )
    expect(view.series.map((s) => s.code)).toEqual(['lapor', 'whatsapp', 'sms1708', 'web', 'radio'])
  })

  it('narrows an area scene to its kecamatan, as one series', () => {
    const view = selectChannelHours(
      createInput(
        {
          'rh|2026-11-23T08|lapor': 50,
          'kh|2026-11-23T08|35.22.15': 3,
          'kh|2026-11-23T08|35.22.16': 4,
          'kh|2026-11-23T08|35.22.01': 9, // another kecamatan
          'kh|2026-11-16T08|35.22.15': 2,
        },
        { kecamatan: ['35.22.15', '35.22.16'] },
      ),
    )
    expect(view.series).toEqual([{ code: 'area', name: 'Wilayah ini' }])
    expect(view.hours[8]).toEqual({ hour: 8, values: [7], lastWeek: 2 })
    expect(view.todaySoFar).toBe(7)
    expect(view.regencyWide).toBe(false)
  })

  it('shows the whole regency for an OPD scene, and says so', () => {
    const view = selectChannelHours(createInput({ 'rh|2026-11-23T08|lapor': 2 }, { opds: ['DINSOS'] }))
    expect(view.todaySoFar).toBe(2)
    expect(view.regencyWide).toBe(true)
  })
})
