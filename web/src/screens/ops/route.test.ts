import { describe, expect, it } from 'vitest'

import { routeOf, urlOf } from './route.js'
import { complaintId } from './testing/fixtures.js'

describe('console routes', () => {
  it('[OR1] /ops is the queue and /ops/complaints/<id> a complaint, the query carried along', () => {
    expect(routeOf('/ops')).toEqual({ view: 'queue' })
    expect(routeOf('/ops/whatever')).toEqual({ view: 'queue' })
    expect(routeOf(`/ops/complaints/${complaintId(5)}`)).toEqual({ view: 'complaint', id: complaintId(5) })
    expect(urlOf({ view: 'complaint', id: complaintId(5) }, '?colour=red&lang=en')).toBe(
      `/ops/complaints/${complaintId(5)}?colour=red&lang=en`,
    )
    expect(urlOf({ view: 'queue' }, '')).toBe('/ops')
  })
})
