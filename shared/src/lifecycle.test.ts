import { describe, expect, it } from 'vitest'

import { OpdCodeSchema } from './ids.js'
import { ACTIONS, actionsFor, allowedActions, STATES, transition, TRANSITIONS } from './lifecycle.js'
import { type Role, ROLES } from './roles.js'

const DPU = OpdCodeSchema.parse('DPUBMPR')
const DINSOS = OpdCodeSchema.parse('DINSOS')

/**
 * The expected lifecycle, written out independently of the TRANSITIONS table: the table is the code under
 * test, this is the specification (design.md "Domain defaults", domain.md §1.3).
 * Each entry: from-state → action → [to-state, roles allowed].
 */
const SPEC: Record<string, [string, Role[]]> = {
  'RECEIVED verify': ['VERIFIED', ['admin', 'supervisor']],
  'VERIFIED dispose': ['DISPOSITIONED', ['admin', 'supervisor']],
  'NOT_AUTHORITY dispose': ['DISPOSITIONED', ['admin', 'supervisor']],
  'DISPOSITIONED follow_up': ['FOLLOWED_UP', ['admin', 'supervisor', 'operator']],
  'REPORTER_REPLIED follow_up': ['FOLLOWED_UP', ['admin', 'supervisor', 'operator']],
  'FOLLOWED_UP reporter_reply': ['REPORTER_REPLIED', ['admin', 'supervisor', 'integration']],
  'DISPOSITIONED not_authority': ['NOT_AUTHORITY', ['admin', 'supervisor', 'operator']],
  'REPORTER_REPLIED not_authority': ['NOT_AUTHORITY', ['admin', 'supervisor', 'operator']],
  'RECEIVED not_authority': ['NOT_AUTHORITY', ['admin', 'supervisor']],
  'VERIFIED not_authority': ['NOT_AUTHORITY', ['admin', 'supervisor']],
  'RECEIVED hold': ['ON_HOLD', ['admin', 'supervisor']],
  'ON_HOLD resume': ['RECEIVED', ['admin', 'supervisor']],
  'RECEIVED archive': ['ARCHIVED', ['admin', 'supervisor']],
  'VERIFIED archive': ['ARCHIVED', ['admin', 'supervisor']],
  'ON_HOLD archive': ['ARCHIVED', ['admin', 'supervisor']],
  'NOT_AUTHORITY archive': ['ARCHIVED', ['admin', 'supervisor']],
  'RECEIVED close': ['CLOSED', ['admin', 'supervisor']],
  'VERIFIED close': ['CLOSED', ['admin', 'supervisor']],
  'DISPOSITIONED close': ['CLOSED', ['admin', 'supervisor']],
  'FOLLOWED_UP close': ['CLOSED', ['admin', 'supervisor']],
  'REPORTER_REPLIED close': ['CLOSED', ['admin', 'supervisor']],
  'NOT_AUTHORITY close': ['CLOSED', ['admin', 'supervisor']],
  'ON_HOLD close': ['CLOSED', ['admin', 'supervisor']],
  'FOLLOWED_UP auto_close': ['CLOSED', ['system']],
  'FOLLOWED_UP rate': ['FOLLOWED_UP', ['admin', 'supervisor', 'integration']],
  'CLOSED rate': ['CLOSED', ['admin', 'supervisor', 'integration']],
}

describe('transition()', () => {
  // Every (state, action, role) triple: 9 x 11 x 7 = 693 cases, each checked against SPEC.
  for (const state of STATES) {
    for (const action of ACTIONS) {
      const expected = SPEC[`${state} ${action}`]
      for (const role of ROLES) {
        const verdict = !expected ? 'illegal' : expected[1].includes(role) ? `→ ${expected[0]}` : 'forbidden'
        it(`[LC1] ${role} ${action} on ${state}: ${verdict}`, () => {
          // The operator acts on its own OPD's complaint here; the OPD scope has its own tests.
          const outcome = transition({ state, action, role, actorOpd: DPU, complaintOpd: DPU })
          if (!expected) {
            expect(outcome).toMatchObject({ ok: false, refusal: 'illegal_transition' })
          } else if (!expected[1].includes(role)) {
            expect(outcome).toMatchObject({ ok: false, refusal: 'forbidden_role' })
          } else {
            expect(outcome).toEqual({ ok: true, to: expected[0] })
          }
        })
      }
    }
  }

  it('[LC2] an operator may not act on a complaint dispositioned to another OPD', () => {
    const outcome = transition({
      state: 'DISPOSITIONED',
      action: 'follow_up',
      role: 'operator',
      actorOpd: DINSOS,
      complaintOpd: DPU,
    })
    expect(outcome).toMatchObject({ ok: false, refusal: 'other_opd' })
  })

  it('[LC2] an operator without an OPD may not act at all', () => {
    const outcome = transition({
      state: 'DISPOSITIONED',
      action: 'follow_up',
      role: 'operator',
      complaintOpd: DPU,
    })
    expect(outcome).toMatchObject({ ok: false, refusal: 'other_opd' })
  })

  it('[LC3] an illegal transition says what is possible instead', () => {
    const outcome = transition({ state: 'CLOSED', action: 'verify', role: 'supervisor' })
    expect(outcome).toEqual({
      ok: false,
      refusal: 'illegal_transition',
      message: 'cannot verify a complaint in state CLOSED (possible there: rate)',
    })
  })

  it('[LC3] legality is judged before permission', () => {
    expect(transition({ state: 'ARCHIVED', action: 'verify', role: 'wall' })).toMatchObject({
      refusal: 'illegal_transition',
    })
  })
})

describe('the transition table', () => {
  it('[LC4] has exactly the rows of the specification', () => {
    const rows = TRANSITIONS.flatMap((r) => r.from.map((from) => `${from} ${r.action}`)).sort()
    expect(rows).toEqual(Object.keys(SPEC).sort())
  })

  it('[LC4] never lets a final state move, except to record a rating', () => {
    expect(allowedActions('ARCHIVED')).toEqual([])
    expect(allowedActions('CLOSED')).toEqual(['rate'])
  })

  it('[LC5] gives walls and executives no action at all', () => {
    for (const state of STATES) {
      expect(actionsFor(state, 'wall')).toEqual([])
      expect(actionsFor(state, 'executive')).toEqual([])
    }
  })
})
