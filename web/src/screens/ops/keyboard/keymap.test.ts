import { describe, expect, it } from 'vitest'

import { commandFor, type KeyPress } from './keymap.js'

const press = (key: string, overrides: Partial<KeyPress> = {}): KeyPress => ({
  key,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  target: document.body,
  ...overrides,
})

describe('the keymap', () => {
  it('[OK2] j and k move, Enter opens, Escape goes back, letters are handed on', () => {
    expect(commandFor(press('j'))).toEqual({ kind: 'next' })
    expect(commandFor(press('k'))).toEqual({ kind: 'previous' })
    expect(commandFor(press('Enter'))).toEqual({ kind: 'open' })
    expect(commandFor(press('Escape'))).toEqual({ kind: 'back' })
    expect(commandFor(press('V'))).toEqual({ kind: 'key', key: 'v' })
    expect(commandFor(press('ArrowDown'))).toBeNull()
    expect(commandFor(press('1'))).toBeNull()
  })

  it('[OK3] ignores keys while typing in a field, except Escape', () => {
    for (const tag of ['input', 'textarea', 'select']) {
      const target = document.createElement(tag)
      expect(commandFor(press('j', { target }))).toBeNull()
      expect(commandFor(press('v', { target }))).toBeNull()
      expect(commandFor(press('Escape', { target }))).toEqual({ kind: 'back' })
    }
  })

  it('[OK3] leaves Enter on links and buttons, and every key with Ctrl, Alt or Meta, to the browser', () => {
    expect(commandFor(press('Enter', { target: document.createElement('button') }))).toBeNull()
    expect(commandFor(press('Enter', { target: document.createElement('a') }))).toBeNull()
    expect(commandFor(press('j', { ctrlKey: true }))).toBeNull()
    expect(commandFor(press('c', { metaKey: true }))).toBeNull()
    expect(commandFor(press('Escape', { altKey: true }))).toBeNull()
  })
})
