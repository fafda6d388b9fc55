import { describe, expect, it } from 'vitest'

import { aUser } from '../testing/fixtures.js'

import {
  apiQuery,
  DEFAULT_VIEW,
  queryFromView,
  scopedView,
  viewFromQuery,
  viewKey,
  withFilter,
} from './queueQuery.js'

describe('the queue view in the URL', () => {
  it('[OQ1] reads filters as comma lists or repeated parameters, and sort and order', () => {
    const view = viewFromQuery(
      '?state=VERIFIED,DISPOSITIONED&colour=red&colour=yellow&sort=received&order=desc',
    )
    expect(view.filters.state).toEqual(['VERIFIED', 'DISPOSITIONED'])
    expect(view.filters.colour).toEqual(['red', 'yellow'])
    expect(view.sort).toBe('received')
    expect(view.order).toBe('desc')
    expect(view.openOnly).toBe(true)
  })

  it('[OQ1] drops codes it does not know rather than refusing the link', () => {
    const view = viewFromQuery('?state=VERIFIED,NONSENSE&kecamatan=35.22.15,xx&sort=sideways&order=up')
    expect(view.filters.state).toEqual(['VERIFIED'])
    expect(view.filters.kecamatan).toEqual(['35.22.15'])
    expect(view.sort).toBe('due')
    expect(view.order).toBe('asc')
  })

  it('[OQ2] writes only what differs from the default, and reads back the same view', () => {
    expect(queryFromView(DEFAULT_VIEW)).toBe('')
    const view = {
      ...withFilter(withFilter(DEFAULT_VIEW, 'channel', ['whatsapp', 'lapor']), 'category', [
        'pupr.jalan-berlubang',
      ]),
      openOnly: false,
      sort: 'updated' as const,
      order: 'desc' as const,
    }
    const query = queryFromView(view)
    expect(query).toBe(
      '?channel=whatsapp,lapor&category=pupr.jalan-berlubang&open=false&sort=updated&order=desc',
    )
    expect(viewFromQuery(query)).toEqual(view)
  })

  it('[OQ2] keeps the interface language across a change of view', () => {
    expect(queryFromView(withFilter(DEFAULT_VIEW, 'colour', ['red']), '?colour=green&lang=en')).toBe(
      '?colour=red&lang=en',
    )
  })

  it('[OQ3] an operator always asks for its own OPD, whatever the URL says', () => {
    const view = viewFromQuery('?opd=DINSOS&state=DISPOSITIONED')
    expect(scopedView(view, aUser({ role: 'operator', opd: 'DPUBMPR' } as never)).filters.opd).toEqual([
      'DPUBMPR',
    ])
    expect(scopedView(view, aUser({ role: 'supervisor', opd: null })).filters.opd).toEqual(['DINSOS'])
  })

  it('[OQ4] asks the API for open complaints, a page size and the cursor', () => {
    const query = new URLSearchParams(
      apiQuery(withFilter(DEFAULT_VIEW, 'state', ['VERIFIED']), { limit: 500, after: 'c1' }),
    )
    expect(Object.fromEntries(query)).toEqual({
      state: 'VERIFIED',
      open: 'true',
      sort: 'due',
      order: 'asc',
      limit: '500',
      after: 'c1',
    })
  })

  it('[OQ4] gives equal views equal keys, whatever order the URL listed things in', () => {
    expect(viewKey(viewFromQuery('?colour=red&state=VERIFIED'))).toBe(
      viewKey(viewFromQuery('?state=VERIFIED&colour=red')),
    )
    expect(viewKey(viewFromQuery('?colour=red'))).not.toBe(viewKey(viewFromQuery('?colour=yellow')))
  })
})
