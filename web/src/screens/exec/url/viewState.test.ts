import { describe, expect, it } from 'vitest'

import { DEFAULT_VIEW, type ExecView, listsComplaints, moves, parseView, viewSearch } from './viewState.js'

const ID = '01KAAAAAAAAAAAAAAAAAAAA001'

describe('the view in the URL', () => {
  it('[EX1] reads back exactly the view it wrote, for every field', () => {
    const views: ExecView[] = [
      DEFAULT_VIEW,
      { ...DEFAULT_VIEW, range: 'week', kecamatan: '35.22.15' },
      { ...DEFAULT_VIEW, range: '7d', kecamatan: '35.22.15', desa: '35.22.15.1005', list: 'received' },
      { ...DEFAULT_VIEW, opd: 'DPUBMPR', complaint: ID, lang: 'en' },
      { ...DEFAULT_VIEW, view: 'friday', range: '14d', opd: 'KEC-28' },
      // Kominfo's verification queue: the complaints no OPD holds yet.
      { ...DEFAULT_VIEW, opd: '-' },
    ]
    for (const view of views) expect(parseView(viewSearch(view))).toEqual(view)
  })

  it('[EX1] writes the parameters in a fixed order, view and range always', () => {
    expect(viewSearch(DEFAULT_VIEW)).toBe('?view=today&range=today')
    expect(
      viewSearch({
        ...DEFAULT_VIEW,
        range: 'week',
        kecamatan: '35.22.15',
        desa: '35.22.15.1005',
        opd: 'DPUBMPR',
        list: 'received',
        complaint: ID,
      }),
    ).toBe(
      `?view=today&range=week&kecamatan=35.22.15&desa=35.22.15.1005&opd=DPUBMPR&list=received&complaint=${ID}`,
    )
  })

  it('[EX1] takes the default for whatever is missing or malformed', () => {
    expect(parseView('')).toEqual(DEFAULT_VIEW)
    expect(
      parseView('?view=map&range=30d&kecamatan=Kapas&desa=1&opd=dinas pu&list=all&complaint=42&lang=fr'),
    ).toEqual(DEFAULT_VIEW)
  })

  it('[EX1] brings a desa its kecamatan, and drops a desa of another kecamatan', () => {
    expect(parseView('?desa=35.22.15.1005')).toMatchObject({ kecamatan: '35.22.15', desa: '35.22.15.1005' })
    expect(parseView('?kecamatan=35.22.01&desa=35.22.15.1005')).toMatchObject({
      kecamatan: '35.22.01',
      desa: null,
    })
  })

  it('[EX1] keeps only the OPD in the Friday review, which ranks OPDs and has no area', () => {
    expect(parseView('?view=friday&kecamatan=35.22.15&desa=35.22.15.1005&opd=DINSOS')).toMatchObject({
      view: 'friday',
      kecamatan: null,
      desa: null,
      opd: 'DINSOS',
    })
  })
})

describe('moves', () => {
  const deep: ExecView = {
    ...DEFAULT_VIEW,
    range: 'week',
    kecamatan: '35.22.15',
    desa: '35.22.15.1005',
    opd: 'DPUBMPR',
    complaint: ID,
  }

  it('going into another kecamatan forgets the desa and closes the complaint, keeping range and OPD', () => {
    expect(moves.kecamatan(deep, '35.22.01')).toEqual({
      ...deep,
      kecamatan: '35.22.01',
      desa: null,
      complaint: null,
    })
  })

  it('leaving a desa keeps its kecamatan; choosing one sets it', () => {
    expect(moves.desa(deep, null)).toMatchObject({ kecamatan: '35.22.15', desa: null })
    expect(moves.desa(DEFAULT_VIEW, '35.22.01.2001')).toMatchObject({
      kecamatan: '35.22.01',
      desa: '35.22.01.2001',
    })
  })

  it('the Friday review keeps the range and the OPD, and nothing of the area', () => {
    expect(moves.view(deep, 'friday')).toEqual({
      ...deep,
      view: 'friday',
      kecamatan: null,
      desa: null,
      complaint: null,
    })
  })

  it('lists complaints once an area or an OPD is chosen (in the review, an OPD)', () => {
    expect(listsComplaints(DEFAULT_VIEW)).toBe(false)
    expect(listsComplaints({ ...DEFAULT_VIEW, kecamatan: '35.22.15' })).toBe(true)
    expect(listsComplaints({ ...DEFAULT_VIEW, opd: 'DINSOS' })).toBe(true)
    expect(listsComplaints({ ...DEFAULT_VIEW, view: 'friday' })).toBe(false)
    expect(listsComplaints({ ...DEFAULT_VIEW, view: 'friday', opd: 'DINSOS' })).toBe(true)
  })
})
