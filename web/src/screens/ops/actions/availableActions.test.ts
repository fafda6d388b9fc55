import { describe, expect, it } from 'vitest'

import { aUser } from '../testing/fixtures.js'

import { ACTION_KEYS, actionForKey, availableActions, DESK_ACTIONS } from './availableActions.js'

const supervisor = aUser({ role: 'supervisor', opd: null })
const operator = aUser()

describe('the actions offered', () => {
  it('[OA4] follow the lifecycle table for the role: Kominfo verifies, holds, archives, closes a new complaint', () => {
    expect(availableActions({ state: 'RECEIVED', opd: null }, supervisor)).toEqual([
      'verify',
      'not_authority',
      'hold',
      'archive',
      'close',
    ])
    expect(availableActions({ state: 'RECEIVED', opd: null }, operator)).toEqual([])
  })

  it("[OA4] an operator acts only on its own OPD's complaints", () => {
    expect(availableActions({ state: 'DISPOSITIONED', opd: 'DPUBMPR' } as never, operator)).toEqual([
      'follow_up',
      'not_authority',
    ])
    expect(availableActions({ state: 'DISPOSITIONED', opd: 'DINSOS' } as never, operator)).toEqual([])
    expect(
      availableActions({ state: 'CLOSED', opd: 'DPUBMPR' } as never, aUser({ role: 'executive', opd: null })),
    ).toEqual([])
  })

  it('[OK1] each action has its own key, none of them j or k, and only offered actions answer to theirs', () => {
    const keys = DESK_ACTIONS.map((a) => ACTION_KEYS[a])
    expect(new Set(keys).size).toBe(keys.length)
    expect(keys).not.toContain('j')
    expect(keys).not.toContain('k')
    expect(actionForKey('f', ['follow_up', 'not_authority'])).toBe('follow_up')
    expect(actionForKey('v', ['follow_up', 'not_authority'])).toBeUndefined()
  })
})
