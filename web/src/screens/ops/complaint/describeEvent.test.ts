import { describe, expect, it } from 'vitest'

import { aChange, DPUBMPR_OPERATOR, textIn } from '../testing/fixtures.js'

import { describeEvent } from './describeEvent.js'

describe('the timeline, in words', () => {
  it('[OT1] a follow-up: who (with role and OPD), what, and the answer given', () => {
    const event = aChange({
      seq: 3,
      version: 4,
      actor: DPUBMPR_OPERATOR,
      extra: { text: 'Sudah ditambal.', responseWorkingMs: 1 },
    })
    expect(describeEvent(event, textIn('id'))).toEqual({
      who: 'Operator PU (operator DPUBMPR)',
      what: 'menindaklanjuti',
      text: 'Sudah ditambal.',
    })
  })

  it('[OT1] an automatic close and a redacted reason', () => {
    const event = aChange({
      seq: 4,
      type: 'complaint.closed',
      version: 5,
      actor: { kind: 'system', id: 'pendopo', role: 'system' },
      extra: { auto: true, reason: null },
    })
    expect(describeEvent(event, textIn('en'))).toEqual({
      who: 'System (SLA)',
      what: 'closed it automatically (no reply from the reporter)',
      text: null,
    })
  })
})
